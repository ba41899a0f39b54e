package dev.wasmrust.runtime;

/**
 * Thrown by host functions to end the running cell in a particular way. Without a stack trace: these
 * are control flow, not errors, and a cell may raise one per run.
 */
abstract class CellSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CellSignal(String message) {
        super(message, null, false, false);
    }

    CellSignal(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    static final class Panic extends CellSignal {
        private static final long serialVersionUID = 1L;

        Panic(String message) {
            super(message);
        }
    }

    static final class Exit extends CellSignal {
        private static final long serialVersionUID = 1L;
        final int code;

        Exit(int code) {
            super("exit " + code);
            this.code = code;
        }
    }

    static final class Interrupt extends CellSignal {
        private static final long serialVersionUID = 1L;

        Interrupt() {
            super("interrupted");
        }
    }

    static final class OutOfMemory extends CellSignal {
        private static final long serialVersionUID = 1L;

        OutOfMemory(String message) {
            super(message);
        }
    }

    /** A host function threw something that is not a signal: a fault of the host, reported as such. */
    static final class HostCall extends CellSignal {
        private static final long serialVersionUID = 1L;
        final String importName;

        HostCall(String importName, Throwable cause) {
            super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
            this.importName = importName;
        }
    }
}
