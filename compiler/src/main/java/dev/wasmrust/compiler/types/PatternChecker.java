package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TPat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks patterns against the type of the value they match, with default binding modes (a non-reference
 * pattern matched through a reference dereferences it and binds by reference), and {@code match},
 * {@code if let}, {@code while let} and {@code let}-patterns built on them.
 */
final class PatternChecker {
    private final TypeChecker tc;

    PatternChecker(TypeChecker tc) {
        this.tc = tc;
    }

    /** The bindings a pattern introduces, by name in source order, collected while checking it. */
    static final class Bindings {
        final Map<String, TLocal> locals = new LinkedHashMap<>();
        final Map<String, Span> spans = new LinkedHashMap<>();
        /** Set while checking the second and later alternatives of an or-pattern: names must match these. */
        Map<String, TLocal> orTemplate;
    }

    /** Checks {@code pat} against {@code type}; its bindings are collected in {@code b} (define them after). */
    TPat check(Pat pat, Type type, Bindings b) {
        return check(pat, type, TPat.BindMode.MOVE, b);
    }

    void define(Bindings b) {
        for (Map.Entry<String, TLocal> e : b.locals.entrySet()) {
            Span sp = b.spans.get(e.getKey());
            tc.scope.define(e.getKey(), new Scope.LocalBinding(e.getValue(), sp, sp));
        }
    }

    private TPat check(Pat pat, Type type, TPat.BindMode mode, Bindings b) {
        Type t = tc.inf.shallow(type);
        if (pat instanceof Pat.ParenPat pp) {
            return check(pp.inner(), type, mode, b);
        }
        if (pat instanceof Pat.Wild w) {
            return new TPat.Wild(type, w.span());
        }
        if (pat instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef() && !ip.mutability().isMut()) {
            TPat named = namedConstant(ip.name().name(), type, mode, ip.span(), b);
            if (named != null) {
                return named;
            }
        }
        if (pat instanceof Pat.IdentPat ip) {
            return binding(ip, type, mode, b);
        }
        // a string literal pattern has type `&str`: it matches a `&str` without dereferencing it
        if (pat instanceof Pat.LitPat sl && sl.expr() instanceof Expr.LitExpr le
                && (le.lit() instanceof dev.wasmrust.compiler.ast.Lit.Str || le.lit() instanceof dev.wasmrust.compiler.ast.Lit.ByteStr)
                && t instanceof Type.Ref sr && !(tc.inf.shallow(sr.inner()) instanceof Type.Ref)) {
            return literal(sl.expr(), type, pat.span());
        }
        // default binding modes: a non-reference pattern against a reference dereferences it
        if (t instanceof Type.Ref r && !(pat instanceof Pat.RefPat) && !(pat instanceof Pat.Rest)) {
            TPat.BindMode inner = !r.mutable() || mode == TPat.BindMode.REF ? TPat.BindMode.REF : TPat.BindMode.REF_MUT;
            TPat p = check(pat, r.inner(), inner, b);
            return new TPat.Deref(p, true, type, pat.span());
        }
        if (pat instanceof Pat.RefPat rp) {
            if (t instanceof Type.Ref r) {
                if (rp.mutability().isMut() && !r.mutable()) {
                    mismatch(pat.span(), type, "&mut _");
                    return new TPat.Wild(type, pat.span());
                }
                return new TPat.Deref(check(rp.pat(), r.inner(), TPat.BindMode.MOVE, b), false, type, pat.span());
            }
            if (t instanceof Type.Var) {
                Type inner = tc.inf.freshGeneral();
                tc.inf.unify(t, new Type.Ref(rp.mutability().isMut(), inner));
                return new TPat.Deref(check(rp.pat(), inner, TPat.BindMode.MOVE, b), false, type, pat.span());
            }
            mismatch(pat.span(), type, "&_");
            return new TPat.Wild(type, pat.span());
        }
        if (pat instanceof Pat.LitPat lp) {
            return literal(lp.expr(), type, pat.span());
        }
        if (pat instanceof Pat.RangePat rp) {
            return range(rp, type);
        }
        if (pat instanceof Pat.TuplePat tp) {
            return tuple(tp, type, mode, b);
        }
        if (pat instanceof Pat.TupleStructPat ts) {
            return tupleStruct(ts, type, mode, b);
        }
        if (pat instanceof Pat.StructPat sp) {
            return struct(sp, type, mode, b);
        }
        if (pat instanceof Pat.PathPat pp) {
            return path(pp.path(), type, pat.span());
        }
        if (pat instanceof Pat.OrPat op) {
            return or(op, type, mode, b);
        }
        if (pat instanceof Pat.SlicePat sp) {
            return slice(sp, type, mode, b);
        }
        if (pat instanceof Pat.Error) {
            return new TPat.Wild(Type.ERROR, pat.span());
        }
        tc.unsupported(pat.span(), pat instanceof Pat.BoxPat ? "`box` patterns" : pat instanceof Pat.Rest
                ? "`..` outside tuple, tuple-struct and slice patterns" : "this kind of pattern");
        return new TPat.Wild(Type.ERROR, pat.span());
    }

