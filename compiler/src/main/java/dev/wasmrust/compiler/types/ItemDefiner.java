package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lit;

import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Defines the type items of a module or block in a scope: structs and enums first by name (so field
 * types may refer to any of them, recursively), then their fields, then the inherent {@code impl}
 * blocks' associated items.
 */
final class ItemDefiner {
    private final TypeChecker tc;

    ItemDefiner(TypeChecker tc) {
        this.tc = tc;
    }

    /** Declares the structs and enums of a module or block by name; their fields come later ({@link #defineTypeBodies}). */
    List<AdtDef> declareTypes(Scope s, List<Item> types, String prefix) {
        List<AdtDef> defs = new ArrayList<>();
        for (Item it : types) {
            String name = it.name().name();
            String path = prefix.isEmpty() ? name : prefix + "::" + name;
            AdtDef def;
            List<String> params = typeParamNames(it instanceof Item.Struct st0 ? st0.generics() : ((Item.Enum) it).generics());
            ItemVis vis = tc.visibility(it.vis(), s);
            if (it instanceof Item.Struct st) {
                def = new AdtDef(name, path, AdtDef.Kind.STRUCT, params, st.span(), st.name().span());
                if (!(st.data() instanceof Item.VariantData.Named)) {
                    // a tuple struct's constructor is only as visible as its least visible field
                    ItemVis ctorVis = vis;
                    if (st.data() instanceof Item.VariantData.TupleFields tf) {
                        for (Item.FieldDef f : tf.fields()) {
                            if (!tc.visibility(f.vis(), s).isPublic()) {
                                ctorVis = tc.visibility(f.vis(), s);
                            }
                        }
                    }
                    String kind = st.data() instanceof Item.VariantData.TupleFields ? "tuple struct constructor" : "unit struct";
                    s.define(name, new Scope.CtorBinding(def, 0), new Decl(ctorVis, kind, name, st.span(), null));
                }
            } else {
                Item.Enum en = (Item.Enum) it;
                def = new AdtDef(name, path, AdtDef.Kind.ENUM, params, en.span(), en.name().span());
                // the variants' names, for `use Enum::{A, B}` resolved before the variants' fields are known
                List<AdtDef.Variant> names = new ArrayList<>();
                for (Item.Variant v : en.variants()) {
                    names.add(new AdtDef.Variant(v.name().name(), AdtDef.CtorKind.UNIT, List.of(), BigInteger.ZERO, v.span()));
                }
                def.define(names, Set.of());
            }
            def.setModule(s.module());
            s.defineType(name, def, new Decl(vis, it instanceof Item.Struct ? "struct" : "enum", name,
                    dev.wasmrust.compiler.resolve.Resolver.headerSpan(it), null));
            defs.add(def);
            String lang = langOf(it instanceof Item.Struct st2 ? st2.attrs() : ((Item.Enum) it).attrs());
            if (lang != null && tc.sources.file(it.span()).name().startsWith("<std>/")) {
                def.setLang(lang);
            }
        }
        return defs;
    }

    /** The fields and variants of types declared by {@link #declareTypes}, once every name they may mention is known. */
    void defineTypeBodies(Scope s, List<Item> types, List<AdtDef> defs) {
        Scope saved = tc.scope;
        Type savedSelf = tc.selfType;
        tc.scope = s;
        try {
            for (int i = 0; i < types.size(); i++) {
                Item it = types.get(i);
                AdtDef def = defs.get(i);
                tc.scope = tc.withGenerics(s, it instanceof Item.Struct st1 ? st1.generics() : ((Item.Enum) it).generics(), 0);
                tc.selfType = new Type.Adt(def, paramsOf(def));
                if (it instanceof Item.Struct st) {
                    def.define(List.of(variant(st.name().name(), st.data(), BigInteger.ZERO, st.span(), s)), derives(st.attrs()));
                } else {
                    Item.Enum en = (Item.Enum) it;
                    List<AdtDef.Variant> vs = new ArrayList<>();
                    BigInteger next = BigInteger.ZERO;
                    Map<String, Span> seen = new java.util.HashMap<>();
                    for (Item.Variant v : en.variants()) {
                        Span prev = seen.putIfAbsent(v.name().name(), v.name().span());
                        if (prev != null) {
                            tc.diags.report(Diagnostic.error("E0428", "the name `" + v.name().name() + "` is defined multiple times")
                                    .primary(v.name().span(), "`" + v.name().name() + "` redefined here")
                                    .secondary(prev, "previous definition of the type `" + v.name().name() + "` here")
                                    .note("`" + v.name().name() + "` must be defined only once in the type namespace of this enum"));
                            continue;
                        }
                        BigInteger d = next;
                        if (v.discriminant() != null) {
                            BigInteger given = constInt(v.discriminant());
                            if (given == null) {
                                tc.unsupported(v.discriminant().span(), "enum discriminants other than integer literals");
                            } else {
                                d = given;
                            }
                        }
                        vs.add(variant(v.name().name(), v.data(), d, v.span(), null));
                        next = d.add(BigInteger.ONE);
                    }
                    def.define(vs, derives(en.attrs()));
                }
            }
        } finally {
            tc.scope = saved;
            tc.selfType = savedSelf;
        }
    }

