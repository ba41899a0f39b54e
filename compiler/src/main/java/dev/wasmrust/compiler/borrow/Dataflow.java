package dev.wasmrust.compiler.borrow;

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
 * The two analyses a loan's liveness needs: forward, which loans each local may hold before each node;
 * backward, which locals are live (read later) after each node. A loan is live where a live local holds it.
 */
final class Dataflow {
    final Cfg cfg;
    final List<Map<Integer, BitSet>> heldIn = new ArrayList<>();
    final List<Set<Integer>> liveOut = new ArrayList<>();
    /** Per local, the loans of places behind a reference it holds: an assignment to it ends them. */
    private final Map<Integer, BitSet> derefLoans = new HashMap<>();

    Dataflow(Cfg cfg) {
        this.cfg = cfg;
        for (Step s : cfg.steps()) {
            if (s instanceof Step.Borrow b && b.loan().place().hasDeref()) {
                derefLoans.computeIfAbsent(b.loan().place().local(), k -> new BitSet()).set(b.loan().id());
            }
        }
        held();
        liveness();
    }

    /**
     * The loans live at node {@code n}: those held before it by a local that is live after it. A local the
     * node overwrites does not count: what it held before is gone (a loop's borrow into the same temporary).
     */
    BitSet liveLoans(int n) {
        BitSet out = new BitSet();
        Map<Integer, BitSet> in = heldIn.get(n);
        Integer def = def(cfg.steps().get(n));
        for (int local : liveOut.get(n)) {
            if (def != null && def == local) {
                continue;
            }
            BitSet h = in.get(local);
            if (h != null) {
                out.or(h);
            }
        }
        return out;
    }

    /** The locals that hold {@code loan} before node {@code n} and are live after it (its overwritten local aside). */
    Set<Integer> holders(int n, int loan) {
        Set<Integer> out = new HashSet<>();
        Integer def = def(cfg.steps().get(n));
        for (int local : liveOut.get(n)) {
            BitSet h = heldIn.get(n).get(local);
            if (h != null && h.get(loan) && (def == null || def != local)) {
                out.add(local);
            }
        }
        return out;
    }

    // ---- forward: loans held ----

    private void held() {
        int n = cfg.size();
        List<Map<Integer, BitSet>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            heldIn.add(new HashMap<>());
            out.add(null);
        }
        Deque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int i = 0; i < n; i++) {
            work.add(i);
            queued[i] = true;
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i] = false;
            Map<Integer, BitSet> in = new HashMap<>();
            for (int p : cfg.predecessors().get(i)) {
                if (out.get(p) != null) {
                    merge(in, out.get(p));
                }
            }
            heldIn.set(i, in);
            Map<Integer, BitSet> o = transfer(cfg.steps().get(i), in);
            if (!o.equals(out.get(i))) {
                out.set(i, o);
                for (int s : cfg.successors().get(i)) {
                    if (!queued[s]) {
                        queued[s] = true;
                        work.add(s);
                    }
                }
            }
        }
    }

    private static void merge(Map<Integer, BitSet> into, Map<Integer, BitSet> from) {
        from.forEach((k, v) -> {
            BitSet b = into.get(k);
            if (b == null) {
                into.put(k, (BitSet) v.clone());
            } else {
                b.or(v);
            }
        });
    }

    private BitSet union(Map<Integer, BitSet> in, List<Step.Use> uses) {
        BitSet s = new BitSet();
        for (Step.Use u : uses) {
            BitSet h = in.get(u.local());
            if (h != null) {
                s.or(h);
            }
        }
        return s;
    }

    private Map<Integer, BitSet> transfer(Step step, Map<Integer, BitSet> in) {
        Map<Integer, BitSet> out = new HashMap<>();
        in.forEach((k, v) -> out.put(k, (BitSet) v.clone()));
        if (step instanceof Step.Borrow b) {
            BitSet s = union(in, b.uses());
            s.set(b.loan().id());
            put(out, b.target(), s);
        } else if (step instanceof Step.Flow f) {
            BitSet s = union(in, f.uses());
            if (f.kill()) {
                BitSet ended = derefLoans.get(f.target());
                if (ended != null) {
                    out.values().forEach(h -> h.andNot(ended));
                    s.andNot(ended);
                }
                put(out, f.target(), s);
            } else {
                BitSet h = out.get(f.target());
                if (h == null) {
                    put(out, f.target(), s);
                } else {
                    h.or(s);
                }
            }
        } else if (step instanceof Step.Access a && a.kind() == Step.Kind.DROP) {
            out.remove(a.place().local());
        }
        return out;
    }

    private static void put(Map<Integer, BitSet> m, int local, BitSet s) {
        if (s.isEmpty()) {
            m.remove(local);
        } else {
            m.put(local, s);
        }
    }

    // ---- backward: live locals ----

    private void liveness() {
        int n = cfg.size();
        List<Set<Integer>> liveIn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            liveIn.add(new HashSet<>());
            liveOut.add(new HashSet<>());
        }
        Deque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            work.add(i);
            queued[i] = true;
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i] = false;
            Set<Integer> out = new HashSet<>();
            for (int s : cfg.successors().get(i)) {
                out.addAll(liveIn.get(s));
            }
            liveOut.set(i, out);
            Step step = cfg.steps().get(i);
            Set<Integer> in = new HashSet<>(out);
            Integer def = def(step);
            if (def != null) {
                in.remove(def);
            }
            for (Step.Use u : step.uses()) {
                in.add(u.local());
            }
            if (!in.equals(liveIn.get(i))) {
                liveIn.set(i, in);
                for (int p : cfg.predecessors().get(i)) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
    }

    private static Integer def(Step s) {
        if (s instanceof Step.Borrow b) {
            return b.target();
        }
        if (s instanceof Step.Flow f && f.kill()) {
            return f.target();
        }
        if (s instanceof Step.Access a && a.kind() == Step.Kind.DROP) {
            return a.place().local();
        }
        return null;
    }
}
