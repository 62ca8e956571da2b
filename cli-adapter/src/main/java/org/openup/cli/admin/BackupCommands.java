package org.openup.cli.admin;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.engine.crypto.MasterKey;
import org.openup.engine.store.Backups;
import org.openup.engine.store.Store;
import org.openup.plugin.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Backup and restore of the embedded store. */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write an online backup of the embedded store to a zip file (the web adapter may keep running).",
            footer = {"", "Example:", "  openup admin backup backups/openup-2026-11-26.zip"})
    static final class Backup implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Where to write the backup (.zip).")
        Path file;
        @Mixin
        JsonOption json;
        private final CliSession session;

        @Inject
        Backup(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Path written = Backups.backup(session.core(Store.class), file);
            if (json.json) {
                session.json(java.util.Map.of("backup", written.toAbsolutePath().toString()));
                return 0;
            }
            session.out().println("Backed up to " + written);
            session.out().println("The master key is not in the backup; a restore needs it. Keep "
                    + session.settings().home().resolve(MasterKey.FILE_NAME) + " (or OPENUP_MASTER_KEY) safe, apart from the backup.");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the embedded store with a backup. Stop the web adapter and every other OpenUp process first.",
                    "Everything written since the backup is lost, so make a backup of the current store first if in doubt."},
            footer = {"", "Example:", "  openup admin restore backups/openup-2026-11-26.zip"})
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The backup to restore (.zip).")
        Path file;
        @Mixin
        JsonOption json;
        private final CliSession session;

        @Inject
        Restore(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            // deliberately never opens the store: it must be closed while its file is replaced
            Backups.restore(session.settings(), file);
            if (json.json) {
                session.json(java.util.Map.of("restored", file.toAbsolutePath().toString()));
            } else {
                session.out().println("Restored from " + file.toAbsolutePath() + ".");
            }
            return 0;
        }
    }
}