    private static List<String> typeParamNames(dev.wasmrust.compiler.ast.Generics g) {
        List<String> out = new ArrayList<>();
        for (dev.wasmrust.compiler.ast.GenericParam p : g.params()) {
            if (p instanceof dev.wasmrust.compiler.ast.GenericParam.TypeParam tp) {
                out.add(tp.name().name());
            }
        }
        return out;
    }

    static List<Type> paramsOf(AdtDef def) {
        List<Type> out = new ArrayList<>();
        for (int i = 0; i < def.typeParams().size(); i++) {
            out.add(new Type.Param(i, def.typeParams().get(i)));
        }
        return out;
    }

    /** A variant's fields; {@code module} is where a struct's field visibility is measured (null: enum fields are public). */
    private AdtDef.Variant variant(String name, Item.VariantData data, BigInteger discr, Span span, Scope module) {
        List<AdtDef.Field> fields = new ArrayList<>();
        AdtDef.CtorKind kind;
        List<Item.FieldDef> defs;
        if (data instanceof Item.VariantData.Named n) {
            kind = AdtDef.CtorKind.NAMED;
            defs = n.fields();
        } else if (data instanceof Item.VariantData.TupleFields t) {
            kind = AdtDef.CtorKind.TUPLE;
            defs = t.fields();
        } else {
            kind = AdtDef.CtorKind.UNIT;
            defs = List.of();
        }
        for (int i = 0; i < defs.size(); i++) {
            Item.FieldDef f = defs.get(i);
            Type t = tc.lowerTy(f.ty());
            String fname = f.name() == null ? Integer.toString(i) : f.name().name();
            ItemVis vis = module == null ? ItemVis.PUBLIC : tc.visibility(f.vis(), module);
            fields.add(new AdtDef.Field(fname, t == null ? Type.ERROR : t, vis.isPublic(), f.span(), vis.restrictedTo()));
        }
        return new AdtDef.Variant(name, kind, fields, discr, span);
    }

    /** A trait's {@code #[rustc_on_unimplemented(key = "value", ...)]}, or null. */
    private static TraitDef.OnUnimplemented onUnimplemented(List<Attr> attrs) {
        for (Attr a : attrs) {
            if (!a.is("rustc_on_unimplemented") || a.args().size() != 1 || !(a.args().get(0) instanceof TokenTree.Delimited d)) {
                continue;
            }
            Map<String, String> kv = new java.util.HashMap<>();
            List<TokenTree> ts = d.trees();
            for (int i = 0; i + 2 < ts.size(); i++) {
                if (ts.get(i) instanceof TokenTree.Leaf k && ts.get(i + 2) instanceof TokenTree.Leaf v
                        && v.token().kind() == dev.wasmrust.compiler.syntax.TokenKind.STR_LIT) {
                    String t = v.token().text();
                    kv.put(k.token().text(), t.substring(1, t.length() - 1));
                }
            }
            if (kv.containsKey("message") && kv.containsKey("label")) {
                return new TraitDef.OnUnimplemented(kv.get("message"), kv.get("label"), kv.get("integer_note"));
            }
        }
        return null;
    }

    /** The value of a {@code #[lang = "..."]} attribute. */
    private static String langOf(List<Attr> attrs) {
        for (Attr a : attrs) {
            if (a.is("lang") && a.args().size() == 2 && a.args().get(1) instanceof TokenTree.Leaf l
                    && l.token().kind() == dev.wasmrust.compiler.syntax.TokenKind.STR_LIT) {
                String t = l.token().text();
                return t.substring(1, t.length() - 1);
            }
        }
        return null;
    }

