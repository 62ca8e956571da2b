package org.openup.engine.readmodel;

import org.openup.engine.axon.Engine;

import java.util.List;

/**
 * A projection that keeps tables in the store. Its class carries {@code @ProcessingGroup}, as Axon
 * expects of event handlers; every read model's handlers run in the command's transaction (see
 * {@link Engine}). {@link #tables()} lets a replay clear them and tests compare them.
 * <p>In a replay its writes are sent in batches ({@link Jdbc#batching}): a handler must not use
 * the count an update returns, and a read model's tables must not refer to each other (no foreign
 * keys), since held rows of different tables reach the database in their own order.
 */
public interface ReadModel {

    /** The group every read model of the core names. */
    String PROCESSOR = "read-models";

    List<String> tables();
}
