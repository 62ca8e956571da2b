package org.openup.engine;

/**
 * A bell that rings whenever one of this process's projections commits a batch (and with it its
 * token). Read-your-writes waits on it instead of sleeping, so a write is answered the moment its
 * read models show it; progress made by another process is still noticed by polling.
 */
final class ProjectionProgress {

    private final Object lock = new Object();
    private long rings;

    void ring() {
        synchronized (lock) {
            rings++;
            lock.notifyAll();
        }
    }

    /** How often it has rung so far: take this before looking, then wait for it to change. */
    long rings() {
        synchronized (lock) {
            return rings;
        }
    }

    /** Returns when it rang after {@code seen}, or after {@code millis} at the latest. */
    void awaitRingAfter(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            long left = millis;
            while (rings == seen && left > 0) {
                lock.wait(left);
                left = (deadline - System.nanoTime()) / 1_000_000;
            }
        }
    }
}
