package org.openup.cli.admin;

import org.openup.plugin.cli.JsonOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.export.AdminExportCommand;
import org.openup.cli.privacy.AdminForgetCommand;
import org.openup.engine.readmodel.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "admin", mixinStandardHelpOptions = true, description = "Operator commands for the store.",
        subcommands = {AdminCommand.ReplayCommand.class, DoctorCommand.class, BackupCommands.Backup.class,
                BackupCommands.Restore.class, AdminExportCommand.class, AdminForgetCommand.class, SeedCommand.class, PluginsCommand.class,
                NotificationsCommand.class, ResetLinkCommand.class},
        footer = {"", "Examples:", "  openup admin doctor", "  openup admin replay --json", "  openup admin backup backup.zip",
                "  openup admin restore backup.zip", "  openup admin seed --events 10000", "  openup admin plugins",
                "  openup admin reset-link ana@example.org"})
public final class AdminCommand {

    @Command(name = "replay", mixinStandardHelpOptions = true, description = {"Rebuild every read model from the events.",
            "It runs in one transaction beside a running web adapter or other nodes: their writes wait until it has",
            "committed, and readers see the old read models until then."},
            footer = {"", "Example:", "  openup admin replay"})
    static final class ReplayCommand implements Callable<Integer> {
        @Mixin
        JsonOption json;
        private final CliSession session;

        @Inject
        ReplayCommand(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Replay.Result result = session.core(Replay.class).rebuildAll(line -> {
                        if (!json.json) {
                            // progress goes to stderr, so the answer on stdout stays clean for scripts
                            session.err().print(session.interactive() ? "\r" + line + "   " : line + System.lineSeparator());
                            session.err().flush();
                        }
                    });
            if (!json.json && session.interactive()) {
                session.err().println();
            }
            if (json.json) {
                session.json(Map.of("tables", result.tables(), "events", result.events(),
                        "seconds", result.took().toMillis() / 1000.0, "eventsPerSecond", Math.round(result.eventsPerSecond())));
            } else {
                session.out().printf("Rebuilt %d read-model tables from %d events in %.1f s (%,.0f events/s).%n",
                        result.tables().size(), result.events(), result.took().toMillis() / 1000.0, result.eventsPerSecond());
            }
            return 0;
        }
    }
}
