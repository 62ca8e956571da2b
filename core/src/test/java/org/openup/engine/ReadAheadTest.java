package org.openup.engine;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Test
    void handsOnEveryEventInTheOrderOfTheStreamAndClosesIt() {
        // given: more events than the reading runs ahead
        int count = ReadAhead.AHEAD * 3 + 5;
        AtomicBoolean streamClosed = new AtomicBoolean();

        // when: they are taken one by one
        List<Long> taken;
        try (ReadAhead events = new ReadAhead(
                () -> LongStream.range(0, count).mapToObj(ReadAheadTest::event).onClose(() -> streamClosed.set(true)), "test-reader")) {
            taken = positions(events);
        }

        // then: all of them, in order, and the stream was closed
        assertThat(taken).hasSize(count).isSorted().startsWith(0L).endsWith(count - 1L);
        assertThat(streamClosed).isTrue();
    }

    @Test
    void aFailureOfTheReadingIsThrownWhereTheEventsAreTakenAfterTheEventsBeforeIt() {
        List<Long> taken = new ArrayList<>();
        try (ReadAhead events = new ReadAhead(() -> Stream.concat(
                LongStream.range(0, 3).mapToObj(ReadAheadTest::event),
                Stream.<TrackedEventMessage<?>>generate(() -> {
                    throw new StoreUnavailableException("Cannot read: the disk is gone", null);
                }).limit(1)), "test-reader")) {
            assertThatThrownBy(() -> events.forEachRemaining(e -> taken.add(e.trackingToken().position().orElseThrow())))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("the disk is gone");
            assertThatThrownBy(events::hasNext).isInstanceOf(StoreUnavailableException.class); // and again, not a quiet end
        }
        assertThat(taken).containsExactly(0L, 1L, 2L);
    }

    @Test
    void closingEarlyStopsTheReadingThatWaitsForRoomAndClosesTheStream() throws Exception {
        // given: an endless stream, the reading waiting with a full queue
        AtomicBoolean streamClosed = new AtomicBoolean();
        ReadAhead events = new ReadAhead(
                () -> LongStream.iterate(0, i -> i + 1).mapToObj(ReadAheadTest::event).onClose(() -> streamClosed.set(true)), "test-reader");
        assertThat(events.next().trackingToken().position()).hasValue(0L);
        Thread reader = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("test-reader")).findFirst().orElseThrow();

        // when: the taker stops early
        events.close();

        // then: the reading thread has ended and closed its stream
        assertThat(reader.isAlive()).isFalse();
        assertThat(streamClosed).isTrue();
    }
}
