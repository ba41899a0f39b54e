package dev.wasmrust.runtime;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs wasm on a fresh thread with a large stack and waits for it, applying the time limit. A fresh
 * thread per run means no interrupt status or stack damage carries over from a faulted run.
 */
final class CellThread {
    /** After an interrupt, how long a run may take to notice before it is abandoned. */
    private static final long GRACE_MILLIS = 5_000;

    private CellThread() {}

    static CellOutcome run(String threadName, long stackBytes, Interrupter interrupter, Duration timeLimit,
                           Callable<long[]> body, BooleanSupplier memoryAtLimit, int maxPages, BooleanSupplier cancelled) {
        return run(null, threadName, stackBytes, interrupter, timeLimit, body, memoryAtLimit, maxPages, cancelled);
    }

    /** As above, on {@code worker}'s thread (null: a fresh thread). */
    static CellOutcome run(CellWorker worker, String threadName, long stackBytes, Interrupter interrupter, Duration timeLimit,
                           Callable<long[]> body, BooleanSupplier memoryAtLimit, int maxPages, BooleanSupplier cancelled) {
        AtomicReference<CellOutcome> result = new AtomicReference<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        long t0 = System.nanoTime();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Object armed = new Object();
        Runnable task = () -> {
            synchronized (armed) {
                // the interrupter is armed with this thread before the body starts
            }
            try {
                result.set(new CellOutcome.Completed(body.call()));
            } catch (Throwable e) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                result.set(FaultClassifier.classify(e, new FaultClassifier.Context(interrupter, timedOut.get(), ms,
                        memoryAtLimit.getAsBoolean(), maxPages)));
            } finally {
                done.countDown();
            }
        };
        Thread t;
        synchronized (armed) {
            if (worker != null) {
                t = worker.submit(task);
            } else {
                t = new Thread(null, task, threadName, stackBytes);
                t.setDaemon(true);
                t.start();
            }
            interrupter.arm(t);
            if (cancelled.getAsBoolean()) {
                // asked to stop before it started (while the cell was compiled): it stops at its first check
                interrupter.interrupt();
            }
        }
        long deadline = timeLimit == null ? Long.MAX_VALUE : t0 + timeLimit.toNanos();
        boolean interrupted = false;
        long graceEnd = Long.MAX_VALUE;
        while (done.getCount() > 0) {
            long now = System.nanoTime();
            if (!interrupted && now >= deadline) {
                timedOut.set(true);
                interrupter.interrupt();
            }
            if (interrupter.requested() && !interrupted) {
                interrupted = true;
                graceEnd = now + GRACE_MILLIS * 1_000_000;
            }
            if (now >= graceEnd) {
                // the run ignores every interrupt route (a host call blocking uninterruptibly): abandon it
                interrupter.disarm();
                if (worker != null) {
                    worker.abandon();
                }
                return new CellOutcome.Interrupted(timedOut.get(), (now - t0) / 1_000_000);
            }
            long waitNanos = Math.min(Math.min(deadline, graceEnd) - now, 50_000_000L);
            try {
                done.await(Math.max(1, waitNanos / 1_000_000), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // whoever interrupts the waiting thread wants the cell stopped
                interrupter.interrupt();
            }
        }
        interrupter.disarm();
        return result.get();
    }
}
