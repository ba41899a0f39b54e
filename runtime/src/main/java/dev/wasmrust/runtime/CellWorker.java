package dev.wasmrust.runtime;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * The thread a session's cells run on: one long-lived daemon thread with a large stack, reused from cell to
 * cell (starting a thread per cell costs more than running a small cell). A run that had to be abandoned
 * (it ignored every interrupt) keeps its thread; the next run gets a fresh one. Faults (traps, stack
 * overflow) unwind the thread's stack, so it is reusable after them; its interrupt status is cleared
 * between runs.
 */
final class CellWorker implements AutoCloseable {
    private final String name;
    private final long stackBytes;
    private Thread thread;
    private LinkedBlockingQueue<Runnable> tasks;
    private volatile boolean closed;

    CellWorker(String name, long stackBytes) {
        this.name = name;
        this.stackBytes = stackBytes;
    }

    /** Starts {@code task} on the worker thread and returns that thread (for interrupts). */
    synchronized Thread submit(Runnable task) {
        if (thread == null || !thread.isAlive()) {
            LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
            Thread t = new Thread(null, () -> loop(queue), name, stackBytes);
            t.setDaemon(true);
            t.start();
            thread = t;
            tasks = queue;
        }
        tasks.add(task);
        return thread;
    }

    /** The current thread is stuck in a run that was given up: later runs go to a new thread. */
    synchronized void abandon() {
        if (tasks != null) {
            tasks.add(STOP);
        }
        thread = null;
        tasks = null;
    }

    private void loop(LinkedBlockingQueue<Runnable> queue) {
        while (!closed) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                // an interrupt meant for a run that already ended: wait for the next task
                continue;
            }
            if (task == STOP) {
                return;
            }
            task.run();
            Thread.interrupted();
        }
    }

    private static final Runnable STOP = () -> { };

    @Override
    public synchronized void close() {
        closed = true;
        if (tasks != null) {
            tasks.add(STOP);
        }
        thread = null;
        tasks = null;
    }
}
