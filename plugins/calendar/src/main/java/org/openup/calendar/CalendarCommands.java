package org.openup.calendar;

import org.openup.spi.PublicAddress;
import org.openup.spi.cli.CliCall;
import org.openup.spi.cli.CliCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code openup calendar export|feed|revoke} for the profile's member and journey. */
final class CalendarCommands {

    private CalendarCommands() {
    }

    static List<CliCommand> of(Feeds feeds, TalkCalendar calendar, PublicAddress address) {
        return List.of(
                CliCommand.named("export").forMember().description("Write your chosen talks to an iCalendar (.ics) file.")
                        .option("FILE", "Where to write it (default: ${DEFAULT-VALUE}; '-' prints it).", "openup-talks.ics", "-o", "--output")
                        .example("openup calendar export").example("openup calendar export -o talks.ics").example("openup calendar export -o -")
                        .does(call -> export(call, calendar)),
                CliCommand.named("feed").forMember().description("Make a secret feed address your calendar app can subscribe to.",
                                "Anyone with the address sees your talk times (no words): keep it private. A new one replaces the old.")
                        .does(call -> {
                            CliCall.Member me = call.member();
                            String feed = address.of(Feeds.path(feeds.create(me.memberId(), me.journeyId())));
                            call.answer(Map.of("address", feed), () -> call.out().println(feed));
                            return 0;
                        }),
                CliCommand.named("revoke").forMember().description("Stop your calendar feed address from working.").does(call -> {
                    CliCall.Member me = call.member();
                    boolean had = feeds.revoke(me.memberId(), me.journeyId());
                    call.answer(Map.of("revoked", had), () -> call.out()
                            .println(had ? "Your calendar feed address no longer works." : "You had no calendar feed address."));
                    return 0;
                }));
    }

    private static int export(CliCall call, TalkCalendar calendar) {
        CliCall.Member me = call.member();
        String ics = calendar.of(me.memberId(), me.journeyId());
        String output = call.option("--output").orElseThrow();
        if ("-".equals(output)) {
            call.answer(Map.of("ics", ics), () -> {
                call.out().print(ics);
                call.out().flush();
            });
            return 0;
        }
        try {
            Files.writeString(Path.of(output), ics, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        }
        call.answer(Map.of("file", output), () -> call.out().println("Wrote " + output + ". Import it into your calendar app."));
        return 0;
    }
}
