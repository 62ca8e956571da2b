package org.openup.engine.axon;

/** An event-sourced aggregate the engine should host; feature modules contribute these. */
public record AggregateType(Class<?> type) {
}
