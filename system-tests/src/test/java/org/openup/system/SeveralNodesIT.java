package org.openup.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.crypto.MasterKey;
import org.openup.engine.store.StoreSettings;
import org.openup.testing.PostgresServer;
import org.openup.testing.RunningCore;
import org.openup.testing.WebProcess;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three web adapters on one PostgreSQL database, as behind a round-robin load balancer: writes on
 * the same journeys race across nodes and none is lost, each event is projected once (in its
 * command's transaction, on whichever node took it), a node killed mid-load changes nothing for
 * the others, and all nodes answer reads the same way.
 */
class SeveralNodesIT {

    private static final int NODES = 3;
    private static final List<String> READS = List.of("", "/moments", "/timeline", "/insights");

    @TempDir
    Path home;

    private final WebNodes nodes = new WebNodes();
    private final Api api = new Api();
    private final Targets targets = new Targets();
    private String databaseUrl;
    private final String masterKey = MasterKey.generate();

    @AfterEach
    void killNodes() {
        nodes.killAll();
    }

    @Test
    void threeNodesLoseNoUpdateProjectEachEventOnceAndOutliveAKilledNode() throws Exception {
        // Given three nodes started at the same moment on one fresh database, sharing only the master key
        databaseUrl = PostgresServer.shared().newDatabaseUrl();
        List<WebProcess> up = startAtOnce();
        targets.set(up.stream().map(n -> n.uri("/")).toList());
        List<Couple> couples = List.of(Couple.join(api, targets, "one"), Couple.join(api, targets, "two"));

        // When three clients per member note moments on both journeys, each request to the next node in turn
        MomentLoad load = new MomentLoad(api, targets).start(couples, 3);
        WebProcess victim = up.get(new java.util.Random().nextInt(NODES));
        try {
            load.awaitMoreAcknowledged(60);
            assertThat(load.wrongAnswers()).as("answers while all nodes were up (lost races must be retried)").isEmpty();

            // and one node is killed mid-load
            List<WebProcess> survivors = up.stream().filter(n -> n != victim).toList();
            targets.set(survivors.stream().map(n -> n.uri("/")).toList());
            assertThat(victim.kill()).isEqualTo(137);

            // Then the survivors go on acknowledging writes at once
            load.awaitMoreAcknowledged(30);
        } finally {
            load.close();
        }
        System.out.printf("SeveralNodesIT: %d writes acknowledged, %d unanswered%n", load.acknowledgedCount(), load.unanswered());
        assertThat(load.wrongAnswers()).as("answers after the kill").isEmpty();
        List<WebProcess> running = new ArrayList<>(up);
        running.remove(victim);

        // and with the dead node restarted, all three answer every read of every member alike
        running.add(nodes.start("node-back", environment(up.indexOf(victim))));
        for (Couple couple : couples) {
            for (Api.Member member : couple.members()) {
                for (String read : READS) {
                    JsonNode first = api.expect(200, running.get(0).uri("/"), "GET", couple.path(read), member.token(), null);
                    for (WebProcess other : running.subList(1, running.size())) {
                        assertThat(api.expect(200, other.uri("/"), "GET", couple.path(read), member.token(), null))
                                .as("GET %s on node %d against node %d", couple.path(read), other.pid(), running.get(0).pid())
                                .isEqualTo(first);
                    }
                }
            }
        }

        // and the store holds each acknowledged moment once, projected once, and a replay rebuilds the same read models
        running.forEach(WebProcess::stop);
        try (RunningCore core = new RunningCore(StoreSettings.from(environment(0)))) {
            StoreAudit audit = new StoreAudit(core);
            audit.everyAcknowledgedMomentIsStoredAndProjectedOnce(load.acknowledged());
            audit.everyReadModelEqualsAReplay();
        }
    }

    /** Each node its own home folder: the database and the master key are all they share. */
    private Map<String, String> environment(int node) {
        return Map.of(StoreSettings.HOME, home.resolve("node-" + node).toString(),
                StoreSettings.DB_URL, databaseUrl,
                StoreSettings.DB_USER, "postgres",
                MasterKey.ENV, masterKey);
    }

    /** All at once, so their schema set-up on the empty database races (it is serialised by an advisory lock). */
    private List<WebProcess> startAtOnce() throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<WebProcess>> starting = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                int node = i;
                starting.add(starter.submit(() -> nodes.start("node-" + node, environment(node))));
            }
            List<WebProcess> up = new ArrayList<>();
            for (Future<WebProcess> f : starting) {
                up.add(f.get());
            }
            return up;
        } finally {
            starter.shutdownNow();
        }
    }
}
