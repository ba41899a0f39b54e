package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the accesses that conflict with a live loan and words them as rustc does: E0499 and E0502 for
 * borrows, E0506 for assignments, E0505 for moves, E0503 for reads under a mutable borrow, E0597 for a
 * local going out of scope while borrowed, E0716 for a temporary freed while borrowed. One error per access, in the order of the accesses.
 */
final class Conflicts {
    private final Dataflow flow;
    private final Map<Integer, Span> declSpans;
    /** The pseudo-locals of temporaries (E0716 rather than E0597 when one is freed while borrowed). */
    private final Map<Integer, Span> temporaries;
    private final Map<Integer, Loan> loans = new HashMap<>();
    private final List<Diagnostic.Builder> errors = new ArrayList<>();
    private final Set<Span> reported = new HashSet<>();

    private Conflicts(Dataflow flow, Map<Integer, Span> declSpans, Map<Integer, Span> temporaries) {
        this.flow = flow;
        this.declSpans = declSpans;
        this.temporaries = temporaries;
        for (Step s : flow.cfg.steps()) {
            if (s instanceof Step.Borrow b) {
                loans.put(b.loan().id(), b.loan());
            }
        }
    }

    static List<Diagnostic.Builder> find(Dataflow flow, Map<Integer, Span> declSpans, Map<Integer, Span> temporaries) {
        Conflicts c = new Conflicts(flow, declSpans, temporaries);
        for (int n = 0; n < flow.cfg.size(); n++) {
            c.check(n);
        }
        return c.errors;
    }

    private void check(int n) {
        Step step = flow.cfg.steps().get(n);
        BitSet live = flow.liveLoans(n);
        for (int id = live.nextSetBit(0); id >= 0; id = live.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            // a borrow's own loan is live before it only when a loop brings it back from an earlier iteration
            if (step instanceof Step.Borrow b && conflicts(b.loan(), l)) {
                report(n, borrowError(b.loan(), l, n), b.loan().span());
                return;
            }
            if (step instanceof Step.Access a && conflicts(a, l)) {
                report(n, accessError(a, l, n), a.span());
                return;
            }
        }
    }

    private static boolean conflicts(Loan next, Loan held) {
        return (next.mutable() || held.mutable()) && next.place().overlaps(held.place(), true);
    }

    private static boolean conflicts(Step.Access a, Loan held) {
        return switch (a.kind()) {
            case READ -> held.mutable() && a.place().overlaps(held.place(), false);
            case WRITE, MOVE -> a.place().overlaps(held.place(), false);
            case DROP -> held.place().local() == a.place().local() && !held.place().hasDeref();
        };
    }

    private void report(int n, Diagnostic.Builder b, Span at) {
        if (b != null && at != null && reported.add(at)) {
            errors.add(b);
        }
    }

    private Diagnostic.Builder borrowError(Loan next, Loan held, int n) {
        // a loop's borrow meeting its own previous loan: the later use is of a local that kept that loan
        Span later = next.id() == held.id() ? laterUse(n, held, flow.holders(n, held.id())) : laterUse(n, held);
        if (later == null) {
            return null;
        }
        Diagnostic.Builder d;
        if (next.id() == held.id()) {
            // the same borrow, made again by a loop while the previous iteration's one is still in use
            d = Diagnostic.error("E0499", "cannot borrow `" + next.shown() + "` as mutable more than once at a time")
                    .primary(next.span(), "`" + next.shown() + "` was mutably borrowed here in the previous iteration of the loop")
                    .secondary(later, "first borrow used here, in later iteration of loop");
        } else if (next.mutable() && held.mutable()) {
            d = Diagnostic.error("E0499", "cannot borrow `" + next.shown() + "` as mutable more than once at a time")
                    .secondary(held.span(), "first mutable borrow occurs here")
                    .primary(next.span(), "second mutable borrow occurs here")
                    .secondary(later, "first borrow later used here");
        } else if (next.mutable()) {
            // a two-phase borrow conflicts with a shared one when it is activated: at the call
            Span at = next.activation() != null ? next.activation() : next.span();
            d = Diagnostic.error("E0502", "cannot borrow `" + next.shown() + "` as mutable because it is also borrowed as immutable")
                    .secondary(held.span(), "immutable borrow occurs here")
                    .primary(at, "mutable borrow occurs here")
                    .secondary(later, "immutable borrow later used here");
        } else {
            d = Diagnostic.error("E0502", "cannot borrow `" + next.shown() + "` as immutable because it is also borrowed as mutable")
                    .secondary(held.span(), "mutable borrow occurs here")
                    .primary(next.span(), "immutable borrow occurs here")
                    .secondary(later, "mutable borrow later used here");
        }
        return d;
    }