    private void mismatch(Span at, Type expected, String found) {
        tc.diags.report(Diagnostic.error("E0308", "mismatched types")
                .primary(at, "expected `" + tc.show(expected) + "`, found `" + found + "`")
                .note("expected " + describe(expected) + "\n   found " + describeFound(found)));
    }

    private String describe(Type t) {
        Type s = tc.inf.shallow(t);
        if (s instanceof Type.Adt a) {
            return (a.def().isEnum() ? "enum" : "struct") + " `" + a + "`";
        }
        if (s instanceof Type.Ref) {
            return "reference `" + tc.show(s) + "`";
        }
        if (s instanceof Type.Tuple) {
            return "tuple `" + tc.show(s) + "`";
        }
        return "type `" + tc.show(s) + "`";
    }

    private static String describeFound(String found) {
        if (found.startsWith("&")) {
            return "reference `" + found + "`";
        }
        if (found.startsWith("(")) {
            return "tuple `" + found + "`";
        }
        return "type `" + found + "`";
    }

    /** A bare name that resolves to a unit struct, a unit variant in scope or a constant is not a binding. */
    private TPat namedConstant(String name, Type type, TPat.BindMode mode, Span span, Bindings b) {
        Scope.Found f = tc.scope.lookup(name);
        if (f == null) {
            return null;
        }
        if (f.binding() instanceof Scope.CtorBinding cb && cb.def().variants().get(cb.variant()).ctor() == AdtDef.CtorKind.UNIT) {
            return derefThen(type, mode, b, span, inner -> variant(new DataChecks.VariantRef(tc.freshAdt(cb.def()),
                    cb.variant()), List.of(), inner, span));
        }
        if (f.binding() instanceof Scope.ConstBinding) {
            return derefThen(type, mode, b, span, inner -> literal(new Expr.PathExpr(List.of(), null,
                    new Path(false, List.of(new dev.wasmrust.compiler.ast.PathSegment(
                            new dev.wasmrust.compiler.ast.Ident(name, false, span), null)), span), span), inner, span));
        }
        return null;
    }

    private TPat derefThen(Type type, TPat.BindMode mode, Bindings b, Span span, java.util.function.Function<Type, TPat> then) {
        Type t = tc.inf.shallow(type);
        if (t instanceof Type.Ref r) {
            return new TPat.Deref(derefThen(r.inner(), mode, b, span, then), true, type, span);
        }
        return then.apply(type);
    }

