package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TExpr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Type checking of data: tuples, struct and enum values, field access with auto-dereference, arrays and
 * indexing, references, and paths and calls that name constructors or associated items.
 */
final class DataChecks {
    private final TypeChecker tc;

    DataChecks(TypeChecker tc) {
        this.tc = tc;
    }

    static TExpr error(Span span) {
        if (System.getenv("WASMRUST_TRACE") != null) {
            new Throwable("error node").printStackTrace();
        }
        return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, span);
    }

    // ---- tuples ----

    TExpr tuple(Expr.Tuple t, Type expected) {
        Type exp = expected == null ? null : tc.inf.shallow(expected);
        List<Type> want = exp instanceof Type.Tuple tt && tt.elems().size() == t.elems().size() ? tt.elems() : null;
        List<TExpr> elems = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < t.elems().size(); i++) {
            TExpr e = tc.check(t.elems().get(i), want == null ? null : want.get(i));
            if (want != null) {
                tc.coerce(e, want.get(i), t.elems().get(i).span());
            }
            elems.add(e);
            types.add(e.type());
        }
        return new TExpr.Tuple(elems, new Type.Tuple(types), t.span());
    }

    // ---- places: auto-dereference ----

    /** Dereferences {@code e} through references and boxes as far as they go. */
    TExpr autoderef(TExpr e) {
        return autoderefUntil(e, t -> false);
    }

    /** Dereferences {@code e} through references and boxes until its type satisfies {@code stop}. */
    TExpr autoderefUntil(TExpr e, java.util.function.Predicate<Type> stop) {
        TExpr cur = e;
        for (int i = 0; i < 16; i++) {
            Type t = tc.inf.shallow(cur.type());
            if (stop.test(t)) {
                break;
            }
            if (t instanceof Type.Ref r) {
                cur = new TExpr.Deref(cur, r.inner(), cur.span());
            } else if (t instanceof Type.Adt a && a.def().isLang("owned_box")) {
                cur = tc.boxDeref(cur, a);
            } else {
                break;
            }
        }
        return cur;
    }

    TExpr tupleField(Expr.TupleField f) {
        TExpr base = autoderef(tc.check(f.base(), null));
        Type t = tc.inf.shallow(base.type());
        if (t instanceof Type.Error) {
            return error(f.span());
        }
        if (t instanceof Type.Tuple tu) {
            if (f.index() < tu.elems().size()) {
                return new TExpr.Field(base, f.index(), tu.elems().get(f.index()), f.span());
            }
        } else if (t instanceof Type.Adt a && !a.def().isEnum() && a.def().struct().ctor() == AdtDef.CtorKind.TUPLE) {
            List<AdtDef.Field> fields = a.def().struct().fields();
            if (f.index() < fields.size() && !fieldVisible(fields.get(f.index()))) {
                privateField(a, Integer.toString(f.index()), f.indexSpan());
                return error(f.span());
            }
            if (f.index() < fields.size()) {
                return new TExpr.Field(base, f.index(), Types.fieldType(a, fields.get(f.index())), f.span());
            }
        } else if (t instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL) {
            typeAnnotationsNeeded(f.base().span());
            return error(f.span());
        }
        noField(t, Integer.toString(f.index()), f.indexSpan(), f.span());
        return error(f.span());
    }

    TExpr field(Expr.Field f) {
        // walk the dereference chain only until a struct with this field is reached (a Box has fields too)
        TExpr base = autoderefUntil(tc.check(f.base(), null), bt -> bt instanceof Type.Adt a && !a.def().isEnum()
                && a.def().struct().fieldIndex(f.field().name()) >= 0);
        Type t = tc.inf.shallow(base.type());
        String name = f.field().name();
        if (t instanceof Type.Error) {
            return error(f.span());
        }
        if (t instanceof Type.Adt a && !a.def().isEnum()) {
            int idx = a.def().struct().fieldIndex(name);
            if (idx >= 0) {
                if (!fieldVisible(a.def().struct().fields().get(idx))) {
                    privateField(a, name, f.field().span());
                    return error(f.span());
                }
                return new TExpr.Field(base, idx, Types.fieldType(a, a.def().struct().fields().get(idx)), f.span());
            }
            if (findAssoc(a.def(), name) != null && findAssoc(a.def(), name).isMethod()) {
                tc.diags.report(Diagnostic.error("E0615", "attempted to take value of method `" + name + "` on type `" + t + "`")
                        .primary(f.field().span(), "method, not a field")
                        .suggestionShort(f.field().span().shrinkToHi(), "use parentheses to call the method", "()"));
                return error(f.span());
            }
        } else if (t instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL) {
            typeAnnotationsNeeded(f.base().span());
            return error(f.span());
        }
        noField(t, name, f.field().span(), f.span());
        return error(f.span());
    }

    /** A field is visible in the module it is restricted to and the modules inside it. */
    boolean fieldVisible(AdtDef.Field field) {
        return field.isPublic() || !(field.restrictedTo() instanceof Scope m) || tc.scope.isWithin(m);
    }

    private void privateField(Type.Adt a, String name, Span at) {
        tc.diags.report(Diagnostic.error("E0616", "field `" + name + "` of struct `" + a.def().name() + "` is private")
                .primary(at, "private field"));
    }

    private void typeAnnotationsNeeded(Span at) {
        tc.diags.report(Diagnostic.error("E0282", "type annotations needed").primary(at, "")
                .note("type must be known at this point"));
    }

    private void noField(Type t, String name, Span nameSpan, Span whole) {
        if (Type.isCopyScalar(t) && !(t instanceof Type.Unit) || t instanceof Type.Var v && v.kind() != Type.VarKind.GENERAL) {
            tc.diags.report(Diagnostic.error("E0610", "`" + tc.show(t) + "` is a primitive type and therefore doesn't have fields")
                    .primary(nameSpan, ""));
            return;
        }
        Diagnostic.Builder b = Diagnostic.error("E0609", "no field `" + name + "` on type `" + tc.show(t) + "`");
        if (t instanceof Type.Adt a && !a.def().isEnum()) {
            List<String> names = a.def().struct().fields().stream().map(AdtDef.Field::name).toList();
            String similar = Similarity.closest(name, names);
            if (similar != null) {
                b.primary(nameSpan, "unknown field");
                b.suggestion(nameSpan, "a field with a similar name exists", similar);
            } else if (a.def().struct().ctor() == AdtDef.CtorKind.NAMED && !names.isEmpty()) {
                b.primary(nameSpan, "unknown field");
                b.note("available fields are: " + String.join(", ", names.stream().map(n -> "`" + n + "`").toList()));
            } else {
                b.primary(nameSpan, "unknown field");
            }
        } else if (t instanceof Type.Tuple || t instanceof Type.Unit) {
            b.primary(nameSpan, "unknown field");
        } else {
            b.primary(nameSpan, "unknown field");
        }
        tc.diags.report(b);
    }

    // ---- struct literals ----

    /** The definition and variant a path names in a struct literal or pattern, or null (reported). */
    record VariantRef(Type.Adt adt, int variant) {
        AdtDef.Variant def() {
            return adt.def().variants().get(variant);
        }
    }

    VariantRef resolveVariantPath(Path path, Span span, boolean reportMissing) {
        List<String> segs = path.segments().stream().map(s -> s.ident().name()).toList();
        if (segs.size() > 1) {
            // through modules: `shapes::Point { .. }`, `shapes::Shape::Circle(..)`, `crate::m::UNIT`
            PathResolver.Res r = tc.paths.resolve(path, Namespace.TYPE);
            if (r instanceof PathResolver.Res.TypeDef td && !td.def().isEnum()) {
                return new VariantRef(tc.freshAdt(td.def()), 0);
            }
            if (r instanceof PathResolver.Res.TypeRelative tr && tr.owner().isEnum() && tr.index() == segs.size() - 1) {
                Type.Adt owner = tc.freshAdt(tr.owner());
                int v = owner.def().variantIndex(segs.get(segs.size() - 1));
                if (v >= 0) {
                    return new VariantRef(owner, v);
                }
                if (reportMissing) {
                    noVariant(owner, segs.get(segs.size() - 1), path.last().ident().span());
                }
                return null;
            }
            if (r instanceof PathResolver.Res.Failed) {
                return null;
            }
        }
        if (segs.size() == 1) {
            String n = segs.get(0);
            if (n.equals("Self") && tc.selfType instanceof Type.Adt a && !a.def().isEnum()) {
                return new VariantRef(a, 0);
            }
            // a struct named in the type namespace wins over a constructor of the value namespace found further
            // out (a module's `struct Error { .. }` is not the prelude's unit struct `Error`)
            AdtDef def = tc.scope.lookupType(n);
            if (def != null && !def.isEnum()) {
                return new VariantRef(tc.freshAdt(def), 0);
            }
            Scope.Found found = tc.scope.lookup(n);
            if (found != null && found.binding() instanceof Scope.CtorBinding cb) {
                return new VariantRef(tc.freshAdt(cb.def()), cb.variant());
            }
            if (def != null && reportMissing) {
                tc.diags.report(Diagnostic.error("E0574", "expected struct, variant or union type, found enum `" + n + "`")
                        .primary(path.span(), "not a struct, variant or union type"));
                return null;
            }
        } else if (segs.size() == 2) {
            Type.Adt owner = typeNamed(segs.get(0));
            if (owner != null && owner.def().isEnum()) {
                int v = owner.def().variantIndex(segs.get(1));
                if (v >= 0) {
                    return new VariantRef(owner, v);
                }
                if (reportMissing) {
                    noVariant(owner, segs.get(1), path.segments().get(1).ident().span());
                }
                return null;
            }
        }
        if (reportMissing) {
            tc.diags.report(Diagnostic.error("E0422", "cannot find struct, variant or union type `" + path + "` in this scope")
                    .primary(path.span(), "not found in this scope"));
        }
        return null;
    }

    /** A type named by a single path segment: a struct or enum in scope, or {@code Self}. */
    Type.Adt typeNamed(String n) {
        if (n.equals("Self")) {
            return tc.selfType instanceof Type.Adt a ? a : null;
        }
        AdtDef def = tc.scope.lookupType(n);
        return def == null ? null : tc.freshAdt(def);
    }

    void noVariant(Type.Adt owner, String name, Span at) {
        Diagnostic.Builder b = Diagnostic.error("E0599", "no variant or associated item named `" + name + "` found for enum `"
                + owner + "` in the current scope");
        b.secondary(owner.def().nameSpan(), "variant or associated item `" + name + "` not found for this enum");
        String similar = Similarity.closest(name, owner.def().variants().stream().map(AdtDef.Variant::name).toList());
        if (similar != null) {
            b.primary(at, "").suggestionInline(at, "there is a variant with a similar name", similar);
        } else {
            b.primary(at, "variant or associated item not found in `" + owner + "`");
        }
        tc.diags.report(b);
    }

    TExpr structLit(Expr.StructLit s, Type expected) {
        if (s.qself() != null) {
            tc.unsupported(s.span(), "qualified paths in struct literals");
            return error(s.span());
        }
        VariantRef ref = resolveVariantPath(s.path(), s.span(), true);
        if (ref == null) {
            for (Expr.FieldInit fi : s.fields()) {
                tc.check(fi.expr(), null);
            }
            return error(s.span());
        }
        AdtDef.Variant v = ref.def();
        TExpr[] values = new TExpr[v.fields().size()];
        List<String> unknown = new ArrayList<>();
        for (Expr.FieldInit fi : s.fields()) {
            String name = fi.name().name();
            int idx = v.fieldIndex(name);
            if (idx < 0) {
                TExpr ignored = tc.check(fi.expr(), null);
                String kind = ref.adt().def().isEnum() ? "variant `" + ref.adt() + "::" + v.name() + "`" : "struct `" + ref.adt() + "`";
                Diagnostic.Builder b = Diagnostic.error("E0560", kind + " has no field named `" + name + "`");
                List<String> avail = new ArrayList<>();
                for (int i = 0; i < v.fields().size(); i++) {
                    if (values[i] == null && !isInitialised(s, v.fields().get(i).name())) {
                        avail.add(v.fields().get(i).name());
                    }
                }
                String similar = Similarity.closest(name, avail);
                if (similar != null) {
                    b.primary(fi.name().span(), "unknown field").suggestionInline(fi.name().span(), "a field with a similar name exists", similar);
                } else {
                    b.primary(fi.name().span(), ref.adt().def().isEnum() ? "`" + ref.adt() + "::" + v.name() + "` does not have this field"
                            : "`" + ref.adt() + "` does not have this field");
                    if (!avail.isEmpty()) {
                        b.note((avail.size() == 1 ? "available field is: " : "available fields are: ")
                                + String.join(", ", avail.stream().map(n -> "`" + n + "`").toList()));
                    }
                }
                tc.diags.report(b);
                unknown.add(name);
                continue;
            }
            if (values[idx] != null) {
                tc.diags.report(Diagnostic.error("E0062", "field `" + name + "` specified more than once")
                        .primary(fi.name().span(), "used more than once"));
                tc.check(fi.expr(), null);
                continue;
            }
            if (!fieldVisible(v.fields().get(idx))) {
                tc.privateFieldInLiteral(ref.adt(), name, fi.name().span());
            }
            Type ft = Types.fieldType(ref.adt(), v.fields().get(idx));
            TExpr val = tc.check(fi.expr(), ft);
            tc.coerce(val, ft, fi.expr().span());
            values[idx] = val;
        }
        TExpr base = null;
        if (s.base() != null) {
            base = tc.check(s.base(), ref.adt());
            tc.demand(base, ref.adt(), s.base().span(), null, null);
        } else {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    missing.add(v.fields().get(i).name());
                }
            }
            if (!missing.isEmpty() && unknown.isEmpty()) {
                String what = ref.adt().def().isEnum() ? ref.adt() + "::" + v.name() : ref.adt().toString();
                tc.diags.report(Diagnostic.error("E0063", missingFields(missing) + " in initializer of `" + what + "`")
                        .primary(s.path().span(), missingLabel(missing)));
                return error(s.span());
            }
            if (!unknown.isEmpty()) {
                return error(s.span());
            }
        }
        return new TExpr.Construct(ref.adt(), ref.variant(), Arrays.asList(values), base, s.span());
    }

    private static boolean isInitialised(Expr.StructLit s, String name) {
        return s.fields().stream().anyMatch(f -> f.name().name().equals(name));
    }

    private static String missingFields(List<String> m) {
        if (m.size() == 1) {
            return "missing field `" + m.get(0) + "`";
        }
        if (m.size() == 2) {
            return "missing fields `" + m.get(0) + "` and `" + m.get(1) + "`";
        }
        if (m.size() == 3) {
            return "missing fields `" + m.get(0) + "`, `" + m.get(1) + "` and `" + m.get(2) + "`";
        }
        return "missing fields `" + m.get(0) + "`, `" + m.get(1) + "`, `" + m.get(2) + "` and " + (m.size() - 3) + " other fields";
    }

    private static String missingLabel(List<String> m) {
        if (m.size() == 1) {
            return "missing `" + m.get(0) + "`";
        }
        if (m.size() == 2) {
            return "missing `" + m.get(0) + "` and `" + m.get(1) + "`";
        }
        if (m.size() == 3) {
            return "missing `" + m.get(0) + "`, `" + m.get(1) + "` and `" + m.get(2) + "`";
        }
        return "missing `" + m.get(0) + "`, `" + m.get(1) + "`, `" + m.get(2) + "` and " + (m.size() - 3) + " other fields";
    }

    // ---- associated items ----

    Assoc findAssoc(AdtDef def, String name) {
        List<Assoc> list = tc.inherent.get(def);
        if (list == null) {
            return null;
        }
        for (Assoc a : list) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    List<String> assocNames(AdtDef def, boolean methods) {
        List<Assoc> list = tc.inherent.get(def);
        if (list == null) {
            return List.of();
        }
        return list.stream().filter(a -> a.isMethod() == methods).map(Assoc::name).toList();
    }

    /** The declared parameter types (after {@code self}) and return type of an associated function. */
    record Signature(List<Type> params, Type ret, boolean ok) {}

    Signature signature(Item.Fn fn, Scope in, Type self) {
        Scope saved = tc.scope;
        Type savedSelf = tc.selfType;
        tc.scope = in;
        tc.selfType = self;
        try {
            dev.wasmrust.compiler.diag.Diagnostics sink = new dev.wasmrust.compiler.diag.Diagnostics();
            dev.wasmrust.compiler.diag.Diagnostics real = tc.diags;
            List<Type> ps = new ArrayList<>();
            boolean ok = true;
            Type ret;
            tc.diags = sink;
            try {
                for (Item.Param p : fn.params()) {
                    Type t = tc.lowerTy(p.ty());
                    ok &= t != null;
                    ps.add(t == null ? Type.ERROR : t);
                }
                ret = fn.ret() == null ? Type.UNIT : tc.lowerTy(fn.ret());
            } finally {
                tc.diags = real;
            }
            if (ret == null) {
                ok = false;
                ret = Type.ERROR;
            }
            return new Signature(ps, ret, ok);
        } finally {
            tc.scope = saved;
            tc.selfType = savedSelf;
        }
    }

    /** Checks call arguments against parameter types (E0061 on a count mismatch); null after an error. */
    List<TExpr> arguments(List<Expr> args, List<Type> params, Span callee, Span whole, Span defined, String what) {
        if (args.size() != params.size()) {
            int want = params.size();
            int got = args.size();
            Diagnostic.Builder b = Diagnostic.error("E0061", "this " + what + " takes " + want + " argument" + (want == 1 ? "" : "s")
                    + " but " + got + " argument" + (got == 1 ? " was" : "s were") + " supplied").primary(callee, "");
            if (defined != null) {
                b.noteAt(defined, (what.equals("method") ? "method" : what.equals("function") ? "associated function" : what) + " defined here");
            }
            tc.diags.report(b);
            for (Expr a : args) {
                tc.check(a, null);
            }
            return null;
        }
        // closures last, as rustc does, so that the other arguments can settle their parameter types first
        TExpr[] out = new TExpr[args.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < args.size(); i++) {
                if ((args.get(i) instanceof Expr.Closure) != (pass == 1)) {
                    continue;
                }
                TExpr a = tc.check(args.get(i), params.get(i));
                out[i] = tc.coerceArgument(a, params.get(i), args.get(i).span(), callee, defined,
                        what.equals("function") ? "function" : what.equals("method") ? "method" : what);
            }
            tc.closures.solve();
        }
        return java.util.Arrays.asList(out);
    }
}
