package org.openup.system;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads noting moments as fast as the nodes answer, several threads per member so that
 * commands on the same aggregate race each other (on one node or across nodes). Every moment a
 * node acknowledged (201 with its id) is remembered; a request that got no answer (the node died
 * under it, or was down) is only counted: it may or may not have been saved, and that is allowed.
 */
final class MomentLoad implements AutoCloseable {

    /** An acknowledged write: the node said it is durable and visible. */
    record Ack(Api.Member member, String momentId) {
    }

    private final Api api;
    private final Targets targets;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    private final List<String> wrongAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile boolean running = true;

    MomentLoad(Api api, Targets targets) {
        this.api = api;
        this.targets = targets;
    }

    /** Starts {@code perMember} threads for each member of each couple, each sending until stopped. */
    MomentLoad start(List<Couple> couples, int perMember) {
        for (Couple couple : couples) {
            for (Api.Member member : couple.members()) {
                for (int i = 0; i < perMember; i++) {
                    String name = "load-" + member.memberId().substring(0, 6) + "-" + i;
                    Thread t = new Thread(() -> sendUntilStopped(couple, member, name), name);
                    t.setDaemon(true); // a failing test must not hang on its load
                    threads.add(t);
                }
            }
        }
        threads.forEach(Thread::start);
        return this;
    }

    private void sendUntilStopped(Couple couple, Api.Member member, String name) {
        int n = 0;
        while (running) {
            URI node = targets.next();
            if (node == null) {
                pause(); // no node up: a client would wait and try again
                continue;
            }
            String text = "moment " + (++n) + " from " + name;
            try {
                Api.Answer a = api.send(node, "POST", couple.path("/moments"), member.token(),
                        "{\"what\":\"" + text + "\"}");
                if (a.status() == 201) {
                    String id = a.body().get("momentId").asText();
                    acknowledged.put(id, new Ack(member, id));
                } else if (a.status() == 503) {
                    unanswered.incrementAndGet(); // a node that cannot reach its store says so: not acknowledged
                } else {
                    wrongAnswers.add(a.status() + " from " + node + ": " + a.raw());
                }
            } catch (IOException e) {
                unanswered.incrementAndGet(); // killed under the request, or refused while down
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code more} writes beyond those acknowledged so far are acknowledged. */
    void awaitMoreAcknowledged(int more) {
        int target = acknowledgedCount() + more;
        org.awaitility.Awaitility.await("%d more acknowledged writes (%d so far, %d unanswered)"
                        .formatted(more, acknowledgedCount(), unanswered()))
                .atMost(java.time.Duration.ofSeconds(60)).until(() -> acknowledgedCount() >= target);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    List<Ack> acknowledged() {
        return List.copyOf(acknowledged.values());
    }

    int unanswered() {
        return unanswered.get();
    }

    /** Answers that are neither success nor "unavailable": a 4xx or 5xx no client should get. */
    List<String> wrongAnswers() {
        return List.copyOf(wrongAnswers);
    }

    /** Stops sending and waits until every thread has had its last answer. */
    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
