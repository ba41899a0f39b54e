package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.types.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The borrow phase's check of references, with non-lexical lifetimes as rustc has them: a loan lasts from
 * the borrow to the last use of a value derived from it, along the control flow. The body becomes a graph
 * of borrows, accesses and flows of loans ({@link CfgBuilder}); a dataflow finds where each loan is live
 * ({@link Dataflow}); an access that conflicts with a live loan is an error ({@link Conflicts}). Where the
 * flow of loans is not known (closures, type parameters, lifetimes hidden in library types) the check
 * assumes no loan, so it may miss an error but never rejects a program rustc accepts for that reason.
 */
public final class BorrowCheck {
    private BorrowCheck() {}

    /**
     * The borrow errors of one function. {@code signatures} gives a called function's signature by its symbol
     * ({@link CallSignature#UNKNOWN} when there is none to read).
     */
    public static List<Diagnostic.Builder> check(TFunction fn, Predicate<Type> isCopy,
                                                 Function<String, CallSignature> signatures) {
        CfgBuilder b = new CfgBuilder(isCopy, BorrowCheck::carriesRefs, signatures);
        Cfg cfg = b.build(fn.body());
        return Conflicts.find(new Dataflow(cfg), b.declSpans, b.temporaries);
    }

    /** Whether a value of type {@code t} may hold a reference (through fields of structs and enums too). */
    static boolean carriesRefs(Type t) {
        return carriesRefs(t, new HashSet<>());
    }

    private static boolean carriesRefs(Type t, Set<String> seen) {
        if (t instanceof Type.Ref) {
            return true;
        }
        if (t instanceof Type.Tuple tu) {
            return tu.elems().stream().anyMatch(e -> carriesRefs(e, seen));
        }
        if (t instanceof Type.Array a) {
            return carriesRefs(a.elem(), seen);
        }
        if (t instanceof Type.Slice s) {
            return carriesRefs(s.elem(), seen);
        }
        if (t instanceof Type.Adt a) {
            if (a.args().stream().anyMatch(e -> carriesRefs(e, seen))) {
                return true;
            }
            if (!seen.add(a.def().path())) {
                return false;
            }
            for (AdtDef.Variant v : a.def().variants()) {
                for (AdtDef.Field f : v.fields()) {
                    if (carriesRefs(Types.subst(f.type(), a.args()), seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
