package dev.wasmrust.runtime;

/**
 * Which Chicory engine runs a cell. In {@link Mode#AUTO} a cell starts in the interpreter (instantiation
 * in tens of microseconds; compiling costs milliseconds warm and a few hundred in a fresh JVM) and is
 * compiled when it proves hot:
 * <ul>
 * <li>a run of one of its functions took longer than {@code hotRunMillis}: the cell is relinked compiled
 * before the next run or load, and a later load of the same bytes is compiled from the start;</li>
 * <li>{@code hotImporters} later cells import from it: its functions are evidently the session's library,
 * so it is relinked compiled.</li>
 * </ul>
 * Relinking keeps state: data segments are not re-applied, defined globals keep their values and
 * table slots and importers are re-pointed to the compiled instance. With {@code background}, a hot cell is
 * compiled on a background thread while it goes on interpreted, and relinked at the first load or run after
 * that is done (a cell never waits for the compiler); without, it is compiled before the next load or run.
 */
public record TierPolicy(Mode mode, long hotRunMillis, int hotImporters, boolean background) {
    public enum Mode { AUTO, INTERPRETER, COMPILER }

    public TierPolicy(Mode mode, long hotRunMillis, int hotImporters) {
        this(mode, hotRunMillis, hotImporters, false);
    }

    public static TierPolicy auto() {
        return new TierPolicy(Mode.AUTO, 20, 3, true);
    }

    public static TierPolicy forceInterpreter() {
        return new TierPolicy(Mode.INTERPRETER, Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    public static TierPolicy forceCompiler() {
        return new TierPolicy(Mode.COMPILER, 0, 0);
    }

    public static TierPolicy of(Engine engine) {
        return engine == Engine.COMPILER ? forceCompiler() : forceInterpreter();
    }
}
