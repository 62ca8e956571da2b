package org.openup.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Commands through the HTTP API: each client is its own member noting moments in their own
 * journey as fast as the adapter answers. Every answer counted is a durable, projected write.
 */
final class CommandLoad {

    record Result(double perSecond, long ok, long failed, double p50Millis, double p99Millis) {
    }

    private CommandLoad() {
    }

    /** A moment as long as a typical one, so event rows have realistic sizes. */
    static final String MOMENT = "{\"what\":\"He told me how the week at work really went, without me asking twice. It felt easy.\"}";

    static Result run(Http http, List<Http.Member> clients, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long end = System.nanoTime() + length.toNanos();
        long started = System.nanoTime();
        List<Future<List<Long>>> work = new ArrayList<>();
        long[] failed = new long[clients.size()];
        for (int i = 0; i < clients.size(); i++) {
            Http.Member member = clients.get(i);
            int index = i;
            work.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    int status = http.send("POST", "/api/v1/journeys/" + member.journeyId() + "/moments", member.token(), MOMENT)
                            .statusCode();
                    if (status == 201) {
                        latencies.add(System.nanoTime() - t);
                    } else {
                        failed[index]++;
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : work) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        long failures = 0;
        for (long f : failed) {
            failures += f;
        }
        return new Result(all.size() / seconds, all.size(), failures, percentile(all, 0.50), percentile(all, 0.99));
    }

    static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
