package org.openup.webhook;

import org.openup.plugin.cli.MemberCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code openup webhook add|list|remove}: the profile's member's endpoints, or with {@code --operator} everyone's. */
final class WebhookCommands {

    private WebhookCommands() {
    }

    /** What every webhook command shares: whose endpoints (the profile's member's, or with --operator everyone's). */
    abstract static class Whose extends MemberCommand {
        @Option(names = "--operator", description = "An operator's endpoint: it receives every member's notifications.")
        boolean operator;

        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        String owner() {
            return operator ? null : me().memberId();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register an endpoint; prints its signing secret once.",
            footer = {"", "Example:", "  openup webhook add https://example.org/openup-hook"})
    static final class Add extends Whose {
        @Parameters(paramLabel = "URL", description = "Where to POST the notifications.")
        String url;

        @Override
        public Integer call() {
            Endpoints.Registered added = cli.core(Endpoints.class).register(owner(), url);
            if (json) {
                cli.json(added);
            } else {
                cli.out().printf("Endpoint %s registered for %s.%nSigning secret (shown only now): %s%n", added.endpointId(),
                        added.url(), added.secret());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the endpoints.")
    static final class ListEndpoints extends Whose {
        @Override
        public Integer call() {
            var list = cli.core(Endpoints.class).of(owner());
            if (json) {
                cli.json(Map.of("endpoints", list));
            } else if (list.isEmpty()) {
                cli.out().println("No webhook endpoints. Add one with: openup webhook add URL");
            } else {
                list.forEach(e -> cli.out().printf("%s  %s%n", e.endpointId(), e.url()));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an endpoint; nothing more is sent to it.")
    static final class Remove extends Whose {
        @Parameters(paramLabel = "ID", description = "The endpoint's id (see 'openup webhook list').")
        String endpointId;

        @Override
        public Integer call() {
            cli.core(Endpoints.class).remove(owner(), endpointId);
            cli.out().println("Endpoint " + endpointId + " removed.");
            return 0;
        }
    }
}
