package org.openup.webhook;

import org.openup.spi.cli.CliCall;
import org.openup.spi.cli.CliCommand;

import java.util.List;
import java.util.Map;

/** {@code openup webhook add|list|remove}: the profile's member's endpoints, or with {@code --operator} everyone's. */
final class WebhookCommands {

    private static final String OPERATOR = "--operator";

    private WebhookCommands() {
    }

    static List<CliCommand> of(Endpoints endpoints) {
        return List.of(
                whose(CliCommand.named("add").description("Register an endpoint; prints its signing secret once.")
                        .parameter("URL", "Where to POST the notifications.")
                        .example("openup webhook add https://example.org/openup-hook"))
                        .does(call -> {
                            Endpoints.Registered added = endpoints.register(owner(call), call.parameter("URL"));
                            call.answer(added, () -> call.out().printf("Endpoint %s registered for %s.%nSigning secret (shown only now): %s%n",
                                    added.endpointId(), added.url(), added.secret()));
                            return 0;
                        }),
                whose(CliCommand.named("list").description("List the endpoints.")).does(call -> {
                    var list = endpoints.of(owner(call));
                    call.answer(Map.of("endpoints", list), () -> {
                        if (list.isEmpty()) {
                            call.out().println("No webhook endpoints. Add one with: openup webhook add URL");
                        }
                        list.forEach(e -> call.out().printf("%s  %s%n", e.endpointId(), e.url()));
                    });
                    return 0;
                }),
                whose(CliCommand.named("remove").description("Remove an endpoint; nothing more is sent to it.")
                        .parameter("ID", "The endpoint's id (see 'openup webhook list').")).does(call -> {
                    endpoints.remove(owner(call), call.parameter("ID"));
                    call.answer(Map.of("removed", call.parameter("ID")), () -> call.out().println("Endpoint " + call.parameter("ID") + " removed."));
                    return 0;
                }));
    }

    /** What every webhook command shares: whose endpoints (the profile's member's, or with --operator everyone's). */
    private static CliCommand.Builder whose(CliCommand.Builder command) {
        return command.forMember()
                .flag(OPERATOR, "An operator's endpoint: it receives every member's notifications.");
    }

    private static String owner(CliCall call) {
        return call.flag(OPERATOR) ? null : call.member().memberId();
    }
}
