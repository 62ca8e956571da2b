package org.openup.plugin;

import org.openup.spi.PluginStore;
import org.openup.spi.PluginTables;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.OwnerOnlyFiles;
import org.openup.engine.store.Store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** {@link PluginStore} on the store the core uses. */
final class HostedStore implements PluginStore {

    private final Path home;
    private final Supplier<Store> store;
    private final Supplier<Jdbc> jdbc;
    /** Every plugin's tables, made while the plugins register: migrated as the store opens. */
    private final List<HostedTables> made = new CopyOnWriteArrayList<>();
    private volatile boolean opened;

    /** The store is opened on first use: registering a plugin, or a CLI run's {@code --help}, opens nothing. */
    HostedStore(Path home, Supplier<Store> store, Supplier<Jdbc> jdbc) {
        this.home = home;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** How many tables have been asked for so far (to drop those of a plugin left out). */
    int tablesMade() {
        return made.size();
    }

    /** Forgets the tables asked for after the first {@code kept}: their plugin was left out. */
    void dropTablesSince(int kept) {
        while (made.size() > kept) {
            made.remove(made.size() - 1);
        }
    }

    /** Whether the store has been opened (a CLI run then closes it when it ends). */
    boolean opened() {
        return opened;
    }

    /** Migrates every plugin's tables on {@code opened}, before any transaction can be open on it. */
    void setUp(Store opened) {
        this.opened = true;
        made.forEach(tables -> tables.ensureOn(opened));
    }

    @Override
    public PluginTables tables(Class<?> owner, String location, int latest) {
        HostedTables tables = new HostedTables(store, jdbc, owner, location, latest);
        made.add(tables);
        return tables;
    }

    @Override
    public void scrubFreedSpace() {
        Store opened = store.get();
        if (opened.transactions().inTransaction()) {
            // the journal cannot be emptied while this thread holds a write open on another connection
            throw new IllegalStateException("Scrub the store once the change has committed, not inside a transaction");
        }
        opened.scrubFreedSpace();
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public Path privateFolder(String name) throws IOException {
        return OwnerOnlyFiles.folder(home.resolve(name));
    }

    @Override
    public Path privateFile(Path file) throws IOException {
        return OwnerOnlyFiles.file(file);
    }
}
