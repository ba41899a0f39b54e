package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checker found: the patterns missing for exhaustiveness (empty when the arms are exhaustive)
 * and the unreachable arms and or-alternatives, in the order rustc reports them.
 */
public record MatchReport(PatType scrutinee, List<Arm> arms, List<Witness> witnesses, List<Unreachable> unreachable) {
    public MatchReport {
        arms = List.copyOf(arms);
        witnesses = List.copyOf(witnesses);
        unreachable = List.copyOf(unreachable);
    }

    public boolean isExhaustive() {
        return witnesses.isEmpty();
    }

    public List<String> witnessTexts() {
        List<String> out = new ArrayList<>();
        for (Witness w : witnesses) {
            out.add(w.text());
        }
        return out;
    }

    /** Indices of arms that are unreachable as a whole. */
    public List<Integer> unreachableArms() {
        List<Integer> out = new ArrayList<>();
        for (Unreachable u : unreachable) {
            if (u.wholeArm()) {
                out.add(u.arm());
            }
        }
        return out;
    }
}
