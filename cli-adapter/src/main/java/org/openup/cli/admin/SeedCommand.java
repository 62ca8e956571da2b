package org.openup.cli.admin;

import org.openup.plugin.cli.JsonOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.Reflections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Fill the store with made-up couples through the real command path, for benchmarks.",
                "Never run it on a store real people use: it adds journeys nobody owns."},
        footer = {"", "Example:", "  OPENUP_HOME=/tmp/bench ./openup admin seed --events 10000 --threads 4"})
final class SeedCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "10000", description = "About how many events to add (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--per-journey", defaultValue = "50", description = "Events per journey (default: ${DEFAULT-VALUE}).")
    int perJourney;

    @Mixin
    JsonOption json;

    private final CliSession session;

    @Inject
    SeedCommand(CliSession session) {
        this.session = session;
    }

    @Option(names = "--threads", defaultValue = "1", description = "Couples written at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws InterruptedException {
        if (events < 1 || perJourney < 10 || threads < 1 || threads > 64) {
            throw new org.openup.spi.failure.InvalidInputException("--events",
                    "Give at least 1 event, at least 10 per journey and 1 to 64 threads.");
        }
        Journeys journeys = session.core(Journeys.class);
        Reflections reflections = session.core(Reflections.class);
        Conversations conversations = session.core(Conversations.class);
        long before = session.core(org.openup.engine.store.Store.class).eventCount();
        long started = System.nanoTime();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger couples = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                // each worker writes whole couples, so no two workers touch the same aggregate
                while (written.get() < events) {
                    int couple = couples.incrementAndGet();
                    MemberId ana = MemberId.newId();
                    MemberId ben = MemberId.newId();
                    JourneyId j = journeys.start(ana, "Seed " + couple).journeyId();
                    journeys.join(ben, journeys.invitePartner(ana, j).code(), "Partner " + couple);
                    written.addAndGet(3);
                    for (int i = 3; i < perJourney && written.get() < events; i += 3) {
                        var talk = conversations.recordTalk(ana, j, null, Instant.now().minusSeconds(3600L * i), 5 + i % 10, null, i % 2 == 0);
                        conversations.rate(ana, j, talk.talkId(), 1 + i % 5, Outcome.values()[i % 3], null);
                        reflections.noteMoment(ana, j, "A small moment " + i);
                        written.addAndGet(3);
                    }
                    if (!json.json && couple % 10 == 0) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        synchronized (session) {
                            session.err().printf("\r%,d of %,d events, %,.0f events/s", written.get(), events, written.get() / seconds);
                            session.err().flush();
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = session.core(org.openup.engine.store.Store.class).eventCount();
        if (json.json) {
            session.json(Map.of("events", after - before, "journeys", couples.get(), "seconds", seconds));
        } else {
            session.err().println();
            session.out().printf("Added %,d events in %,d journeys in %.1f s (%,.0f events/s).%n", after - before, couples.get(),
                    seconds, (after - before) / seconds);
        }
        return 0;
    }
}
