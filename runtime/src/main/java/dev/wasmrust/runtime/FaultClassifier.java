package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasm.ChicoryException;

/** Turns whatever ended a run into a {@link CellOutcome}, in Rust's terms. */
final class FaultClassifier {
    /** What the classifier needs to know about the run. */
    record Context(Interrupter interrupter, boolean timedOut, long elapsedMillis, boolean memoryAtLimit, int maxPages) {
    }

    private FaultClassifier() {}

    static CellOutcome classify(Throwable thrown, Context ctx) {
        // an interrupt may surface as any exception (a trap the check emitted, an interrupted read), so it wins
        if (ctx.interrupter() != null && ctx.interrupter().requested()) {
            return new CellOutcome.Interrupted(ctx.timedOut(), ctx.elapsedMillis());
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CellSignal s) {
                return signal(s, ctx);
            }
            if (t instanceof WasiExitException x) {
                return x.exitCode() == 101 ? new CellOutcome.Panicked("") : new CellOutcome.Exited(x.exitCode());
            }
            if (t instanceof ChicoryInterruptedException) {
                return new CellOutcome.Interrupted(ctx.timedOut(), ctx.elapsedMillis());
            }
            if (t instanceof StackOverflowError
                    || (t instanceof ChicoryException && "call stack exhausted".equals(t.getMessage()))) {
                return new CellOutcome.StackOverflow();
            }
            if (t instanceof OutOfMemoryError) {
                return new CellOutcome.OutOfMemory("memory allocation failed: the JVM heap is exhausted");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (thrown instanceof ChicoryException) {
            TrapKind kind = TrapKind.fromChicoryMessage(thrown.getMessage());
            // Rust's allocator aborts (an `unreachable`) when memory.grow fails
            if (kind == TrapKind.UNREACHABLE && ctx.memoryAtLimit()) {
                return limitReached(ctx.maxPages());
            }
            return new CellOutcome.Trapped(kind, thrown.getMessage());
        }
        return new CellOutcome.HostFailure("?", thrown.toString());
    }

    private static CellOutcome signal(CellSignal s, Context ctx) {
        if (s instanceof CellSignal.Panic) {
            return new CellOutcome.Panicked(s.getMessage());
        }
        if (s instanceof CellSignal.Exit x) {
            return x.code == 101 ? new CellOutcome.Panicked("") : new CellOutcome.Exited(x.code);
        }
        if (s instanceof CellSignal.OutOfMemory) {
            return new CellOutcome.OutOfMemory(s.getMessage() + (ctx.memoryAtLimit() ? limitNote(ctx.maxPages()) : ""));
        }
        if (s instanceof CellSignal.HostCall h) {
            return new CellOutcome.HostFailure(h.importName, h.getMessage());
        }
        return new CellOutcome.Interrupted(ctx.timedOut(), ctx.elapsedMillis());
    }

    private static CellOutcome limitReached(int maxPages) {
        return new CellOutcome.OutOfMemory("memory allocation failed" + limitNote(maxPages));
    }

    private static String limitNote(int maxPages) {
        return ": the session's memory is at its limit of " + maxPages + " pages (" + (maxPages / 16) + " MiB)";
    }
}
