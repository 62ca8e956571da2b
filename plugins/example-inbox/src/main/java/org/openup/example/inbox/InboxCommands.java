package org.openup.example.inbox;

import org.openup.spi.cli.CliCommand;

import java.util.List;
import java.util.Map;

/** {@code openup inbox on} and {@code openup inbox show}, for the profile's member. */
final class InboxCommands {

    private InboxCommands() {
    }

    static List<CliCommand> of(Inbox inbox) {
        return List.of(
                CliCommand.named("on").forMember().description("Start receiving your notifications in your inbox.").does(call -> {
                    inbox.switchOn(call.member().memberId());
                    call.answer(Map.of("on", true), () -> call.out().println("Your inbox is on. New notifications will show in: openup inbox show"));
                    return 0;
                }),
                CliCommand.named("show").forMember().description("Show your inbox, oldest first.").does(call -> {
                    List<String> lines = inbox.lines(call.member().memberId());
                    call.answer(Map.of("lines", lines), () -> {
                        if (lines.isEmpty()) {
                            call.out().println("Your inbox is empty (switch it on with: openup inbox on).");
                        }
                        lines.forEach(call.out()::println);
                    });
                    return 0;
                }));
    }
}
