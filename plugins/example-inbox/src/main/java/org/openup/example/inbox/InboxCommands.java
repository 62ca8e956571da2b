package org.openup.example.inbox;

import jakarta.inject.Inject;
import org.openup.plugin.cli.CliContext;
import org.openup.plugin.cli.ProfileOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code openup inbox on} and {@code openup inbox show}, for the profile's member. */
final class InboxCommands {

    private InboxCommands() {
    }

    @Command(name = "on", mixinStandardHelpOptions = true, description = "Start receiving your notifications in your inbox.")
    static final class On implements Callable<Integer> {
        @Mixin
        ProfileOption profile;
        private final CliContext cli;

        @Inject
        On(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            cli.core(Inbox.class).switchOn(cli.member(profile.name).memberId());
            cli.out().println("Your inbox is on. New notifications will show in: openup inbox show");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show your inbox, oldest first.")
    static final class Show implements Callable<Integer> {
        @Mixin
        ProfileOption profile;
        private final CliContext cli;

        @Inject
        Show(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            var lines = cli.core(Inbox.class).lines(cli.member(profile.name).memberId());
            if (lines.isEmpty()) {
                cli.out().println("Your inbox is empty (switch it on with: openup inbox on).");
            }
            lines.forEach(cli.out()::println);
            return 0;
        }
    }
}