    private TPat binding(Pat.IdentPat ip, Type type, TPat.BindMode mode, Bindings b) {
        TPat.BindMode m = ip.byRef() ? (ip.mutability().isMut() ? TPat.BindMode.REF_MUT : TPat.BindMode.REF) : mode;
        Type localType = switch (m) {
            case REF -> new Type.Ref(false, type);
            case REF_MUT -> new Type.Ref(true, type);
            default -> type;
        };
        boolean mutable = !ip.byRef() && ip.mutability().isMut();
        String name = ip.name().name();
        TLocal local;
        if (b.orTemplate != null && b.orTemplate.containsKey(name)) {
            local = b.orTemplate.get(name);
            if (!tc.inf.unify(local.type(), localType)) {
                tc.diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(ip.name().span(), "expected `" + tc.show(local.type()) + "`, found `" + tc.show(localType) + "`")
                        .note("in the same arm, a binding must have the same type in all alternatives"));
            }
        } else {
            if (b.locals.containsKey(name)) {
                tc.diags.report(Diagnostic.error("E0416", "identifier `" + name + "` is bound more than once in the same pattern")
                        .primary(ip.name().span(), "used in a pattern more than once"));
            }
            local = tc.newLocal(name, localType, mutable);
        }
        b.locals.put(name, local);
        b.spans.put(name, ip.name().span());
        TPat sub = ip.sub() == null ? null : check(ip.sub(), type, mode, b);
        return new TPat.Binding(local, m, sub, type, ip.span());
    }

    private TPat literal(Expr e, Type type, Span span) {
        TExpr v = tc.check(e, type);
        Type vt = tc.inf.shallow(v.type());
        if (Type.isStrRef(vt) && tc.inf.shallow(type) instanceof Type.Ref) {
            tc.inf.unify(vt, type);
        } else if (!tc.inf.unify(v.type(), type)) {
            tc.diags.report(Diagnostic.error("E0308", "mismatched types")
                    .primary(span, "expected `" + tc.show(type) + "`, found `" + tc.show(v.type()) + "`")
                    .secondary(span, "this expression has type `" + tc.show(type) + "`"));
        }
        return new TPat.Lit(v, type, span);
    }

    private TPat range(Pat.RangePat rp, Type type) {
        TExpr lo = rp.lo() == null ? null : tc.check(rp.lo(), type);
        TExpr hi = rp.hi() == null ? null : tc.check(rp.hi(), type);
        for (TExpr x : new TExpr[] {lo, hi}) {
            if (x != null) {
                tc.demand(x, type, x.span(), null, null);
            }
        }
        Type t = tc.inf.shallow(type);
        if (!tc.inf.isInteger(t) && !(t instanceof Type.Char) && !tc.inf.isFloat(t) && !(t instanceof Type.Error)) {
            tc.diags.report(Diagnostic.error("E0029", "only `char` and numeric types are allowed in range patterns")
                    .primary(rp.span(), ""));
        }
        return new TPat.Range(lo, hi, rp.inclusive(), type, rp.span());
    }

    /** Expands one `..` in a list of sub-patterns to wildcards so that there are {@code arity} of them. */
    private List<Pat> expandRest(List<Pat> elems, int arity, Span span) {
        int rest = -1;
        for (int i = 0; i < elems.size(); i++) {
            if (elems.get(i) instanceof Pat.Rest) {
                if (rest >= 0) {
                    tc.diags.report(Diagnostic.error("`..` can only be used once per tuple pattern")
                            .primary(elems.get(i).span(), "can only be used once per tuple pattern")
                            .secondary(elems.get(rest).span(), "previously used here"));
                    return null;
                }
                rest = i;
            }
        }
        if (rest < 0) {
            return elems;
        }
        List<Pat> out = new ArrayList<>(elems.subList(0, rest));
        int fill = arity - (elems.size() - 1);
        for (int i = 0; i < fill; i++) {
            out.add(new Pat.Wild(elems.get(rest).span()));
        }
        out.addAll(elems.subList(rest + 1, elems.size()));
        return out;
    }

    private TPat tuple(Pat.TuplePat tp, Type type, TPat.BindMode mode, Bindings b) {
        Type t = tc.inf.shallow(type);
        boolean hasRest = tp.elems().stream().anyMatch(p -> p instanceof Pat.Rest);
        List<Type> elemTypes;
        if (t instanceof Type.Tuple tu) {
            elemTypes = tu.elems();
        } else if (t instanceof Type.Unit) {
            elemTypes = List.of();
        } else if (t instanceof Type.Var && !hasRest) {
            List<Type> fresh = new ArrayList<>();
            for (int i = 0; i < tp.elems().size(); i++) {
                fresh.add(tc.inf.freshGeneral());
            }
            tc.inf.unify(t, fresh.isEmpty() ? Type.UNIT : new Type.Tuple(fresh));
            elemTypes = fresh;
        } else {
            if (!(t instanceof Type.Error)) {
                mismatch(tp.span(), type, "(" + String.join(", ", tp.elems().stream().map(p -> "_").toList()) + ")");
            }
            return new TPat.Wild(type, tp.span());
        }
        List<Pat> elems = expandRest(tp.elems(), elemTypes.size(), tp.span());
        if (elems == null) {
            return new TPat.Wild(type, tp.span());
        }
        if (elems.size() != elemTypes.size()) {
            tc.diags.report(Diagnostic.error("E0308", "mismatched types")
                    .primary(tp.span(), "expected a tuple with " + elemTypes.size() + " element" + (elemTypes.size() == 1 ? "" : "s")
                            + ", found one with " + elems.size() + " element" + (elems.size() == 1 ? "" : "s"))
                    .note("expected tuple `" + tc.show(type) + "`\n   found tuple `(" + String.join(", ", elems.stream().map(p -> "_").toList()) + ")`"));
            return new TPat.Wild(type, tp.span());
        }
        List<TPat> out = new ArrayList<>();
        for (int i = 0; i < elems.size(); i++) {
            out.add(check(elems.get(i), elemTypes.get(i), mode, b));
        }
        return new TPat.Tuple(out, type, tp.span());
    }

    private TPat tupleStruct(Pat.TupleStructPat ts, Type type, TPat.BindMode mode, Bindings b) {
        DataChecks.VariantRef ref = tc.data.resolveVariantPath(ts.path(), ts.span(), false);
        if (ref == null) {
            tc.diags.report(Diagnostic.error("E0531", "cannot find tuple struct or tuple variant `" + ts.path() + "` in this scope")
                    .primary(ts.path().span(), "not found in this scope"));
            return new TPat.Wild(type, ts.span());
        }
        AdtDef.Variant v = ref.def();
        if (v.ctor() != AdtDef.CtorKind.TUPLE) {
            String kind = ref.adt().def().isEnum() ? "unit variant" : "unit struct";
            if (v.ctor() == AdtDef.CtorKind.NAMED) {
                kind = ref.adt().def().isEnum() ? "struct variant" : "struct";
            }
            tc.diags.report(Diagnostic.error(v.ctor() == AdtDef.CtorKind.NAMED ? "E0164" : "E0532",
                    "expected tuple struct or tuple variant, found " + kind + " `" + ts.path() + "`")
                    .primary(ts.path().span(), "not a tuple struct or tuple variant"));
            return new TPat.Wild(type, ts.span());
        }
        if (!unifyAdt(ref.adt(), type, ts.span())) {
            return new TPat.Wild(type, ts.span());
        }
        List<Pat> elems = expandRest(ts.elems(), v.fields().size(), ts.span());
        if (elems == null) {
            return new TPat.Wild(type, ts.span());
        }
        if (elems.size() != v.fields().size()) {
            int want = v.fields().size();
            tc.diags.report(Diagnostic.error("E0023", "this pattern has " + elems.size() + " field" + (elems.size() == 1 ? "" : "s")
                    + ", but the corresponding tuple " + (ref.adt().def().isEnum() ? "variant" : "struct") + " has " + want
                    + " field" + (want == 1 ? "" : "s"))
                    .primary(ts.span(), "expected " + want + " field" + (want == 1 ? "" : "s") + ", found " + elems.size())
                    .secondary(v.span(), "tuple " + (ref.adt().def().isEnum() ? "variant" : "struct") + " has " + want
                            + " field" + (want == 1 ? "" : "s")));
            return new TPat.Wild(type, ts.span());
        }
        List<TPat> fields = new ArrayList<>();
        for (int i = 0; i < elems.size(); i++) {
            fields.add(check(elems.get(i), Types.fieldType(ref.adt(), v.fields().get(i)), mode, b));
        }
        return variant(ref, fields, type, ts.span());
    }

    private TPat variant(DataChecks.VariantRef ref, List<TPat> fields, Type type, Span span) {
        if (!unifyAdt(ref.adt(), type, span)) {
            return new TPat.Wild(type, span);
        }
        return new TPat.Variant(ref.adt(), ref.variant(), fields, type, span);
    }

    private boolean unifyAdt(Type.Adt adt, Type type, Span span) {
        if (tc.inf.unify(adt, type)) {
            return true;
        }
        Type t = tc.inf.shallow(type);
        tc.diags.report(Diagnostic.error("E0308", "mismatched types")
                .primary(span, "expected `" + tc.show(t) + "`, found `" + adt + "`")
                .note("expected " + describe(t) + "\n   found " + (adt.def().isEnum() ? "enum" : "struct") + " `" + adt + "`"));
        return false;
    }

    private TPat struct(Pat.StructPat sp, Type type, TPat.BindMode mode, Bindings b) {
        DataChecks.VariantRef ref = tc.data.resolveVariantPath(sp.path(), sp.span(), true);
        if (ref == null || !unifyAdt(ref.adt(), type, sp.span())) {
            return new TPat.Wild(type, sp.span());
        }
        AdtDef.Variant v = ref.def();
        TPat[] fields = new TPat[v.fields().size()];
        for (Pat.FieldPat fp : sp.fields()) {
            int idx = v.fieldIndex(fp.name().name());
            if (idx < 0) {
                String what = ref.adt().def().isEnum() ? "variant `" + ref.adt() + "::" + v.name() + "`" : "struct `" + ref.adt() + "`";
                tc.diags.report(Diagnostic.error("E0026", what + " does not have a field named `" + fp.name().name() + "`")
                        .primary(fp.name().span(), ref.adt().def().isEnum() ? "variant `" + ref.adt() + "::" + v.name()
                                + "` does not have this field" : "struct `" + ref.adt() + "` does not have this field"));
                continue;
            }
            if (!tc.data.fieldVisible(v.fields().get(idx))) {
                tc.privateFieldInLiteral(ref.adt(), fp.name().name(), fp.name().span());
            }
            fields[idx] = check(fp.pat(), Types.fieldType(ref.adt(), v.fields().get(idx)), mode, b);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                fields[i] = new TPat.Wild(Types.fieldType(ref.adt(), v.fields().get(i)), sp.span());
                missing.add(v.fields().get(i).name());
            }
        }
        if (!missing.isEmpty() && !sp.rest()) {
            String list = missing.size() == 1 ? "field `" + missing.get(0) + "`" : "fields " + String.join(", ",
                    missing.stream().map(n -> "`" + n + "`").toList());
            String what = ref.adt().def().isEnum() ? ref.adt() + "::" + v.name() : ref.adt().toString();
            tc.diags.report(Diagnostic.error("E0027", "pattern does not mention " + list)
                    .primary(sp.span(), "missing " + list)
                    .help("include the missing field" + (missing.size() == 1 ? "" : "s") + " in the pattern, or ignore "
                            + (missing.size() == 1 ? "it" : "them") + " with `..` for `" + what + "`"));
        }
        return new TPat.Variant(ref.adt(), ref.variant(), List.of(fields), type, sp.span());
    }

    private TPat path(Path path, Type type, Span span) {
        DataChecks.VariantRef ref = tc.data.resolveVariantPath(path, span, false);
        if (ref != null) {
            if (ref.def().ctor() != AdtDef.CtorKind.UNIT) {
                String kind = ref.def().ctor() == AdtDef.CtorKind.TUPLE ? "tuple variant" : "struct variant";
                String fix = ref.def().ctor() == AdtDef.CtorKind.TUPLE ? "(" + String.join(", ",
                        ref.def().fields().stream().map(f -> "_").toList()) + ")" : " { .. }";
                tc.diags.report(Diagnostic.error(ref.def().ctor() == AdtDef.CtorKind.TUPLE ? "E0532" : "E0533",
                        "expected unit struct, unit variant or constant, found " + kind + " `" + path + "`")
                        .primary(span, "not a unit struct, unit variant or constant")
                        .suggestionInline(span.shrinkToHi(), "use the " + kind + " pattern syntax instead", fix));
                return new TPat.Wild(type, span);
            }
            return variant(ref, List.of(), type, span);
        }
        return literal(new Expr.PathExpr(List.of(), null, path, span), type, span);
    }

    private TPat or(Pat.OrPat op, Type type, TPat.BindMode mode, Bindings b) {
        List<TPat> alts = new ArrayList<>();
        Map<String, TLocal> template = null;
        for (Pat alt : op.alts()) {
            Bindings inner = new Bindings();
            inner.orTemplate = template;
            alts.add(check(alt, type, mode, inner));
            if (template == null) {
                template = new LinkedHashMap<>(inner.locals);
                b.locals.putAll(inner.locals);
                b.spans.putAll(inner.spans);
            } else {
                for (String n : template.keySet()) {
                    if (!inner.locals.containsKey(n)) {
                        tc.diags.report(Diagnostic.error("E0408", "variable `" + n + "` is not bound in all patterns")
                                .primary(alt.span(), "pattern doesn't bind `" + n + "`")
                                .secondary(b.spans.get(n), "variable not in all patterns"));
                    }
                }
                for (String n : inner.locals.keySet()) {
                    if (!template.containsKey(n)) {
                        tc.diags.report(Diagnostic.error("E0408", "variable `" + n + "` is not bound in all patterns")
                                .primary(op.alts().get(0).span(), "pattern doesn't bind `" + n + "`")
                                .secondary(inner.spans.get(n), "variable not in all patterns"));
                    }
                }
            }
        }
        return new TPat.Or(alts, type, op.span());
    }

    private TPat slice(Pat.SlicePat sp, Type type, TPat.BindMode mode, Bindings b) {
        Type t = tc.inf.shallow(type);
        Type elem = t instanceof Type.Array a ? a.elem() : t instanceof Type.Slice s ? s.elem() : null;
        if (elem == null) {
            if (!(t instanceof Type.Error)) {
                tc.diags.report(Diagnostic.error("E0529", "expected an array or slice, found `" + tc.show(t) + "`")
                        .primary(sp.span(), "pattern cannot match with input type `" + tc.show(t) + "`"));
            }
            return new TPat.Wild(type, sp.span());
        }
        List<TPat> prefix = new ArrayList<>();
        List<TPat> suffix = new ArrayList<>();
        TPat rest = null;
        boolean hasRest = false;
        for (Pat p : sp.elems()) {
            Pat inner = p;
            Pat.IdentPat restBinding = null;
            if (p instanceof Pat.IdentPat ip && ip.sub() instanceof Pat.Rest) {
                restBinding = ip;
            }
            if (p instanceof Pat.Rest || restBinding != null) {
                if (hasRest) {
                    tc.diags.report(Diagnostic.error("`..` can only be used once per slice pattern")
                            .primary(p.span(), "can only be used once per slice pattern"));
                    continue;
                }
                hasRest = true;
                if (restBinding != null) {
                    int fixed = sp.elems().size() - 1;
                    Type restType = t instanceof Type.Array a ? new Type.Array(a.elem(), a.len() - fixed) : new Type.Slice(elem);
                    rest = binding(new Pat.IdentPat(restBinding.byRef(), restBinding.mutability(), restBinding.name(), null,
                            restBinding.span()), restType, mode, b);
                }
                continue;
            }
            (hasRest ? suffix : prefix).add(check(inner, elem, mode, b));
        }
        if (t instanceof Type.Array a) {
            int n = prefix.size() + suffix.size();
            if (hasRest ? n > a.len() : n != a.len()) {
                tc.diags.report(Diagnostic.error(hasRest ? "E0528" : "E0527", hasRest
                        ? "pattern requires at least " + n + " element" + (n == 1 ? "" : "s") + " but array has " + a.len()
                        : "pattern requires " + n + " element" + (n == 1 ? "" : "s") + " but array has " + a.len())
                        .primary(sp.span(), hasRest ? "pattern cannot match array of " + a.len() + " element" + (a.len() == 1 ? "" : "s")
                                : "expected " + a.len() + " element" + (a.len() == 1 ? "" : "s")));
                return new TPat.Wild(type, sp.span());
            }
        }
        return new TPat.Slice(prefix, rest, hasRest, suffix, type, sp.span());
    }

    // ---- refutability ----

    /** True when the pattern matches every value of its type (so it may be used in `let` and parameters). */
    boolean irrefutable(TPat p) {
        if (p instanceof TPat.Wild) {
            return true;
        }
        if (p instanceof TPat.Binding bd) {
            return bd.sub() == null || irrefutable(bd.sub());
        }
        if (p instanceof TPat.Tuple t) {
            return t.elems().stream().allMatch(this::irrefutable);
        }
        if (p instanceof TPat.Deref d) {
            return irrefutable(d.inner());
        }
        if (p instanceof TPat.Variant v) {
            return v.adt().def().variants().size() == 1 && v.fields().stream().allMatch(this::irrefutable);
        }
        if (p instanceof TPat.Or o) {
            return o.alts().stream().anyMatch(this::irrefutable);
        }
        if (p instanceof TPat.Slice s) {
            Type t = tc.inf.shallow(s.type());
            return t instanceof Type.Array && s.hasRest() || t instanceof Type.Array a && s.prefix().size() == a.len()
                    ? s.prefix().stream().allMatch(this::irrefutable) && s.suffix().stream().allMatch(this::irrefutable) : false;
        }
        return false;
    }

    // ---- match ----

    TExpr checkMatch(Expr.Match m, Type expected) {
        TExpr scrut = tc.check(m.scrutinee(), null);
        List<TArm> arms = new ArrayList<>();
        Type result = expected;
        boolean allDiverge = true;
        Span firstArm = null;
        // each arm starts from the state before the match; a binding assigned in some arm is no longer unassigned after it
        java.util.Set<Integer> before = tc.uninitialisedNow();
        java.util.Set<Integer> after = new java.util.HashSet<>(before);
        for (Expr.MatchArm arm : m.arms()) {
            tc.resetUninitialised(before);
            Scope saved = tc.scope;
            tc.scope = new Scope(saved, false);
            Bindings b = new Bindings();
            TPat p = check(arm.pat(), scrut.type(), b);
            define(b);
            TExpr guard = null;
            if (arm.guard() != null) {
                guard = tc.check(arm.guard(), Type.BOOL);
                tc.demand(guard, Type.BOOL, arm.guard().span(), null, null);
            }
            TExpr body = tc.check(arm.body(), result);
            tc.scope = saved;
            if (!(body.type() instanceof Type.Never)) {
                allDiverge = false;
                if (result == null) {
                    result = body.type();
                    firstArm = arm.body().span();
                } else if (!tc.inf.unify(body.type(), result)) {
                    Diagnostic.Builder d = Diagnostic.error("E0308", "`match` arms have incompatible types")
                            .primary(arm.body().span(), "expected `" + tc.show(result) + "`, found `" + tc.show(body.type()) + "`");
                    if (firstArm != null) {
                        d.secondary(firstArm, "this is found to be of type `" + tc.show(result) + "`");
                    }
                    tc.diags.report(d);
                } else {
                    body = tc.coerce(body, result, arm.body().span());
                }
            }
            arms.add(new TArm(p, guard, body, arm.span()));
            after.retainAll(tc.uninitialisedNow());
        }
        tc.resetUninitialised(after);
        Type t = allDiverge ? Type.NEVER : result;
        if (t == null) {
            t = Type.UNIT;
        }
        Exhaustiveness.checkMatch(tc, m, scrut, arms);
        return new TExpr.Match(scrut, arms, t, m.span());
    }
}
