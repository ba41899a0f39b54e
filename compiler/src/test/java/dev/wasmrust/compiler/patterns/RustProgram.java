package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.GenericArg;
import dev.wasmrust.compiler.ast.GenericArgs;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays the type checker for the corpus programs: parses a program, describes its types and
 * patterns in the checker's terms, runs the checker on every {@code match} and {@code let} in source
 * order and turns the reports into diagnostics. It understands just the Rust the corpus uses:
 * scrutinees are parameters, dereferenced parameters or tuples of parameters.
 */
final class RustProgram {
    final SourceMap sm = new SourceMap();
    final SourceFile file;
    private final LibraryTypes lib;
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, PatType> adts = new HashMap<>();

    /** One checked construct: its type, arms and where it is, and what the checker said. */
    record Check(PatType scrutinee, List<Arm> arms, boolean knownValid, MatchSite match, LetSite let, MatchReport report) {}

    final List<Check> checks = new ArrayList<>();

    RustProgram(String name, String text) {
        file = sm.add(name, text);
        lib = new LibraryTypes(sm);
        Diagnostics d = new Diagnostics();
        Crate crate = SyntaxPhase.parseFile(sm, file, ModLoader.NONE, d);
        if (d.hasErrors()) {
            throw new IllegalStateException("corpus program does not parse: " + d.all());
        }
        for (Item it : crate.items()) {
            if (it instanceof Item.Enum || it instanceof Item.Struct) {
                items.put(it.name().name(), it);
            }
        }
        for (Item it : crate.items()) {
            if (it instanceof Item.Fn fn) {
                Map<String, PatType> params = new HashMap<>();
                for (Item.Param p : fn.params()) {
                    params.put(((Pat.IdentPat) p.pat()).name().name(), type(p.ty()));
                }
                block(fn.body(), params);
            }
        }
    }

