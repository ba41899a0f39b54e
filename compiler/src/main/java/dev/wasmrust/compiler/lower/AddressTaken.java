package dev.wasmrust.compiler.lower;


import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TExprs;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TStmt;
import java.util.Set;

/**
 * Finds the locals whose address is taken ({@code &x}, {@code &mut x}, a method's auto-reference, a
 * by-reference binding into a local scrutinee): those live in the frame instead of wasm locals.
 */
final class AddressTaken {
    private AddressTaken() {}

    static void collect(TExpr e, Set<Integer> out) {
        if (e == null) {
            return;
        }
        if (e instanceof TExpr.AddrOf a && a.place() instanceof TExpr.LocalRef l) {
            out.add(l.local().id());
        }
        if (e instanceof TExpr.Match m && m.scrutinee() instanceof TExpr.LocalRef l
                && m.arms().stream().anyMatch(arm -> bindsByRef(arm.pat()))) {
            out.add(l.local().id());
        }
        if (e instanceof TExpr.Block b) {
            for (TStmt s : b.stmts()) {
                if (s instanceof TStmt.Let let && let.init() instanceof TExpr.LocalRef l && bindsByRef(let.pat())) {
                    out.add(l.local().id());
                }
            }
        }
        for (TExpr c : TExprs.children(e)) {
            collect(c, out);
        }
    }

    static boolean bindsByRef(TPat p) {
        if (p instanceof TPat.Binding b) {
            return b.mode() != TPat.BindMode.MOVE || b.sub() != null && bindsByRef(b.sub());
        }
        if (p instanceof TPat.Tuple t) {
            return t.elems().stream().anyMatch(AddressTaken::bindsByRef);
        }
        if (p instanceof TPat.Variant v) {
            return v.fields().stream().anyMatch(AddressTaken::bindsByRef);
        }
        if (p instanceof TPat.Deref d) {
            return bindsByRef(d.inner());
        }
        if (p instanceof TPat.Or o) {
            return o.alts().stream().anyMatch(AddressTaken::bindsByRef);
        }
        if (p instanceof TPat.Slice s) {
            return s.prefix().stream().anyMatch(AddressTaken::bindsByRef) || s.suffix().stream().anyMatch(AddressTaken::bindsByRef)
                    || s.rest() != null && bindsByRef(s.rest());
        }
        return false;
    }

}
