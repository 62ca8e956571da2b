package org.openup.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The core's background work (delivery, command retries, a replay's reading) runs on named daemon threads: none of it keeps a process alive. */
public final class BackgroundThread {

    private BackgroundThread() {
    }

    /** One daemon thread named {@code name} that runs scheduled tasks in turn. */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> daemon(name, task));
    }

    /** A daemon thread named {@code name} that runs {@code work}, not yet started. */
    public static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
