package dev.wasmrust.compiler.patterns;

import java.util.List;

/**
 * An arm, or an alternative of an or-pattern inside an arm, that no value reaches.
 *
 * @param arm the arm's index
 * @param pattern the unreachable pattern: the arm's whole pattern when {@code wholeArm}, else an alternative
 * @param coveredBy earlier patterns that together take all its values, in rustc's order; empty when the
 *     pattern matches no value at all
 * @param coveredByCatchall whether the one covering pattern matches anything ({@code _}, {@code x}, {@code (_, _)})
 * @param uninhabitedType when nothing covers it, the type whose emptiness makes it unreachable (rustc names it)
 */
public record Unreachable(int arm, CPat pattern, boolean wholeArm, List<CPat> coveredBy, boolean coveredByCatchall,
                          PatType uninhabitedType) {
    public Unreachable {
        coveredBy = List.copyOf(coveredBy);
    }
}