    /** The names listed in {@code #[derive(...)]} attributes. */
    private static Set<String> derives(List<Attr> attrs) {
        Set<String> out = new LinkedHashSet<>();
        for (Attr a : attrs) {
            if (!a.is("derive")) {
                continue;
            }
            for (TokenTree tt : a.args()) {
                if (tt instanceof TokenTree.Delimited d) {
                    String last = null;
                    for (TokenTree inner : d.trees()) {
                        if (inner instanceof TokenTree.Leaf l && l.token().kind() == dev.wasmrust.compiler.syntax.TokenKind.IDENT) {
                            last = l.token().text();
                        } else if (inner instanceof TokenTree.Leaf l && l.token().kind() == dev.wasmrust.compiler.syntax.TokenKind.COMMA) {
                            if (last != null) {
                                out.add(last);
                            }
                            last = null;
                        }
                    }
                    if (last != null) {
                        out.add(last);
                    }
                }
            }
        }
        return out;
    }

    private static BigInteger constInt(Expr e) {
        if (e instanceof Expr.LitExpr l && l.lit() instanceof Lit.Int i) {
            return i.value();
        }
        if (e instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            BigInteger v = constInt(u.operand());
            return v == null ? null : v.negate();
        }
        if (e instanceof Expr.Paren p) {
            return constInt(p.inner());
        }
        return null;
    }

    void defineTraits(Scope s, List<Item.Trait> traits, String prefix) {
        for (Item.Trait t : traits) {
            if (!t.supertraits().isEmpty()) {
                tc.unsupported(t.supertraits().get(0).span(), "supertraits");
                continue;
            }
            List<String> params = new ArrayList<>();
            for (dev.wasmrust.compiler.ast.GenericParam gp : t.generics().params()) {
                if (gp instanceof dev.wasmrust.compiler.ast.GenericParam.TypeParam tp) {
                    params.add(tp.name().name());
                } else if (!(gp instanceof dev.wasmrust.compiler.ast.GenericParam.LifetimeParam)) {
                    tc.unsupported(gp.span(), "const parameters of traits");
                }
            }
            List<Item.Fn> methods = new ArrayList<>();
            List<String> assocTypes = new ArrayList<>();
            Map<String, List<dev.wasmrust.compiler.ast.Bound>> assocBounds = new java.util.HashMap<>();
            for (Item it : t.items()) {
                if (it instanceof Item.Fn fn) {
                    methods.add(fn);
                } else if (it instanceof Item.TypeAlias ta && ta.ty() == null && ta.generics().isEmpty()) {
                    assocTypes.add(ta.name().name());
                    assocBounds.put(ta.name().name(), List.copyOf(ta.bounds()));
                } else if (!(it instanceof Item.Error)) {
                    tc.unsupported(it.span(), "associated constants and defaults of associated types in traits");
                }
            }
            String name = t.name().name();
            s.defineTrait(name, new TraitDef(name, prefix.isEmpty() ? name : prefix + "::" + name, methods, t.span(),
                    t.name().span(), s, params, assocTypes, assocBounds, onUnimplemented(t.attrs())), new Decl(tc.visibility(t.vis(), s), "trait", name,
                    dev.wasmrust.compiler.resolve.Resolver.headerSpan(t), null));
        }
    }

    /** Registers the associated items of inherent impls; their bodies are checked later like functions. */
    void defineImpls(Scope s, List<Item.Impl> impls, String prefix) {
        Scope saved = tc.scope;
        tc.scope = s;
        try {
            for (Item.Impl im : impls) {
                defineImpl(s, im);
            }
        } finally {
            tc.scope = saved;
        }
    }

