package org.openup.example.inbox;

import org.openup.plugin.cli.MemberCommand;
import picocli.CommandLine.Command;

/** {@code openup inbox on} and {@code openup inbox show}, for the profile's member. */
final class InboxCommands {

    private InboxCommands() {
    }

    @Command(name = "on", mixinStandardHelpOptions = true, description = "Start receiving your notifications in your inbox.")
    static final class On extends MemberCommand {
        @Override
        public Integer call() {
            cli.core(Inbox.class).switchOn(me().memberId());
            cli.out().println("Your inbox is on. New notifications will show in: openup inbox show");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show your inbox, oldest first.")
    static final class Show extends MemberCommand {
        @Override
        public Integer call() {
            var lines = cli.core(Inbox.class).lines(me().memberId());
            if (lines.isEmpty()) {
                cli.out().println("Your inbox is empty (switch it on with: openup inbox on).");
            }
            lines.forEach(cli.out()::println);
            return 0;
        }
    }
}