    private Diagnostic.Builder accessError(Step.Access a, Loan held, int n) {
        Span later = laterUse(n, held);
        if (later == null) {
            return null;
        }
        String p = a.shown();
        return switch (a.kind()) {
            case WRITE -> Diagnostic.error("E0506", "cannot assign to `" + p + "` because it is borrowed")
                    .secondary(held.span(), "`" + held.shown() + "` is borrowed here")
                    .primary(a.span(), "`" + p + "` is assigned to here but it was already borrowed")
                    .secondary(later, "borrow later used here");
            case MOVE -> {
                Diagnostic.Builder d = Diagnostic.error("E0505", "cannot move out of `" + p + "` because it is borrowed");
                Span decl = a.place().path().isEmpty() ? declSpans.get(a.place().local()) : null;
                if (decl != null) {
                    d.secondary(decl, "binding `" + p + "` declared here");
                }
                d.secondary(held.span(), "borrow of `" + held.shown() + "` occurs here")
                        .primary(a.span(), "move out of `" + p + "` occurs here")
                        .secondary(later, "borrow later used here");
                if (!held.place().hasDeref() && held.placeSpan() != null) {
                    d.suggestion(held.placeSpan().shrinkToHi(), "consider cloning the value if the performance cost is acceptable",
                            ".clone()");
                }
                yield d;
            }
            case READ -> Diagnostic.error("E0503", "cannot use `" + p + "` because it was mutably borrowed")
                    .secondary(held.span(), "`" + held.shown() + "` is borrowed here")
                    .primary(a.span(), "use of borrowed `" + held.shown() + "`")
                    .secondary(later, "borrow later used here");
            case DROP -> {
                if (temporaries.containsKey(a.place().local())) {
                    yield Diagnostic.error("E0716", "temporary value dropped while borrowed")
                            .primary(held.span(), "creates a temporary value which is freed while still in use")
                            .secondary(a.span(), "temporary value is freed at the end of this statement")
                            .secondary(later, "borrow later used here")
                            .note("consider using a `let` binding to create a longer lived value");
                }
                Diagnostic.Builder d = Diagnostic.error("E0597", "`" + p + "` does not live long enough");
                Span decl = declSpans.get(a.place().local());
                if (decl != null) {
                    d.secondary(decl, "binding `" + p + "` declared here");
                }
                yield d.primary(held.span(), "borrowed value does not live long enough")
                        .secondary(a.span(), "`" + p + "` dropped here while still borrowed")
                        .secondary(later, "borrow later used here");
            }
        };
    }

    private Span laterUse(int n, Loan loan) {
        return laterUse(n, loan, null);
    }

    /**
     * Where a local holding {@code loan} (one of {@code only}, unless null) is next read after node {@code n}
     * (breadth first), or null.
     */
    private Span laterUse(int n, Loan loan, Set<Integer> only) {
        Deque<Integer> work = new ArrayDeque<>(flow.cfg.successors().get(n));
        Set<Integer> seen = new HashSet<>(work);
        while (!work.isEmpty()) {
            int m = work.poll();
            for (Step.Use u : flow.cfg.steps().get(m).uses()) {
                BitSet h = flow.heldIn.get(m).get(u.local());
                if (h != null && h.get(loan.id()) && u.span() != null && (only == null || only.contains(u.local()))) {
                    return u.span();
                }
            }
            for (int s : flow.cfg.successors().get(m)) {
                if (seen.add(s)) {
                    work.add(s);
                }
            }
        }
        return null;
    }
}