    private void defineImpl(Scope s, Item.Impl im) {
        Span header = new Span(im.span().file(), im.span().lo(), im.selfTy().span().hi());
        if (im.trait() != null) {
            defineTraitImpl(s, im);
            return;
        }
        Scope implScope = tc.implGenerics(s, im.generics());
        int implParams = TypeChecker.typeParamCount(im.generics());
        tc.scope = implScope;
        Type self = tc.lowerTy(im.selfTy());
        tc.scope = s;
        if (self == null) {
            return;
        }
        if (!(self instanceof Type.Adt) && tc.sources.file(im.span()).name().startsWith("<std>/")) {
            // the standard library defines methods of primitive types (`impl str { .. }`)
            List<Assoc> list = tc.primitiveInherent.computeIfAbsent(TypeChecker.primitiveKey(self), k -> new ArrayList<>());
            for (Item it : im.items()) {
                if (it instanceof Item.Fn fn && addAssoc(list, fn.name(), new Assoc(fn.name().name(), fn, null,
                        "core::" + TypeChecker.primitiveKey(self) + "::" + fn.name().name(), self, implScope, implParams))) {
                    Assoc a = list.get(list.size() - 1);
                    tc.checkLater(a.symbol(), fn, () -> tc.checkFunction(a.symbol(), fn, implScope, self, implParams));
                }
            }
            return;
        }
        if (!(self instanceof Type.Adt adt)) {
            tc.diags.report(Diagnostic.error("E0390", "cannot define inherent `impl` for primitive types")
                    .primary(im.selfTy().span(), "")
                    .help("consider using an extension trait instead"));
            return;
        }
        List<Assoc> list = tc.inherent.computeIfAbsent(adt.def(), k -> new ArrayList<>());
        for (Item it : im.items()) {
            if (it instanceof Item.Fn fn) {
                if (!addAssoc(list, fn.name(), new Assoc(fn.name().name(), fn, null,
                        adt.def().path() + "::" + fn.name().name(), self, implScope, implParams))) {
                    continue;
                }
                Assoc a = list.get(list.size() - 1);
                tc.checkLater(a.symbol(), fn, () -> tc.checkFunction(a.symbol(), fn, implScope, self, implParams));
            } else if (it instanceof Item.Const c) {
                if (implParams > 0) {
                    tc.unsupported(c.span(), "associated constants in generic `impl` blocks");
                    continue;
                }
                addAssoc(list, c.name(), new Assoc(c.name().name(), null, c, adt.def().path() + "::" + c.name().name(), self,
                        implScope, 0));
            } else if (!(it instanceof Item.Error)) {
                dev.wasmrust.compiler.resolve.Resolver.unsupported(it, tc.diags);
            }
        }
    }

