package org.openup.engine;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SimpleSerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Read-your-writes. After a command, callers wait here until every projection that handles the
 * command's events has processed them, so the next query already shows the write. A segment
 * this process holds is asked directly (its status moves only after a batch commits); one that
 * another process (or node) holds is read from the token table. Only the segment that holds the
 * aggregate is checked: a segment that receives nothing for itself stores its token lazily, so
 * waiting for all of them would wait for nothing.
 */
public final class CatchUp {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);
    /** More events than one command ever produces; older ones were waited for by earlier commands. */
    private static final int RECENT_EVENTS = 20;

    private final Engine engine;
    private final Jdbc jdbc;

    public CatchUp(Engine engine, Jdbc jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /**
     * Waits until every processor that handles the newest events of {@code aggregateId} has
     * processed them in that aggregate's segment; false on time-out.
     */
    public boolean awaitEventsOf(String aggregateId) {
        return awaitEventsOf(aggregateId, DEFAULT_WAIT);
    }

    public boolean awaitEventsOf(String aggregateId, Duration timeout) {
        List<Target> targets = targetsFor(aggregateId);
        return await(engine.progress(), timeout, () -> targets.stream().allMatch(this::reached));
    }

    /**
     * Waits until every processor that handles them has processed the events given by aggregate
     * and sequence number (what a command just appended); false on time-out.
     */
    public boolean awaitAppended(Map<String, List<Long>> sequencesByAggregate) {
        List<Target> targets = new ArrayList<>();
        sequencesByAggregate.forEach((aggregateId, sequences) -> targets.addAll(targets(aggregateId, rowsOf(aggregateId, sequences))));
        return await(engine.progress(), DEFAULT_WAIT, () -> targets.stream().allMatch(this::reached));
    }

    private record Target(String processor, String aggregateId, long index) {
    }

    private record Row(long index, String type) {
    }

    /** The rows of the given events, found through the (aggregate, sequence) index. */
    private List<Row> rowsOf(String aggregateId, List<Long> sequences) {
        return jdbc.query("SELECT global_index, payload_type FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number BETWEEN ? AND ?", CatchUp::row, aggregateId,
                Collections.min(sequences), Collections.max(sequences));
    }

    private List<Target> targetsFor(String aggregateId) {
        return targets(aggregateId, jdbc.query("SELECT global_index, payload_type FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number DESC FETCH FIRST " + RECENT_EVENTS + " ROWS ONLY",
                CatchUp::row, aggregateId));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2));
    }

    /** For each processor that handles any of {@code rows}, the newest of them it must reach. */
    private List<Target> targets(String aggregateId, List<Row> rows) {
        List<Target> targets = new ArrayList<>();
        for (String name : engine.processorNames()) {
            var invoker = engine.processor(name).orElseThrow().eventHandlerInvoker();
            rows.stream()
                    .filter(row -> invoker.canHandleType(payloadClass(row.type())))
                    .mapToLong(Row::index).max()
                    .ifPresent(index -> targets.add(new Target(name, aggregateId, index)));
        }
        return targets;
    }

    private boolean reached(Target target) {
        // The segment's status in this process, when this process holds it: updated after each
        // batch commits, so it never runs ahead of the read models, and asked without a query.
        var here = engine.processor(target.processor()).map(p -> p.processingStatus().values()).orElse(List.of());
        for (var status : here) {
            if (status.getSegment().matches(target.aggregateId()) && !status.isErrorState()) {
                return covers(status.getTrackingToken(), target.index());
            }
        }
        Map<Integer, TrackingToken> tokens = tokensBySegment(target.processor());
        if (tokens.isEmpty()) {
            return false;
        }
        int[] ids = tokens.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (Map.Entry<Integer, TrackingToken> entry : tokens.entrySet()) {
            if (Segment.computeSegment(entry.getKey(), ids).matches(target.aggregateId())) {
                return covers(entry.getValue(), target.index());
            }
        }
        return false;
    }

    private static Class<?> payloadClass(String type) {
        try {
            return Class.forName(type);
        } catch (ClassNotFoundException e) {
            return Void.class; // an event type this build does not know is handled by none of its processors
        }
    }

    /** Waits until the projections have seen everything committed so far; false on time-out. */
    public boolean awaitProjections() {
        return awaitProjections(engine.store().headIndex(), DEFAULT_WAIT);
    }

    public boolean awaitProjections(long globalIndex, Duration timeout) {
        if (globalIndex < 0) {
            return true;
        }
        return await(engine.progress(), timeout, () -> lagBehind(globalIndex).isEmpty());
    }

    /**
     * Looks, then waits for a local projection to commit (or, for another process's progress, a
     * pause that doubles up to 50 ms), and looks again.
     */
    private static boolean await(ProjectionProgress progress, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 1;
        while (true) {
            long seen = progress.rings();
            if (done.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                progress.awaitRingAfter(seen, pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, 50);
        }
    }

    /** Processors (by name) that have not yet processed the event at {@code globalIndex}. */
    public List<String> lagBehind(long globalIndex) {
        List<String> behind = new ArrayList<>();
        for (String name : engine.processorNames()) {
            Optional<Boolean> here = passedHere(name, globalIndex);
            if (here.isPresent()) {
                if (!here.get()) {
                    behind.add(name);
                }
                continue;
            }
            List<TrackingToken> tokens = tokens(name);
            if (tokens.isEmpty() || !tokens.stream().allMatch(t -> covers(t, globalIndex))) {
                behind.add(name);
            }
        }
        return behind;
    }

    /**
     * Whether every segment of the processor has processed the event at {@code globalIndex}, from
     * the processor's own status; empty unless this process holds all of its segments.
     */
    private Optional<Boolean> passedHere(String processorName, long globalIndex) {
        var status = engine.statusHeldHere(processorName);
        return status.map(all -> all.stream().allMatch(s -> covers(s.getTrackingToken(), globalIndex)));
    }

    /** Events the processor has yet to process: the newest event's position minus its slowest segment's. */
    public long lag(String processorName, long head) {
        return lag(head, position(processorName));
    }

    /** The same, for a position already read. */
    public static long lag(long head, long position) {
        return Math.max(0, head - position);
    }

    /** The lowest position any segment of the processor has reached, or -1 before its first event. */
    public long position(String processorName) {
        return positionHere(processorName).orElseGet(() -> tokens(processorName).stream()
                .mapToLong(t -> t == null ? -1 : t.position().orElse(-1))
                .min().orElse(-1));
    }

    /**
     * The processor's position from its own status, when this process holds all of its segments.
     * It counts the events a segment passed without any of its own, which the token table learns
     * only when that segment next stores its token.
     */
    private OptionalLong positionHere(String processorName) {
        return engine.statusHeldHere(processorName).map(all -> OptionalLong.of(all.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1))).orElse(OptionalLong.empty());
    }

    static boolean covers(TrackingToken token, long index) {
        if (token == null) {
            return false;
        }
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= index && !gapAware.getGaps().contains(index);
        }
        return lower != null && lower.position().orElse(-1) >= index;
    }

    private List<TrackingToken> tokens(String processorName) {
        return new ArrayList<>(tokensBySegment(processorName).values());
    }

    private Map<Integer, TrackingToken> tokensBySegment(String processorName) {
        record Stored(int segment, byte[] bytes, String type) {
        }
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        for (Stored stored : jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                rs -> new Stored(rs.getInt(1), rs.getBytes(2), rs.getString(3)), processorName)) {
            tokens.put(stored.segment(), stored.bytes() == null || stored.type() == null ? null : engine.serializer().deserialize(
                    new SimpleSerializedObject<>(stored.bytes(), byte[].class, stored.type(), null)));
        }
        return tokens;
    }
}
