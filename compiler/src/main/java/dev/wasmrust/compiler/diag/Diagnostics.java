package dev.wasmrust.compiler.diag;

import java.util.ArrayList;
import java.util.List;

/** The diagnostics of one compilation, in the order they were reported. One per compilation, never shared. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private int errors;

    public void report(Diagnostic d) {
        all.add(d);
        if (d.isError()) {
            errors++;
        }
    }

    public void report(Diagnostic.Builder b) {
        report(b.build());
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    /**
     * Reorders the diagnostics reported since the first {@code from} by {@code rank} (lower first), keeping the
     * reporting order within a rank: a phase that finds problems in a different order than rustc reports them.
     */
    public void reorderFrom(int from, java.util.function.ToIntFunction<Diagnostic> rank) {
        List<Diagnostic> tail = new ArrayList<>(all.subList(from, all.size()));
        tail.sort(java.util.Comparator.comparingInt(rank));
        for (int i = 0; i < tail.size(); i++) {
            all.set(from + i, tail.get(i));
        }
    }

    public int size() {
        return all.size();
    }

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }
}
