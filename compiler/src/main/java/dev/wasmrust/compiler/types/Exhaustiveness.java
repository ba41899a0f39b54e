package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.patterns.Arm;
import dev.wasmrust.compiler.patterns.CPat;
import dev.wasmrust.compiler.patterns.LetSite;
import dev.wasmrust.compiler.patterns.MatchCheck;
import dev.wasmrust.compiler.patterns.MatchReport;
import dev.wasmrust.compiler.patterns.MatchSite;
import dev.wasmrust.compiler.patterns.NonExhaustiveDiagnostic;
import dev.wasmrust.compiler.patterns.PatType;
import dev.wasmrust.compiler.patterns.RefutableLetDiagnostic;
import dev.wasmrust.compiler.patterns.UnreachablePatternLint;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TPat;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects checked matches and `let` patterns to the exhaustiveness checker ({@code patterns} package):
 * translates types and patterns into its model and reports E0004, E0005 and the unreachable-pattern
 * warning it words.
 */
final class Exhaustiveness {
    private Exhaustiveness() {}

    static void checkMatch(TypeChecker tc, Expr.Match m, TExpr scrut, List<TArm> arms) {
        Type t = tc.inf.deep(scrut.type());
        if (Types.any(t, x -> x instanceof Type.Error || x instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL)) {
            return;
        }
        PatType pt = patType(tc, t);
        List<Arm> cas = new ArrayList<>();
        for (TArm a : arms) {
            cas.add(new Arm(cpat(tc, a.pat()), a.guard() != null));
        }
        MatchReport r = MatchCheck.check(pt, cas, !(scrut instanceof TExpr.Deref));
        List<Span> armSpans = new ArrayList<>();
        for (Expr.MatchArm a : m.arms()) {
            armSpans.add(a.pat().span().to(a.body().span()));
        }
        Span braces = new Span(m.span().file(), m.scrutinee().span().hi(), m.span().hi());
        MatchSite site = new MatchSite(m.scrutinee().span(), braces, armSpans);
        if (!r.isExhaustive()) {
            tc.diags.report(NonExhaustiveDiagnostic.of(r, site, tc.sources));
        }
        List<Diagnostic> warnings = UnreachablePatternLint.of(r, site, tc.sources, !tc.lintNoteShown("unreachable_patterns"));
        if (!warnings.isEmpty()) {
            tc.lintNotesShownAdd("unreachable_patterns");
        }
        warnings.forEach(tc.diags::report);
    }

    /** True (after reporting E0005) when a `let` pattern without `else` does not match every value. */
    static boolean refutableLet(TypeChecker tc, Stmt.Let let, TPat pat, Type type) {
        Type t = tc.inf.deep(type);
        if (Types.any(t, x -> x instanceof Type.Error || x instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL)) {
            return false;
        }
        MatchReport r = MatchCheck.check(patType(tc, t), List.of(Arm.of(cpat(tc, pat))));
        if (r.isExhaustive()) {
            return false;
        }
        Span stmt = let.init() == null ? null : new Span(let.span().file(), let.span().lo(), let.init().span().hi());
        tc.diags.report(RefutableLetDiagnostic.of(r, new LetSite(let.pat().span(), stmt), tc.sources));
        return true;
    }

