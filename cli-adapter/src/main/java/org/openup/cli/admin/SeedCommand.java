package org.openup.cli.admin;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.Options;
import org.openup.cli.Output;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.reflection.Reflections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Fill the store with made-up couples through the real command path, for benchmarks.",
                "Never run it on a store real people use: it adds journeys nobody owns."},
        footer = {"", "Example:", "  OPENUP_HOME=/tmp/bench ./openup admin seed --events 10000"})
final class SeedCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "10000", description = "About how many events to add (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--per-journey", defaultValue = "50", description = "Events per journey (default: ${DEFAULT-VALUE}).")
    int perJourney;

    @Mixin
    Options.JsonOption json;

    private final CliSession session;

    @Inject
    SeedCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (events < 1 || perJourney < 10) {
            throw new org.openup.failure.InvalidInputException("--events", "Give at least 1 event and at least 10 per journey.");
        }
        Journeys journeys = session.core(Journeys.class);
        Reflections reflections = session.core(Reflections.class);
        Conversations conversations = session.core(Conversations.class);
        long before = session.core(org.openup.engine.Store.class).eventCount();
        long started = System.nanoTime();
        int written = 0;
        int couples = 0;
        while (written < events) {
            String ana = MemberIds.newId();
            String ben = MemberIds.newId();
            String j = journeys.start(ana, "Seed " + couples).journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Partner " + couples);
            written += 3;
            couples++;
            for (int i = 3; i < perJourney && written < events; i += 3) {
                var talk = conversations.recordTalk(ana, j, null, Instant.now().minusSeconds(3600L * i), 5 + i % 10, null, i % 2 == 0);
                conversations.rate(ana, j, talk.talkId(), 1 + i % 5, Outcome.values()[i % 3], null);
                reflections.noteMoment(ana, j, "A small moment " + i);
                written += 3;
            }
            if (!json.json && couples % 10 == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                session.err().printf("\r%,d of %,d events, %,.0f events/s", written, events, written / seconds);
                session.err().flush();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = session.core(org.openup.engine.Store.class).eventCount();
        if (json.json) {
            Output.json(session.out(), Map.of("events", after - before, "journeys", couples, "seconds", seconds));
        } else {
            session.err().println();
            session.out().printf("Added %,d events in %,d journeys in %.1f s (%,.0f events/s).%n", after - before, couples, seconds,
                    (after - before) / seconds);
        }
        return 0;
    }
}
