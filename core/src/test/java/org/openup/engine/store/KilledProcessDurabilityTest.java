package org.openup.engine.store;

import org.openup.engine.readmodel.Replay;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.Reflection;
import org.openup.reflection.Reflections;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A write that was answered is durable even if the process dies the next instant, with no chance
 * to close anything: a separate JVM writes, prints what was answered, and halts or is killed; all
 * of it is there afterwards.
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
                MemberId member = MemberId.newId();
                JourneyId journey = journeys.start(member, "Member " + i).journeyId();
                System.out.println("acknowledged " + member + " " + journey);
                System.out.flush();
            }
            Runtime.getRuntime().halt(0); // like SIGKILL: no shutdown hook, no close, nothing flushed on the way out
        }
    }

    /** Writes moments from four threads until killed, printing each aggregate and how many of its moments were answered. */
    public static final class WriteUntilKilled {
        public static void main(String[] args) {
            RunningCore core = new RunningCore(StoreSettings.fromEnvironment());
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            for (int t = 0; t < 4; t++) {
                new Thread(() -> {
                    MemberId member = MemberId.newId();
                    JourneyId journey = journeys.start(member, "Writer").journeyId();
                    String aggregate = Reflection.idFor(journey.value(), member.value());
                    for (int n = 1; ; n++) {
                        reflections.noteMoment(member, journey, "A walk after dinner, and he talked about his father.");
                        synchronized (System.out) {
                            System.out.println("acknowledged " + aggregate + " " + n);
                            System.out.flush();
                        }
                    }
                }).start();
            }
        }
    }

    /**
     * Two processes write to one SQLite file at once (as the web adapter and CLI runs do), four
     * threads each, and both are killed with SIGKILL in the middle of it, four rounds on the same
     * file. Every write either process answered is there afterwards, and the read models, which
     * committed with the events, equal a rebuild from them.
     */
    @ParameterizedTest
    @EnumSource(TestStores.class)
    void twoProcessesWritingAtOnceLoseNoAnsweredWriteToAKill(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        Map<String, String> environment = kind.environment(settings);
        Random random = new Random();
        for (int round = 1; round <= 4; round++) {
            Map<String, Integer> answered = new ConcurrentHashMap<>();
            AtomicInteger acknowledgements = new AtomicInteger();
            StringBuilder other = new StringBuilder();
            List<Process> writers = new ArrayList<>();
            List<Thread> readers = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                Process writer = java(WriteUntilKilled.class, environment);
                writers.add(writer);
                Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))
                        .lines().forEach(line -> {
                            String[] words = line.split(" ");
                            if (words.length == 3 && words[0].equals("acknowledged")) {
                                answered.merge(words[1], Integer.parseInt(words[2]), Math::max);
                                acknowledgements.incrementAndGet();
                            } else {
                                synchronized (other) {
                                    if (other.length() < 4_000) {
                                        other.append(line).append('\n');
                                    }
                                }
                            }
                        }));
                reader.start();
                readers.add(reader);
            }
            // every writer of both processes under way, however slowly this machine starts a JVM
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> answered.size() == 8 || !writers.stream().allMatch(Process::isAlive));
            // the kill lands after a random number of further answered writes, wherever the writers then are
            int killAfter = acknowledgements.get() + 20 + random.nextInt(60);
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> acknowledgements.get() >= killAfter || !writers.stream().allMatch(Process::isAlive));
            for (Process writer : writers) {
                writer.destroyForcibly(); // SIGKILL
            }
            for (Process writer : writers) {
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            for (Thread reader : readers) {
                reader.join();
            }
            assertThat(answered).as("round " + round + ": writers answered\n" + other).hasSize(8);

            try (Store store = Store.open(settings)) {
                for (Map.Entry<String, Integer> written : answered.entrySet()) {
                    assertThat(eventsOf(store, written.getKey())).as("round " + round + ": moments in " + written.getKey())
                            .isGreaterThanOrEqualTo(written.getValue());
                }
            }
        }
        try (RunningCore core = new RunningCore(settings)) {
            assertReadModelsMatchTheEvents(core);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void everyAcknowledgedWriteSurvivesTheProcessDyingRightAfter(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        Process writer = java(WriteThenDie.class, kind.environment(settings));
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
            assertReadModelsMatchTheEvents(core);
            Journeys journeys = core.get(Journeys.class);
            for (String[] write : acknowledged) {
                assertThat(journeys.journeysOf(MemberId.of(write[0]))).as("journey of " + write[0]).hasSize(1);
            }
        }
    }

    /** The read models committed with the events: rebuilding them from the events changes nothing. */
    private static void assertReadModelsMatchTheEvents(RunningCore core) {
        Map<String, List<String>> built = core.readModelContents();
        core.get(Replay.class).rebuildAll(line -> { });
        assertThat(core.readModelContents()).isEqualTo(built);
    }

    /** {@code main} in a JVM of its own on this test's class path, its output and errors in one stream. */
    private static Process java(Class<?> main, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName());
        builder.environment().putAll(environment);
        return builder.redirectErrorStream(true).start();
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