    static PatType patType(TypeChecker tc, Type t) {
        Type s = tc.inf.shallow(t);
        if (s instanceof Type.Bool) {
            return new PatType.Bool();
        }
        if (s instanceof Type.Int i) {
            return PatType.Int.named(i.kind().rustName());
        }
        if (s instanceof Type.Var v && v.kind() == Type.VarKind.INT) {
            return PatType.Int.named("i32");
        }
        if (s instanceof Type.Char) {
            return new PatType.Char();
        }
        if (s instanceof Type.Unit) {
            return new PatType.Tuple(List.of());
        }
        if (s instanceof Type.Tuple tu) {
            return new PatType.Tuple(tu.elems().stream().map(e -> patType(tc, e)).toList());
        }
        if (s instanceof Type.Ref r) {
            return new PatType.Ref(patType(tc, r.inner()), r.mutable());
        }
        if (s instanceof Type.Array a) {
            return new PatType.Array(patType(tc, a.elem()), (int) a.len());
        }
        if (s instanceof Type.Slice sl) {
            return new PatType.Slice(patType(tc, sl.elem()));
        }
        if (s instanceof Type.Never) {
            return new PatType.Never();
        }
        if (s instanceof Type.Adt a && a.def().lang() == null) {
            boolean std = a.def().path().startsWith("core::");
            List<PatType.Variant> vs = new ArrayList<>();
            for (AdtDef.Variant v : a.def().variants()) {
                List<String> names = new ArrayList<>();
                List<PatType> fts = new ArrayList<>();
                for (AdtDef.Field f : v.fields()) {
                    names.add(f.name());
                    Type ft = Types.fieldType(a, f);
                    fts.add(new PatType.Lazy(ft.toString(), () -> patType(tc, ft)));
                }
                PatType.VariantKind kind = switch (v.ctor()) {
                    case UNIT -> PatType.VariantKind.UNIT;
                    case TUPLE -> PatType.VariantKind.TUPLE;
                    default -> PatType.VariantKind.STRUCT;
                };
                vs.add(new PatType.Variant(v.name(), kind, names, fts, v.span()));
            }
            return new PatType.Adt(a.toString(), std ? "" : a.def().name(), vs, a.def().isEnum(),
                    new PatType.Definition(a.def().nameSpan(), !std));
        }
        return new PatType.Opaque(s.toString());
    }

    /** A pattern constant's value (literals are checked before their types are final, so read them directly). */
    private static BigInteger intValue(TExpr v) {
        if (v instanceof TExpr.IntConst c) {
            return c.value();
        }
        if (v instanceof TExpr.CharConst c) {
            return BigInteger.valueOf(c.codePoint());
        }
        if (v instanceof TExpr.Unary u && u.op() == dev.wasmrust.compiler.ast.UnOp.NEG && u.operand() instanceof TExpr.IntConst c) {
            return c.value().negate();
        }
        return OverflowLint.constantValue(v);
    }

    static CPat cpat(TypeChecker tc, TPat p) {
        Span sp = p.span();
        if (p instanceof TPat.Wild) {
            return new CPat.Wild(sp);
        }
        if (p instanceof TPat.Binding b) {
            return new CPat.Bind(b.local().name(), b.sub() == null ? null : cpat(tc, b.sub()), sp);
        }
        if (p instanceof TPat.Lit l) {
            TExpr v = l.value();
            if (v instanceof TExpr.BoolConst bc) {
                return new CPat.BoolLit(bc.value(), sp);
            }
            if (v instanceof TExpr.CharConst cc) {
                return new CPat.CharLit(cc.codePoint(), sp);
            }
            BigInteger n = intValue(v);
            Type vt = tc.inf.shallow(v.type());
            if (n != null && (vt instanceof Type.Int || vt instanceof Type.Var tv && tv.kind() == Type.VarKind.INT)) {
                return new CPat.IntLit(n, sp);
            }
            return new CPat.OpaqueLit(tc.sources.file(sp).slice(sp), sp);
        }
        if (p instanceof TPat.Range r) {
            Type rt = tc.inf.shallow(r.type());
            if (!(rt instanceof Type.Int || rt instanceof Type.Char || rt instanceof Type.Var)) {
                return new CPat.OpaqueLit(tc.sources.file(sp).slice(sp), sp);
            }
            BigInteger lo = r.lo() == null ? null : intValue(r.lo());
            BigInteger hi = r.hi() == null ? null : intValue(r.hi());
            return new CPat.Range(lo, hi, r.inclusive(), sp);
        }
        if (p instanceof TPat.Tuple t) {
            return new CPat.Tuple(t.elems().stream().map(e -> cpat(tc, e)).toList(), sp);
        }
        if (p instanceof TPat.Variant v) {
            return new CPat.Variant(v.variant(), v.fields().stream().map(e -> cpat(tc, e)).toList(), sp);
        }
        if (p instanceof TPat.Deref d) {
            CPat inner = cpat(tc, d.inner());
            return d.implicit() ? inner : new CPat.Ref(inner, sp);
        }
        if (p instanceof TPat.Or o) {
            return new CPat.Or(o.alts().stream().map(e -> cpat(tc, e)).toList(), sp);
        }
        TPat.Slice s = (TPat.Slice) p;
        return new CPat.Slice(s.prefix().stream().map(e -> cpat(tc, e)).toList(), s.hasRest(),
                s.suffix().stream().map(e -> cpat(tc, e)).toList(), sp);
    }
}
