package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The entry point: checks the arms of a {@code match} (or the pattern of a {@code let}, as one arm)
 * against the scrutinee's type.
 */
public final class MatchCheck {
    /** Patterns nested deeper than this are checked on a thread with a large stack. */
    private static final int DEEP = 200;

    private MatchCheck() {}

    /** Checks a scrutinee that surely holds a valid value (any place expression not behind a reference). */
    public static MatchReport check(PatType scrutinee, List<Arm> arms) {
        return check(scrutinee, arms, true);
    }

    /**
     * @param knownValid false when the scrutinee is read through a reference or pointer ({@code match *r}),
     *     where rustc does not let arms for empty types be left out
     */
    public static MatchReport check(PatType scrutinee, List<Arm> arms, boolean knownValid) {
        int depth = 0;
        for (Arm a : arms) {
            depth = Math.max(depth, depth(a.pattern()));
        }
        if (depth <= DEEP) {
            return run(scrutinee, arms, knownValid);
        }
        // the algorithm recurses once per constructor along a path; rustc grows its stack the same way
        AtomicReference<MatchReport> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(run(scrutinee, arms, knownValid));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "pattern-check", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking patterns", e);
        }
        if (failure.get() instanceof RuntimeException re) {
            throw re;
        } else if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    private static MatchReport run(PatType scrutinee, List<Arm> arms, boolean knownValid) {
        Types types = new Types();
        Lowering lowering = new Lowering(types);
        List<DPat> pats = new ArrayList<>();
        List<Boolean> guards = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            pats.add(lowering.lower(arms.get(i).pattern(), scrutinee, i));
            guards.add(arms.get(i).hasGuard());
        }
        Usefulness u = new Usefulness(types);
        List<Usefulness.Stack> found = u.compute(Usefulness.initial(pats, guards, scrutinee, knownValid));
        List<Witness> witnesses = new ArrayList<>();
        for (Usefulness.Stack w : found) {
            witnesses.add(new Witness(w.top()));
        }
        List<Unreachable> unreachable = new ArrayList<>();
        for (int i = 0; i < pats.size(); i++) {
            DPat p = pats.get(i);
            Usefulness.Branch b = u.branch(p);
            if (b != null && !b.useful) {
                unreachable.add(explain(i, p, true, b, types));
            } else {
                List<Unreachable> inner = new ArrayList<>();
                redundantSubpatterns(i, p, u, types, inner);
                // reported in source order, as rustc does
                inner.sort(Comparator.comparingInt(x -> x.pattern().span() == null ? 0 : x.pattern().span().lo()));
                unreachable.addAll(inner);
            }
        }
        return new MatchReport(scrutinee, arms, witnesses, unreachable);
    }

    private static void redundantSubpatterns(int arm, DPat p, Usefulness u, Types types, List<Unreachable> out) {
        for (DPat f : p.fields()) {
            if (f == null) {
                continue;
            }
            Usefulness.Branch b = u.branch(f);
            if (b != null && !b.useful) {
                out.add(explain(arm, f, false, b, types));
            } else {
                redundantSubpatterns(arm, f, u, types, out);
            }
        }
    }

    private static Unreachable explain(int arm, DPat p, boolean wholeArm, Usefulness.Branch b, Types types) {
        List<DPat> covering = new ArrayList<>(b.coveredBy);
        covering.sort(Comparator.comparingInt(DPat::uid));
        List<CPat> coveredBy = new ArrayList<>();
        for (DPat c : covering) {
            coveredBy.add(c.source());
        }
        boolean catchall = covering.size() == 1 && isCatchall(covering.get(0));
        PatType empty = covering.isEmpty() ? uninhabitedPart(p, types) : null;
        return new Unreachable(arm, p.source(), wholeArm, coveredBy, catchall, empty);
    }

    /** {@code _}, {@code x}, and tuples, structs and references made only of those. */
    private static boolean isCatchall(DPat p) {
        if (p.ctor() instanceof Ctor.Wildcard) {
            return true;
        }
        if (p.ctor() instanceof Ctor.Struct || p.ctor() instanceof Ctor.Ref) {
            for (DPat f : p.fields()) {
                if (f != null && !isCatchall(f)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The first type inside the pattern, outside references, that has no values. */
    private static PatType uninhabitedPart(DPat p, Types types) {
        PatType found = findUninhabited(p, types);
        return found != null ? found : p.type();
    }

    private static PatType findUninhabited(DPat p, Types types) {
        if (types.isUninhabited(p.type())) {
            return p.type();
        }
        if (p.ctor() instanceof Ctor.Ref) {
            return null;
        }
        for (DPat f : p.fields()) {
            if (f != null) {
                PatType t = findUninhabited(f, types);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** How deeply the pattern nests, counted without recursion so that any depth can be measured. */
    private static int depth(CPat root) {
        int max = 0;
        java.util.ArrayDeque<Object[]> todo = new java.util.ArrayDeque<>();
        todo.push(new Object[] {root, 1});
        while (!todo.isEmpty()) {
            Object[] item = todo.pop();
            CPat p = (CPat) item[0];
            int d = (Integer) item[1];
            max = Math.max(max, d);
            List<CPat> children = new ArrayList<>();
            if (p instanceof CPat.Bind b && b.sub() != null) {
                children.add(b.sub());
            } else if (p instanceof CPat.Variant v) {
                children.addAll(v.fields());
            } else if (p instanceof CPat.Tuple t) {
                children.addAll(t.elems());
            } else if (p instanceof CPat.Ref r) {
                children.add(r.inner());
            } else if (p instanceof CPat.Slice s) {
                children.addAll(s.prefix());
                children.addAll(s.suffix());
            } else if (p instanceof CPat.Or o) {
                children.addAll(o.alts());
            }
            for (CPat c : children) {
                if (c != null) {
                    todo.push(new Object[] {c, d + 1});
                }
            }
        }
        return max;
    }
}