    /** Our diagnostics for the whole program, in rustc's order. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        boolean lintSeen = false;
        for (Check c : checks) {
            if (c.match() != null) {
                List<Diagnostic> ws = UnreachablePatternLint.of(c.report(), c.match(), sm, !lintSeen);
                lintSeen |= !ws.isEmpty();
                out.addAll(ws);
                if (!c.report().isExhaustive()) {
                    out.add(NonExhaustiveDiagnostic.of(c.report(), c.match(), sm));
                }
            } else if (!c.report().isExhaustive()) {
                out.add(RefutableLetDiagnostic.of(c.report(), c.let(), sm));
            }
        }
        return out;
    }

    // ---- statements ----

    private void block(Block b, Map<String, PatType> env) {
        for (Stmt s : b.stmts()) {
            if (s instanceof Stmt.Let let && let.init() != null && let.elseBlock() == null) {
                Scrutinee sc = scrutinee(let.init(), env);
                List<Arm> arms = List.of(Arm.of(pattern(let.pat(), sc.type())));
                MatchReport r = MatchCheck.check(sc.type(), arms, sc.knownValid());
                Span stmt = new Span(file.id(), let.span().lo(), let.init().span().hi());
                checks.add(new Check(sc.type(), arms, sc.knownValid(), null, new LetSite(let.pat().span(), stmt), r));
            } else if (s instanceof Stmt.ExprStmt e) {
                expr(e.expr(), env);
            }
        }
        if (b.tail() != null) {
            expr(b.tail(), env);
        }
    }

    private void expr(Expr e, Map<String, PatType> env) {
        if (e instanceof Expr.Match m) {
            Scrutinee sc = scrutinee(m.scrutinee(), env);
            List<Arm> arms = new ArrayList<>();
            List<Span> armSpans = new ArrayList<>();
            for (Expr.MatchArm a : m.arms()) {
                arms.add(new Arm(pattern(a.pat(), sc.type()), a.guard() != null));
                armSpans.add(new Span(file.id(), a.pat().span().lo(), a.body().span().hi()));
            }
            MatchReport r = MatchCheck.check(sc.type(), arms, sc.knownValid());
            Span braces = new Span(file.id(), m.scrutinee().span().hi(), m.span().hi());
            checks.add(new Check(sc.type(), arms, sc.knownValid(), new MatchSite(m.scrutinee().span(), braces, armSpans), null,
                    r));
        }
    }

    private record Scrutinee(PatType type, boolean knownValid) {}

    private Scrutinee scrutinee(Expr e, Map<String, PatType> env) {
        if (e instanceof Expr.PathExpr p) {
            PatType t = env.get(p.path().toString());
            if (t == null) {
                throw new IllegalArgumentException("unknown variable " + p.path());
            }
            return new Scrutinee(t, true);
        }
        if (e instanceof Expr.Unary u && u.op() == UnOp.DEREF) {
            return new Scrutinee(((PatType.Ref) Types.resolve(scrutinee(u.operand(), env).type())).inner(), false);
        }
        if (e instanceof Expr.Tuple t) {
            List<PatType> elems = new ArrayList<>();
            for (Expr x : t.elems()) {
                elems.add(scrutinee(x, env).type());
            }
            return new Scrutinee(new PatType.Tuple(elems), true);
        }
        if (e instanceof Expr.Paren p) {
            return scrutinee(p.inner(), env);
        }
        throw new IllegalArgumentException("unsupported scrutinee " + e);
    }

    // ---- types ----

    PatType type(Ty t) {
        if (t instanceof Ty.RefTy r) {
            return new PatType.Ref(type(r.inner()), r.mutability().isMut());
        }
        if (t instanceof Ty.SliceTy s) {
            return new PatType.Slice(type(s.elem()));
        }
        if (t instanceof Ty.ArrayTy a) {
            Lit.Int len = (Lit.Int) ((Expr.LitExpr) a.len()).lit();
            return new PatType.Array(type(a.elem()), len.value().intValueExact());
        }
        if (t instanceof Ty.TupleTy tu) {
            List<PatType> elems = new ArrayList<>();
            for (Ty x : tu.elems()) {
                elems.add(type(x));
            }
            return new PatType.Tuple(elems);
        }
        if (t instanceof Ty.NeverTy) {
            return new PatType.Never();
        }
        if (t instanceof Ty.ParenTy p) {
            return type(p.inner());
        }
        Path path = ((Ty.PathTy) t).path();
        String name = path.last().ident().name();
        List<Ty> args = new ArrayList<>();
        if (path.last().args() instanceof GenericArgs.AngleBracketed ab) {
            for (GenericArg g : ab.args()) {
                if (g instanceof GenericArg.TypeArg ta) {
                    args.add(ta.ty());
                }
            }
        }
        switch (name) {
            case "bool":
                return new PatType.Bool();
            case "char":
                return new PatType.Char();
            case "str", "f32", "f64":
                return new PatType.Opaque(name);
            case "String":
                return lib.string();
            case "Option":
                return lib.option(type(args.get(0)));
            case "Result":
                return lib.result(type(args.get(0)), type(args.get(1)));
            case "Box":
                return new PatType.Opaque("Box<" + display(args.get(0)) + ">");
            default:
                break;
        }
        if (name.matches("[iu](8|16|32|64|128|size)")) {
            return PatType.Int.named(name);
        }
        if (items.containsKey(name)) {
            // a user type is described on demand, so that types that contain themselves can be written down
            return new PatType.Lazy(name, () -> adts.computeIfAbsent(name, this::adt));
        }
        throw new IllegalArgumentException("unsupported type " + name);
    }

    private static String display(Ty t) {
        if (t instanceof Ty.PathTy p) {
            return p.path().toString();
        }
        throw new IllegalArgumentException("unsupported type in Box " + t);
    }

    private PatType adt(String name) {
        Item it = items.get(name);
        List<PatType.Variant> variants = new ArrayList<>();
        if (it instanceof Item.Enum en) {
            for (Item.Variant v : en.variants()) {
                variants.add(variant(v.name().name(), v.data(), v.name().span()));
            }
            return new PatType.Adt(name, name, variants, true, new PatType.Definition(en.name().span(), true));
        }
        Item.Struct st = (Item.Struct) it;
        variants.add(variant(name, st.data(), st.name().span()));
        return new PatType.Adt(name, name, variants, false, new PatType.Definition(st.name().span(), true));
    }

    private PatType.Variant variant(String name, Item.VariantData data, Span span) {
        if (data instanceof Item.VariantData.Named n) {
            List<String> names = new ArrayList<>();
            List<PatType> types = new ArrayList<>();
            for (Item.FieldDef f : n.fields()) {
                names.add(f.name().name());
                types.add(type(f.ty()));
            }
            return PatType.Variant.struct(name, names, types).at(span);
        }
        if (data instanceof Item.VariantData.TupleFields tf) {
            List<PatType> types = new ArrayList<>();
            for (Item.FieldDef f : tf.fields()) {
                types.add(type(f.ty()));
            }
            return PatType.Variant.tuple(name, types).at(span);
        }
        return PatType.Variant.unit(name).at(span);
    }

    // ---- patterns ----

    /** The pattern as the type checker would hand it over; non-reference patterns pass through references. */
    CPat pattern(Pat p, PatType expected) {
        PatType t = Types.resolve(expected);
        if (t instanceof PatType.Ref r && !(p instanceof Pat.Wild || p instanceof Pat.RefPat || p instanceof Pat.OrPat
                || (p instanceof Pat.IdentPat ip && asUnitVariant(ip, r.inner()) == null))) {
            return pattern(p, r.inner());
        }
        Span span = p.span();
        if (p instanceof Pat.Wild) {
            return new CPat.Wild(span);
        }
        if (p instanceof Pat.IdentPat ip) {
            CPat unit = asUnitVariant(ip, t);
            if (unit != null) {
                return unit;
            }
            return new CPat.Bind(ip.name().name(), ip.sub() == null ? null : pattern(ip.sub(), expected), span);
        }
        if (p instanceof Pat.LitPat l) {
            return literal(l.expr(), span);
        }
        if (p instanceof Pat.RangePat r) {
            BigInteger lo = r.lo() == null ? null : bound(r.lo());
            BigInteger hi = r.hi() == null ? null : bound(r.hi());
            return new CPat.Range(lo, hi, r.inclusive(), span);
        }
        if (p instanceof Pat.TuplePat tp) {
            List<PatType> elems = ((PatType.Tuple) t).elems();
            return new CPat.Tuple(withRest(tp.elems(), elems), span);
        }
        if (p instanceof Pat.TupleStructPat ts) {
            PatType.Adt adt = (PatType.Adt) t;
            int index = variantIndex(adt, ts.path());
            return new CPat.Variant(index, withRest(ts.elems(), adt.variants().get(index).fieldTypes()), span);
        }
        if (p instanceof Pat.StructPat sp) {
            PatType.Adt adt = (PatType.Adt) t;
            int index = variantIndex(adt, sp.path());
            PatType.Variant v = adt.variants().get(index);
            List<CPat> fields = new ArrayList<>();
            for (int i = 0; i < v.fieldNames().size(); i++) {
                fields.add(null);
            }
            for (Pat.FieldPat f : sp.fields()) {
                int i = v.fieldNames().indexOf(f.name().name());
                fields.set(i, pattern(f.pat(), v.fieldTypes().get(i)));
            }
            return new CPat.Variant(index, fields, span);
        }
        if (p instanceof Pat.PathPat pp) {
            PatType.Adt adt = (PatType.Adt) t;
            return new CPat.Variant(variantIndex(adt, pp.path()), List.of(), span);
        }
        if (p instanceof Pat.SlicePat sp) {
            PatType elem = t instanceof PatType.Array a ? a.elem() : ((PatType.Slice) t).elem();
            List<CPat> prefix = new ArrayList<>();
            List<CPat> suffix = new ArrayList<>();
            boolean rest = false;
            for (Pat e : sp.elems()) {
                if (e instanceof Pat.Rest) {
                    rest = true;
                } else {
                    (rest ? suffix : prefix).add(pattern(e, elem));
                }
            }
            return new CPat.Slice(prefix, rest, suffix, span);
        }
        if (p instanceof Pat.RefPat rp) {
            return new CPat.Ref(pattern(rp.pat(), ((PatType.Ref) t).inner()), span);
        }
        if (p instanceof Pat.OrPat o) {
            List<CPat> alts = new ArrayList<>();
            for (Pat a : o.alts()) {
                alts.add(pattern(a, expected));
            }
            return new CPat.Or(alts, span);
        }
        if (p instanceof Pat.ParenPat pp) {
            return pattern(pp.inner(), expected);
        }
        throw new IllegalArgumentException("unsupported pattern " + p);
    }

