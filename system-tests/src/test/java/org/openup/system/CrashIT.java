package org.openup.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.engine.store.StoreSettings;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;
import org.openup.testing.WebProcess;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web adapter is killed with SIGKILL at random moments while clients send it commands, and
 * restarted on the same store each time; beside it, CLI runs write to the same store, a quarter of
 * them killed at random moments of their own. Afterwards every write either acknowledged is there, once,
 * and every read model equals a fresh replay of the events: a crash loses nothing that was
 * answered, and a read model never disagrees with the events (they commit together).
 */
class CrashIT {

    private static final int CRASHES = 3;
    /** New acknowledged writes between two crashes, so that each kill lands in the middle of the load. */
    private static final int WRITES_BETWEEN_CRASHES = 15;

    @TempDir
    Path home;

    private final WebNodes nodes = new WebNodes();
    private final Api api = new Api();
    private final Targets targets = new Targets();

    @AfterEach
    void killNodes() {
        nodes.killAll();
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void acknowledgedWritesSurviveSigkillAndEveryReadModelEqualsAReplay(TestStores kind) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("CrashIT " + kind + ": random seed " + seed);

        // Given a couple using a web adapter on a store
        StoreSettings settings = kind.newStore(home.resolve("store"));
        Map<String, String> env = kind.environment(settings);
        WebProcess node = nodes.start("crash-" + kind + "-0", env);
        targets.set(List.of(node.uri("/")));
        Couple couple = Couple.join(api, targets, "crash");

        // When both partners note moments from two clients each, the CLI notes moments beside them,
        // and the adapter is killed three times mid-load
        MomentLoad load = new MomentLoad(api, targets).start(List.of(couple), 2);
        CliWriter cli = new CliWriter(env, random).start();
        try {
            for (int crash = 1; crash <= CRASHES; crash++) {
                load.awaitMoreAcknowledged(WRITES_BETWEEN_CRASHES);
                Thread.sleep(random.nextInt(300)); // only picks the moment of the kill; nothing is asserted by waiting
                targets.set(List.of());
                assertThat(node.kill()).as("exit status of a SIGKILL").isEqualTo(137);
                node = nodes.start("crash-" + kind + "-" + crash, env);
                targets.set(List.of(node.uri("/")));
            }
            load.awaitMoreAcknowledged(WRITES_BETWEEN_CRASHES);
        } finally {
            load.close();
            cli.close();
        }
        System.out.println("CrashIT " + kind + ": " + load.acknowledgedCount() + " writes acknowledged, "
                + load.unanswered() + " unanswered; the CLI " + cli.answered().size() + " answered, " + cli.killed() + " killed");

        // Then no client got an answer other than success or "unavailable", and no CLI run failed
        assertThat(load.wrongAnswers()).isEmpty();
        assertThat(cli.failures()).isEmpty();
        assertThat(cli.answered()).as("CLI runs answered").isNotEmpty();
        // and on the restarted adapter each member sees each of their acknowledged moments once
        URI base = node.uri("/");
        for (Api.Member member : couple.members()) {
            List<String> seen = couple.momentsSeenBy(api, base, member);
            assertThat(seen).as("moments listed to %s", member.memberId()).doesNotHaveDuplicates()
                    .containsAll(load.acknowledged().stream().filter(a -> a.member().equals(member))
                            .map(MomentLoad.Ack::momentId).toList());
        }
        // and the store holds each of them once, projected once, and a replay rebuilds the same read models
        node.stop();
        try (RunningCore core = new RunningCore(settings)) {
            StoreAudit audit = new StoreAudit(core);
            List<MomentLoad.Ack> acknowledged = new java.util.ArrayList<>(load.acknowledged());
            acknowledged.addAll(cli.answered());
            audit.everyAcknowledgedMomentIsStoredAndProjectedOnce(acknowledged);
            audit.everyReadModelEqualsAReplay();
        }
    }
}
