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

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }
}
