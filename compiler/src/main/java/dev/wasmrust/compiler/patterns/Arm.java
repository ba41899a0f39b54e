package dev.wasmrust.compiler.patterns;

/**
 * One arm of a match (or the single pattern of a {@code let}). A guarded arm is checked for
 * reachability but never makes the match exhaustive.
 */
public record Arm(CPat pattern, boolean hasGuard) {
    public static Arm of(CPat pattern) {
        return new Arm(pattern, false);
    }
}
