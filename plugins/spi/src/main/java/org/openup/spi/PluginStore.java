package org.openup.spi;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a plugin may keep, and where: tables of its own in the store (with their own migrations)
 * and owner-only files under {@code $OPENUP_HOME}. The host gives one to every plugin; the core's
 * own tables and engine stay out of a plugin's reach.
 */
public interface PluginStore {

    /**
     * The plugin's tables, migrated from {@code location} (a class-path folder such as
     * {@code org/openup/webhook/migration}) up to version {@code latest}; the history table is named
     * after {@code owner}'s package. Make them where the plugin starts, never inside a transaction.
     */
    PluginTables tables(Class<?> owner, String location, int latest);

    /**
     * After the plugin overwrote or deleted a secret in its tables (a signing secret, an address):
     * has the store drop every older copy of the changed rows it can, as forgetting a member does.
     * On the embedded store the journal is copied in and emptied, and the freed space is zeroed
     * already; PostgreSQL keeps old row versions until its vacuum reuses them. Call it once the
     * change has committed, never inside a transaction; it may take a moment.
     */
    void scrubFreedSpace();

    /** {@code $OPENUP_HOME}: where OpenUp keeps its files. */
    Path home();

    /** A folder of the plugin's own under {@code $OPENUP_HOME}, made readable by its owner only (0700). */
    Path privateFolder(String name) throws IOException;

    /** Makes {@code file} (created if missing) readable by its owner only (0600). */
    Path privateFile(Path file) throws IOException;
}