    /** A bare name that names a unit variant or unit struct of the expected type, which resolution would find. */
    private CPat asUnitVariant(Pat.IdentPat ip, PatType expected) {
        if (ip.sub() != null || ip.byRef() || ip.mutability().isMut()) {
            return null;
        }
        PatType t = Types.resolve(expected);
        if (t instanceof PatType.Adt adt) {
            for (int i = 0; i < adt.variants().size(); i++) {
                PatType.Variant v = adt.variants().get(i);
                if (v.kind() == PatType.VariantKind.UNIT && v.name().equals(ip.name().name())) {
                    return new CPat.Variant(i, List.of(), ip.span());
                }
            }
        }
        return null;
    }

    private List<CPat> withRest(List<Pat> pats, List<PatType> types) {
        List<CPat> out = new ArrayList<>();
        int restAt = -1;
        for (int i = 0; i < pats.size(); i++) {
            if (pats.get(i) instanceof Pat.Rest) {
                restAt = i;
            }
        }
        if (restAt < 0) {
            for (int i = 0; i < pats.size(); i++) {
                out.add(pattern(pats.get(i), types.get(i)));
            }
            return out;
        }
        int after = pats.size() - restAt - 1;
        for (int i = 0; i < restAt; i++) {
            out.add(pattern(pats.get(i), types.get(i)));
        }
        for (int i = restAt; i < types.size() - after; i++) {
            out.add(null);
        }
        for (int i = 0; i < after; i++) {
            int field = types.size() - after + i;
            out.add(pattern(pats.get(restAt + 1 + i), types.get(field)));
        }
        return out;
    }

