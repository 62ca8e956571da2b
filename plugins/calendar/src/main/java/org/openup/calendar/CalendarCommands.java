package org.openup.calendar;

import org.openup.spi.PublicAddress;
import org.openup.plugin.cli.CliContext;
import org.openup.plugin.cli.MemberCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code openup calendar export|feed|revoke} for the profile's member and journey. */
final class CalendarCommands {

    private CalendarCommands() {
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write your chosen talks to an iCalendar (.ics) file.",
            footer = {"", "Examples:", "  openup calendar export", "  openup calendar export -o talks.ics", "  openup calendar export -o -"})
    static final class Export extends MemberCommand {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "openup-talks.ics",
                description = "Where to write it (default: ${DEFAULT-VALUE}; '-' prints it).")
        String output;

        @Override
        public Integer call() {
            CliContext.Member me = me();
            String ics = cli.core(TalkCalendar.class).of(me.memberId(), me.journeyId());
            if ("-".equals(output)) {
                cli.out().print(ics);
                cli.out().flush();
                return 0;
            }
            try {
                Files.writeString(Path.of(output), ics, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + output, e);
            }
            cli.out().println("Wrote " + output + ". Import it into your calendar app.");
            return 0;
        }
    }

    @Command(name = "feed", mixinStandardHelpOptions = true, description = {"Make a secret feed address your calendar app can subscribe to.",
            "Anyone with the address sees your talk times (no words): keep it private. A new one replaces the old."})
    static final class Feed extends MemberCommand {
        @Override
        public Integer call() {
            CliContext.Member me = me();
            String token = cli.core(Feeds.class).create(me.memberId(), me.journeyId());
            cli.out().println(cli.core(PublicAddress.class).of(Feeds.path(token)));
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Stop your calendar feed address from working.")
    static final class Revoke extends MemberCommand {
        @Override
        public Integer call() {
            CliContext.Member me = me();
            boolean had = cli.core(Feeds.class).revoke(me.memberId(), me.journeyId());
            cli.out().println(had ? "Your calendar feed address no longer works." : "You had no calendar feed address.");
            return 0;
        }
    }
}
