package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Inst;
import dev.wasmrust.compiler.wasmir.WirFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The session's interrupt check in a cell's functions: at entry (recursion) and at the top of every loop
 * (each back-edge passes there). Chicory's interpreter does not notice a thread interrupt on a
 * {@code br_if} back-edge, so endless loops are stopped by this check: two instructions while no
 * interrupt is pending, then a call that never returns.
 */
final class CellInterrupts {
    private CellInterrupts() {}

    static WirFunction instrument(WirFunction f, String exportName) {
        List<Inst> body = new ArrayList<>(f.body().size() + 8);
        check(body);
        for (Inst i : f.body()) {
            body.add(i);
            if (i instanceof Inst.Loop) {
                check(body);
            }
        }
        return new WirFunction(f.name(), f.params(), f.results(), f.locals(), body, exportName);
    }

    private static void check(List<Inst> body) {
        body.add(new Inst.GlobalGet(RuntimeLibrary.INTERRUPT_FLAG));
        body.add(new Inst.If(BlockType.EMPTY));
        body.add(new Inst.Call(RuntimeLibrary.INTERRUPTED));
        body.add(new Inst.End());
    }

    /** The locals a pattern binds. */
    static void bindings(TPat p, Set<Integer> out) {
        if (p instanceof TPat.Binding b) {
            out.add(b.local().id());
            if (b.sub() != null) {
                bindings(b.sub(), out);
            }
        } else if (p instanceof TPat.Tuple t) {
            t.elems().forEach(e -> bindings(e, out));
        } else if (p instanceof TPat.Variant v) {
            v.fields().forEach(e -> bindings(e, out));
        } else if (p instanceof TPat.Deref d) {
            bindings(d.inner(), out);
        } else if (p instanceof TPat.Or o && !o.alts().isEmpty()) {
            bindings(o.alts().get(0), out);
        } else if (p instanceof TPat.Slice s) {
            s.prefix().forEach(e -> bindings(e, out));
            if (s.rest() != null) {
                bindings(s.rest(), out);
            }
            s.suffix().forEach(e -> bindings(e, out));
        }
    }

}
