package dev.wasmrust.repl.analysis;

import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.Type;
import java.util.ArrayList;
import java.util.List;

/** The variables bound at the top level of an assembled program's {@code main}, with their checked types. */
public final class MainLocals {
    /** One binding; {@code line} is its 1-based line in the assembled program. */
    public record Binding(String name, Type type, boolean mutable, int line) {}

    private MainLocals() {}

    public static List<Binding> of(TProgram program, dev.wasmrust.compiler.source.SourceFile file) {
        List<Binding> out = new ArrayList<>();
        if (program == null) {
            return out;
        }
        for (TFunction f : program.functions()) {
            if (f.symbol().equals(program.mainSymbol()) && f.body() instanceof TExpr.Block b) {
                for (TStmt s : b.stmts()) {
                    if (s instanceof TStmt.Let let) {
                        // a plain `let x` pattern has no span of its own; its initializer is on the same line
                        int line = let.init() == null || let.init().span() == null || let.init().span().isDummy()
                                || let.init().span().file() != file.id() ? -1 : file.line(let.init().span().lo());
                        collect(let.pat(), file, line, out);
                    }
                }
            }
        }
        return out;
    }

    private static void collect(TPat p, dev.wasmrust.compiler.source.SourceFile file, int letLine, List<Binding> out) {
        if (p instanceof TPat.Binding b) {
            TLocal l = b.local();
            int line = b.span() == null || b.span().isDummy() || b.span().file() != file.id() ? letLine : file.line(b.span().lo());
            out.add(new Binding(l.name(), l.type(), l.mutable(), line));
            if (b.sub() != null) {
                collect(b.sub(), file, letLine, out);
            }
        } else if (p instanceof TPat.Tuple t) {
            t.elems().forEach(e -> collect(e, file, letLine, out));
        } else if (p instanceof TPat.Variant v) {
            v.fields().forEach(e -> collect(e, file, letLine, out));
        } else if (p instanceof TPat.Deref d) {
            collect(d.inner(), file, letLine, out);
        } else if (p instanceof TPat.Slice s) {
            s.prefix().forEach(e -> collect(e, file, letLine, out));
            if (s.rest() != null) {
                collect(s.rest(), file, letLine, out);
            }
            s.suffix().forEach(e -> collect(e, file, letLine, out));
        } else if (p instanceof TPat.Or o && !o.alts().isEmpty()) {
            collect(o.alts().get(0), file, letLine, out);
        }
    }

    /** {@code &T} as the value's own type {@code T}. */
    public static Type deref(Type t) {
        return t instanceof Type.Ref r ? r.inner() : t;
    }

    public static boolean isUnitLike(Type t) {
        return t instanceof Type.Unit || t instanceof Type.Never;
    }
}
