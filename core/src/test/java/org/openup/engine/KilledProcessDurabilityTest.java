package org.openup.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write that was answered is durable even if the process dies the next instant, with no chance
 * to close anything: a separate JVM starts journeys, prints each id once its command returned, and
 * halts; the journeys it printed are all there afterwards.
 */
class KilledProcessDurabilityTest {

    @TempDir
    Path home;

    /** The process that dies: started by the test with the store's settings as its environment. */
    public static final class WriteThenDie {
        public static void main(String[] args) {
            RunningCore core = new RunningCore(StoreSettings.fromEnvironment());
            Journeys journeys = core.get(Journeys.class);
            for (int i = 0; i < 20; i++) {
                String member = MemberIds.newId();
                String journey = journeys.start(member, "Member " + i).journeyId();
                System.out.println("acknowledged " + member + " " + journey);
                System.out.flush();
            }
            Runtime.getRuntime().halt(0); // like SIGKILL: no shutdown hook, no close, nothing flushed on the way out
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void everyAcknowledgedWriteSurvivesTheProcessDyingRightAfter(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteThenDie.class.getName());
        builder.environment().putAll(kind.environment(settings));
        Process writer = builder.redirectErrorStream(true).start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String[]> acknowledged = new ArrayList<>();
        output.lines().filter(l -> l.startsWith("acknowledged ")).forEach(l -> acknowledged.add(l.substring(13).split(" ")));
        assertThat(acknowledged).as(output).hasSize(20);

        try (Store store = Store.open(settings)) {
            for (String[] write : acknowledged) {
                assertThat(eventsOf(store, write[1])).as("events of journey " + write[1]).isEqualTo(1);
            }
        }
        try (RunningCore core = new RunningCore(settings)) {
            // a projection's last batch may be redone after the restart; the read models then agree
            assertThat(core.get(CatchUp.class).awaitProjections()).isTrue();
            Journeys journeys = core.get(Journeys.class);
            for (String[] write : acknowledged) {
                assertThat(journeys.journeysOf(write[0])).as("journey of " + write[0]).hasSize(1);
            }
        }
    }

    private static long eventsOf(Store store, String aggregate) throws Exception {
        try (var c = store.dataSource().getConnection();
             var p = c.prepareStatement("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            p.setString(1, aggregate);
            try (var rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
