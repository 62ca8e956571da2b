package org.openup.engine.readmodel;

import org.openup.engine.store.StoreUnavailableException;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replay's reading on its own thread: order, failures and stopping early. */
class ReadAheadTest {

    private static TrackedEventMessage<?> event(long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("event " + position));
    }

    private static List<Long> positions(ReadAhead events) {
        List<Long> out = new ArrayList<>();
        events.forEachRemaining(e -> out.add(e.trackingToken().position().orElseThrow()));
        return out;
    }

    /** The reading thread of that name, once it has read more than the queue holds: it waits for room. */
    private static Thread waitingForRoom(String name, AtomicLong read) throws InterruptedException {
        Thread reader = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (read.get() <= ReadAhead.AHEAD && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(read.get()).isGreaterThan(ReadAhead.AHEAD);
        return reader;
    }

    @Test
    void handsOnEveryEventInTheOrderOfTheStreamAndClosesIt() {
        // given: more events than the reading runs ahead
        int count = ReadAhead.AHEAD * 3 + 5;
        AtomicBoolean streamClosed = new AtomicBoolean();

        // when: they are taken one by one
        List<Long> taken;
        try (ReadAhead events = new ReadAhead(
                () -> LongStream.range(0, count).mapToObj(ReadAheadTest::event).onClose(() -> streamClosed.set(true)), "reader-in-order")) {
            taken = positions(events);
        }

        // then: all of them, in order, and the stream was closed
        assertThat(taken).containsExactlyElementsOf(LongStream.range(0, count).boxed().toList());
        assertThat(streamClosed).isTrue();
    }

    @Test
    void aFailureOfTheReadingIsThrownWhereTheEventsAreTakenAfterTheEventsBeforeIt() {
        List<Long> taken = new ArrayList<>();
        try (ReadAhead events = new ReadAhead(() -> Stream.concat(
                LongStream.range(0, 3).mapToObj(ReadAheadTest::event),
                Stream.<TrackedEventMessage<?>>generate(() -> {
                    throw new StoreUnavailableException("Cannot read: the disk is gone", null);
                }).limit(1)), "reader-that-fails")) {
            assertThatThrownBy(() -> events.forEachRemaining(e -> taken.add(e.trackingToken().position().orElseThrow())))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("the disk is gone");
            assertThatThrownBy(events::hasNext).isInstanceOf(StoreUnavailableException.class); // and again, not a quiet end
        }
        assertThat(taken).containsExactly(0L, 1L, 2L);
    }

    @Test
    void closingEarlyStopsTheReadingThatWaitsForRoomAndClosesTheStream() throws Exception {
        // given: an endless stream, the reading waiting for room in a full queue
        AtomicBoolean streamClosed = new AtomicBoolean();
        AtomicLong read = new AtomicLong();
        ReadAhead events = new ReadAhead(() -> LongStream.iterate(0, i -> i + 1)
                .peek(i -> read.set(i + 1)).mapToObj(ReadAheadTest::event).onClose(() -> streamClosed.set(true)), "reader-closed-early");
        assertThat(events.next().trackingToken().position()).hasValue(0L);
        Thread reader = waitingForRoom("reader-closed-early", read);
        assertThat(reader.getState()).isIn(Thread.State.TIMED_WAITING, Thread.State.RUNNABLE);

        // when: the taker stops early
        events.close();

        // then: the reading thread has ended and closed its stream
        assertThat(reader.isAlive()).isFalse();
        assertThat(streamClosed).isTrue();
    }

    @Test
    void aReadingThatEndsWithoutItsEndMarkIsAFailureNotAWaitWithoutEnd() throws Exception {
        // given: a reading interrupted while it waits for room, which ends it without an end mark
        AtomicLong read = new AtomicLong();
        try (ReadAhead events = new ReadAhead(() -> LongStream.iterate(0, i -> i + 1)
                .peek(i -> read.set(i + 1)).mapToObj(ReadAheadTest::event), "reader-interrupted")) {
            Thread reader = waitingForRoom("reader-interrupted", read);
            reader.interrupt();
            reader.join(10_000);

            // when, then: what was read ahead is taken, then a failure instead of a wait without end
            for (long i = 0; i < ReadAhead.AHEAD; i++) {
                assertThat(events.next().trackingToken().position()).hasValue(i);
            }
            assertThatThrownBy(events::hasNext).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stopped before the end");
        }
    }
}
