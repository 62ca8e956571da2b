package org.openup.engine.store;

/**
 * A step run once the store has opened and its schema is current, before anything else can use
 * it (the plugin host migrates the plugins' tables here: a migration needs a connection of its
 * own, which on SQLite would wait for a transaction's lock). Contributed through a multibinder.
 */
@FunctionalInterface
public interface StoreSetUp {

    void setUp(Store store);
}