    private static int variantIndex(PatType.Adt adt, Path path) {
        String name = path.last().ident().name();
        if (!adt.isEnum()) {
            return 0;
        }
        for (int i = 0; i < adt.variants().size(); i++) {
            if (adt.variants().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no variant " + name + " in " + adt.display());
    }

    private static CPat literal(Expr e, Span span) {
        boolean negative = false;
        if (e instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            negative = true;
            e = u.operand();
        }
        Lit lit = ((Expr.LitExpr) e).lit();
        if (lit instanceof Lit.Bool b) {
            return new CPat.BoolLit(b.value(), span);
        }
        if (lit instanceof Lit.Int i) {
            return new CPat.IntLit(negative ? i.value().negate() : i.value(), span);
        }
        if (lit instanceof Lit.Char c) {
            return new CPat.CharLit(c.codePoint(), span);
        }
        if (lit instanceof Lit.Str s) {
            return new CPat.OpaqueLit("\"" + s.value() + "\"", span);
        }
        if (lit instanceof Lit.Float f) {
            return new CPat.OpaqueLit((negative ? "-" : "") + f.text(), span);
        }
        throw new IllegalArgumentException("unsupported literal " + lit);
    }

    private static BigInteger bound(Expr e) {
        if (e instanceof Expr.PathExpr p && p.path().segments().size() == 2) {
            PatType.Int t = PatType.Int.named(p.path().segments().get(0).ident().name());
            return p.path().last().ident().name().equals("MIN") ? t.min() : t.max();
        }
        CPat lit = literal(e, null);
        if (lit instanceof CPat.IntLit i) {
            return i.value();
        }
        return BigInteger.valueOf(((CPat.CharLit) lit).codePoint());
    }
}
