package org.openup.engine;

import java.util.List;

/**
 * A projection that keeps tables in the store. Its class carries {@code @ProcessingGroup}, which
 * names its processor; {@link #tables()} lets replay clear them and tests compare them.
 * <p>In a replay its writes are sent in batches ({@link Jdbc#batching}): a handler must not use
 * the count an update returns, and a read model's tables must not refer to each other (no foreign
 * keys), since held rows of different tables reach the database in their own order.
 */
public interface ReadModel {

    /**
     * The processor of every read model of the core: one read of the event stream and one
     * transaction per batch for all of them (five processors read and deserialised each event
     * five times, and committed five times), and the read models never disagree with each other.
     */
    String PROCESSOR = "read-models";

    List<String> tables();
}
