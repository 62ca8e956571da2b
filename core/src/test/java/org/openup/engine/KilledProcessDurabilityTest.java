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
                journeys.start(member, "Member " + i);
                System.out.println("acknowledged " + member);
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
        List<String> acknowledged = new ArrayList<>();
        output.lines().filter(l -> l.startsWith("acknowledged ")).forEach(l -> acknowledged.add(l.substring(13)));
        assertThat(acknowledged).as(output).hasSize(20);

        try (RunningCore core = new RunningCore(settings)) {
            Journeys journeys = core.get(Journeys.class);
            for (String member : acknowledged) {
                assertThat(journeys.journeysOf(member)).as("journey of " + member).hasSize(1);
            }
        }
    }
}