    private void defineTraitImpl(Scope s, Item.Impl im) {
        TraitDef trait = tc.resolveTrait(im.trait());
        if (trait == null) {
            return;
        }
        Scope implScope = tc.implGenerics(s, im.generics());
        int implParams = TypeChecker.typeParamCount(im.generics());
        tc.scope = implScope;
        Type self = tc.lowerTy(im.selfTy());
        List<Type> traitArgs = new ArrayList<>();
        if (im.trait().last().args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed ab) {
            for (dev.wasmrust.compiler.ast.GenericArg a : ab.args()) {
                if (a instanceof dev.wasmrust.compiler.ast.GenericArg.TypeArg ta) {
                    Type t = tc.lowerTy(ta.ty());
                    traitArgs.add(t == null ? Type.ERROR : t);
                }
            }
        }
        tc.scope = s;
        if (self == null) {
            return;
        }
        Span header = new Span(im.span().file(), im.span().lo(), im.selfTy().span().hi());
        if (traitArgs.size() != trait.params().size()) {
            int want = trait.params().size();
            tc.diags.report(Diagnostic.error("E0107", "trait takes " + want + " generic argument" + (want == 1 ? "" : "s") + " but "
                    + traitArgs.size() + " generic argument" + (traitArgs.size() == 1 ? " was" : "s were") + " supplied")
                    .primary(im.trait().last().ident().span(), "expected " + want + " generic argument" + (want == 1 ? "" : "s")));
            return;
        }
        // inside the impl, the trait's parameters stand for this impl's arguments
        for (int i = 0; i < traitArgs.size(); i++) {
            implScope.defineAlias(trait.params().get(i), traitArgs.get(i));
        }
        String traitKey = TypeChecker.traitKey(trait.name(), traitArgs);
        Map<String, List<Assoc>> byTrait = tc.traitImpls.computeIfAbsent(TypeChecker.implKey(self), k -> new java.util.HashMap<>());
        if (byTrait.containsKey(traitKey)) {
            tc.diags.report(Diagnostic.error("E0119", "conflicting implementations of trait `" + trait.name() + "` for type `" + self + "`")
                    .primary(header, "conflicting implementation for `" + self + "`"));
            return;
        }
        List<Assoc> list = new ArrayList<>();
        byTrait.put(traitKey, list);
        String selfName = self.toString();
        if (self instanceof Type.Adt sa && sa.def().path().contains("::") && selfName.startsWith(sa.def().name())) {
            // a type of a module (`io::Lines`, `m::Error`) must not share its impls' symbols with a namesake elsewhere
            selfName = sa.def().path() + selfName.substring(sa.def().name().length());
        }
        String base = "<" + selfName.replace(" ", "") + " as " + traitKey.replace(" ", "") + ">::";
        java.util.Set<String> given = new java.util.HashSet<>();
        Map<String, Type> assocTypes = new java.util.LinkedHashMap<>();
        Map<String, String> methods = new java.util.LinkedHashMap<>();
        for (Item it : im.items()) {
            if (it instanceof Item.TypeAlias ta && ta.ty() != null) {
                if (!trait.assocTypes().contains(ta.name().name())) {
                    tc.diags.report(Diagnostic.error("E0437", "type `" + ta.name().name() + "` is not a member of trait `" + trait.name() + "`")
                            .primary(ta.name().span(), "not a member of trait `" + trait.name() + "`"));
                    continue;
                }
                tc.scope = implScope;
                Type t = tc.lowerTy(ta.ty());
                tc.scope = s;
                if (t != null) {
                    assocTypes.put(ta.name().name(), t);
                    implScope.defineAlias("Self::" + ta.name().name(), t);
                }
            }
        }
        for (Item it : im.items()) {
            if (it instanceof Item.TypeAlias) {
                continue;
            }
            if (!(it instanceof Item.Fn fn)) {
                if (!(it instanceof Item.Error)) {
                    tc.unsupported(it.span(), "associated constants in trait implementations");
                }
                continue;
            }
            if (trait.method(fn.name().name()) == null) {
                tc.diags.report(Diagnostic.error("E0407", "method `" + fn.name().name() + "` is not a member of trait `" + trait.name() + "`")
                        .primary(fn.name().span(), "not a member of trait `" + trait.name() + "`"));
                continue;
            }
            given.add(fn.name().name());
            Assoc a = new Assoc(fn.name().name(), fn, null, base + fn.name().name(), self, implScope, implParams);
            list.add(a);
            methods.put(a.name(), a.symbol());
            tc.checkLater(a.symbol(), fn, () -> tc.checkFunction(a.symbol(), fn, implScope, self, implParams));
        }
        List<String> missing = new ArrayList<>();
        for (String at : trait.assocTypes()) {
            if (!assocTypes.containsKey(at)) {
                missing.add(at);
            }
        }
        for (Item.Fn m : trait.methods()) {
            if (given.contains(m.name().name())) {
                continue;
            }
            if (m.body() == null) {
                missing.add(m.name().name());
                continue;
            }
            // a default method, checked with this impl's Self
            Assoc a = new Assoc(m.name().name(), m, null, base + m.name().name(), self, implScope, implParams);
            list.add(a);
            methods.put(a.name(), a.symbol());
            tc.checkLater(a.symbol(), m, () -> tc.checkFunction(a.symbol(), m, implScope, self, implParams));
        }
        List<TraitImpl.FnBound> fnBounds = new ArrayList<>();
        for (int i = 0; i < implParams; i++) {
            FnSig b = implScope.fnBoundOf(i);
            if (b != null) {
                fnBounds.add(new TraitImpl.FnBound(i, b.params(), b.ret()));
            }
        }
        List<TraitImpl.AssocBinding> assocBindings = new ArrayList<>();
        List<TraitImpl.ParamBound> paramBounds = new ArrayList<>();
        for (int i = 0; i < implParams; i++) {
            for (String bound : implScope.boundsOf(i)) {
                paramBounds.add(new TraitImpl.ParamBound(i, bound));
                TraitDef bt = tc.lookupTraitAnywhere(bound);
                if (bt == null) {
                    continue;
                }
                for (String at : bt.assocTypes()) {
                    Type pattern = implScope.assocBinding(i, at);
                    if (pattern != null) {
                        assocBindings.add(new TraitImpl.AssocBinding(i, bt.name(), at, pattern));
                    }
                }
            }
        }
        tc.implTable.add(new TraitImpl(trait.name(), traitArgs, self, implParams, assocTypes, methods, fnBounds, assocBindings, paramBounds,
                new dev.wasmrust.compiler.source.Span(im.span().file(), im.span().lo(), im.selfTy().span().hi())));
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing.stream().map(n -> "`" + n + "`").toList());
            tc.diags.report(Diagnostic.error("E0046", "not all trait items implemented, missing: " + names)
                    .primary(header, "missing " + names + " in implementation"));
        }
    }

    private boolean addAssoc(List<Assoc> list, dev.wasmrust.compiler.ast.Ident name, Assoc a) {
        for (Assoc prev : list) {
            if (prev.name().equals(name.name())) {
                Span prevSpan = prev.fn() != null ? prev.fn().name().span() : prev.konst().name().span();
                tc.diags.report(Diagnostic.error("E0592", "duplicate definitions with name `" + name.name() + "`")
                        .primary(name.span(), "duplicate definitions for `" + name.name() + "`")
                        .secondary(prevSpan, "other definition for `" + name.name() + "`"));
                return false;
            }
        }
        list.add(a);
        return true;
    }
}
