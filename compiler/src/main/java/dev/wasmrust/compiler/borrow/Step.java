package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/** One effect of a control-flow node, in evaluation order. */
sealed interface Step {
    /** A read of {@code local} (it is live before this node); {@code span} is where rustc shows the use. */
    record Use(int local, Span span) {}

    List<Use> uses();

    /** A join or branch point. */
    record Nop() implements Step {
        public List<Use> uses() {
            return List.of();
        }
    }

    /** Creates {@code loan}; {@code target} then holds it and whatever the used locals hold. */
    record Borrow(Loan loan, int target, List<Use> uses) implements Step {}

    /** Reads, writes, moves or drops {@code place}; {@code shown} is its name in messages. */
    record Access(Place place, Kind kind, String shown, Span span, List<Use> uses) implements Step {}

    /** {@code target} takes the loans of the used locals; with {@code kill}, it is overwritten. */
    record Flow(int target, List<Use> uses, boolean kill) implements Step {}

    enum Kind { READ, WRITE, MOVE, DROP }
}
