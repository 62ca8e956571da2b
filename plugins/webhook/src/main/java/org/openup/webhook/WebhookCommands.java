package org.openup.webhook;

import jakarta.inject.Inject;
import org.openup.plugin.cli.CliContext;
import org.openup.plugin.cli.ProfileOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code openup webhook add|list|remove}: the profile's member's endpoints, or with {@code --operator} everyone's. */
final class WebhookCommands {

    private WebhookCommands() {
    }

    /** Options every webhook command shares. */
    static final class Whose {
        @Mixin
        ProfileOption profile;

        @Option(names = "--operator", description = "An operator's endpoint: it receives every member's notifications.")
        boolean operator;

        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        String member(CliContext cli) {
            return operator ? null : cli.member(profile.name).memberId();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register an endpoint; prints its signing secret once.",
            footer = {"", "Example:", "  openup webhook add https://example.org/openup-hook"})
    static final class Add implements Callable<Integer> {
        @Mixin
        Whose whose;
        @Parameters(paramLabel = "URL", description = "Where to POST the notifications.")
        String url;
        private final CliContext cli;

        @Inject
        Add(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            Endpoints.Registered added = cli.core(Endpoints.class).register(whose.member(cli), url);
            if (whose.json) {
                cli.json(added);
            } else {
                cli.out().printf("Endpoint %s registered for %s.%nSigning secret (shown only now): %s%n", added.endpointId(),
                        added.url(), added.secret());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the endpoints.")
    static final class ListEndpoints implements Callable<Integer> {
        @Mixin
        Whose whose;
        private final CliContext cli;

        @Inject
        ListEndpoints(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            var list = cli.core(Endpoints.class).of(whose.member(cli));
            if (whose.json) {
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
    static final class Remove implements Callable<Integer> {
        @Mixin
        Whose whose;
        @Parameters(paramLabel = "ID", description = "The endpoint's id (see 'openup webhook list').")
        String endpointId;
        private final CliContext cli;

        @Inject
        Remove(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            cli.core(Endpoints.class).remove(whose.member(cli), endpointId);
            cli.out().println("Endpoint " + endpointId + " removed.");
            return 0;
        }
    }
}
