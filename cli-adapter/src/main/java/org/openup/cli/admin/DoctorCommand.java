package org.openup.cli.admin;

import org.openup.plugin.cli.ExitCode;
import org.openup.plugin.cli.JsonOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.engine.store.StoreHealth;
import org.openup.engine.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the store: reachable, schema up to date, the master key the right one, and how many events it holds.",
                "Exits 0 when all is well, 1 when something needs a look, 3 when the store cannot be reached."},
        footer = {"", "Examples:", "  openup admin doctor", "  openup admin doctor --json"})
final class DoctorCommand implements Callable<Integer> {

    @Mixin
    JsonOption json;

    private final CliSession session;

    @Inject
    DoctorCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        StoreHealth.Report report = session.core(StoreHealth.class).check();
        int code = !report.up() ? ExitCode.STORE_UNAVAILABLE : report.healthy() && report.schemaCurrent() ? ExitCode.OK : ExitCode.REFUSED;
        if (json.json) {
            session.json(report);
            return code;
        }
        PrintWriter out = session.out();
        // the operator runs this on their own machine: the store's location helps, and stays out of /health
        out.printf("%-10s %s (%s, %s)%n", "store", report.up() ? "reachable" : "NOT reachable: " + report.error(), report.kind(),
                session.core(StoreSettings.class).displayUrl());
        if (report.up()) {
            out.printf("%-10s %d of %d%s%n", "schema", report.schemaVersion(), report.expectedSchemaVersion(),
                    report.schemaCurrent() ? "" : "  (start OpenUp once to upgrade it)");
            out.printf("%-10s %s%n", "master key", report.masterKeyMatches() ? "matches the store" : report.error());
            out.printf("%-10s %,d (newest at position %d)%n", "events", report.events(), report.head());
            session.core(org.openup.engine.store.Store.class).oldStoreLeftBehind().ifPresent(old -> out.printf(
                    "%-10s %s is OpenUp 0.1's store, carried over; it still holds every member's key as it was then, "
                            + "so forgetting does not reach it: delete it once you have checked this store%n", "old store", old));
        }
        return code;
    }
}
