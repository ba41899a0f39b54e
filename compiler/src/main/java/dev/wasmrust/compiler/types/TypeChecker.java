package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.resolve.ItemScope;
import dev.wasmrust.compiler.resolve.Resolver;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.thir.TStmt;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types phase's entry point: checks every function of a crate and produces the typed program.
 * Bidirectional checking with an expected type flowing inwards; integer literals get inference
 * variables that unify across statements and default to {@code i32}.
 */
public final class TypeChecker {
    Diagnostics diags;
    final SourceMap sources;
    private final List<TFunction> done = new ArrayList<>();
    /**
     * Errors rustc finds only after type checking (its borrow checker, e.g. E0384), for the function being
     * checked: reported only if the function type-checked cleanly, as rustc skips bodies with type errors.
     */
    private List<Diagnostic.Builder> afterTypeck = new ArrayList<>();
    final Deque<Runnable> pendingFns = new ArrayDeque<>();
    /** Inherent associated items by the type they belong to. */
    final Map<AdtDef, List<Assoc>> inherent = new IdentityHashMap<>();
    /** Methods the standard library defines on primitive types, by the type's name (`str`, `i32`, ...). */
    final Map<String, List<Assoc>> primitiveInherent = new HashMap<>();
    /** Trait impls: type key ({@link #typeKey}) -> trait name -> the impl's methods (defaults included). */
    final Map<String, Map<String, List<Assoc>>> traitImpls = new HashMap<>();
    /** The standard library's scope, where paths like `std::fmt::Display` resolve. */
    Scope preludeScope;

    /** The trait a path names: one in scope, or the standard library's (`fmt::Display`); E0405 otherwise. */
    TraitDef resolveTrait(Path path) {
        String last = path.last().ident().name();
        PathResolver.Res r = paths.resolve(path, Namespace.TYPE);
        if (r instanceof PathResolver.Res.Trait found) {
            return found.def();
        }
        if (r instanceof PathResolver.Res.Failed) {
            return null;
        }
        TraitDef t = path.segments().size() == 1 ? scope.lookupTrait(last) : isStdPath(path) ? preludeScope.lookupTrait(last) : null;
        if (t == null && (path.segments().size() == 1 || isStdPath(path)) && TraitBounds.BUILTIN.contains(last)) {
            // the compiler implements these itself (for primitives and derives); impls written by hand are not wired in yet
            unsupported(path.span(), "implementing `" + last + "` by hand (use `#[derive(" + last + ")]`)");
            return null;
        }
        if (t == null) {
            diags.report(Diagnostic.error("E0405", "cannot find trait `" + last + "` in this scope")
                    .primary(path.last().ident().span(), "not found in this scope"));
        }
        return t;
    }

    static boolean isStdPath(Path path) {
        String first = path.segments().get(0).ident().name();
        return first.equals("std") || first.equals("core") || first.equals("fmt");
    }

    /** How the standard library's methods of primitive types are keyed: by name, every slice type as {@code [T]}. */
    static String primitiveKey(Type t) {
        return t instanceof Type.Slice ? "[T]" : t.toString();
    }

    /** How trait impls are keyed: a struct or enum by its definition path, a primitive by its name. */
    static String typeKey(Type t) {
        return t instanceof Type.Adt a ? a.def().path() : t.toString();
    }

    /**
     * The key an impl is registered under: its self type's {@link #typeKey}, or the whole type when it is an
     * instance with concrete arguments ({@code impl Iterator for Counter<u8>} next to {@code Counter<u16>}).
     */
    static String implKey(Type self) {
        if (self instanceof Type.Param) {
            return "<blanket>"; // no type is spelled so: found through the impl table (matchedImplMethod)
        }
        if (self instanceof Type.Adt a && !a.args().isEmpty() && !Types.any(a, x -> x instanceof Type.Param)) {
            return a.def().path() + a.args();
        }
        return typeKey(self);
    }

    /** A trait with its arguments as impls are told apart: {@code FromIterator<char>}; a parameter counts as any. */
    static String traitKey(String trait, List<Type> args) {
        if (args.isEmpty()) {
            return trait;
        }
        StringBuilder b = new StringBuilder(trait).append('<');
        for (int i = 0; i < args.size(); i++) {
            Type a = args.get(i);
            b.append(i == 0 ? "" : ",").append(argKey(a));
        }
        return b.append('>').toString();
    }

    /** A trait argument's part of {@link #traitKey}: references stay apart ({@code Extend<T>} next to {@code Extend<&T>}). */
    private static String argKey(Type a) {
        if (a instanceof Type.Ref r) {
            return (r.mutable() ? "&mut " : "&") + argKey(r.inner());
        }
        if (a instanceof Type.Tuple t) {
            return "(" + String.join(",", t.elems().stream().map(TypeChecker::argKey).toList()) + ")";
        }
        return Types.any(a, x -> x instanceof Type.Param) ? "_" : typeKey(a);
    }

    /** The impls registered for a value of type {@code t}: those for exactly its type, then those for its constructor. */
    Map<String, List<Assoc>> implsFor(Type t) {
        Map<String, List<Assoc>> out = new java.util.LinkedHashMap<>();
        Map<String, List<Assoc>> exact = t instanceof Type.Adt a && !a.args().isEmpty() ? traitImpls.get(implKey(inf == null ? t : inf.deep(t))) : null;
        if (exact != null) {
            out.putAll(exact);
        }
        Map<String, List<Assoc>> general = traitImpls.get(typeKey(t));
        if (general != null) {
            general.forEach(out::putIfAbsent);
        }
        return out;
    }

    /** The methods `impl Trait for T` gives {@code t}, or null. */
    List<Assoc> traitImpl(Type t, String trait) {
        return implsFor(t).get(trait);
    }
    private final ItemDefiner definer = new ItemDefiner(this);
    final PathResolver paths = new PathResolver(this);
    final PatternChecker patterns = new PatternChecker(this);
    final DataChecks data = new DataChecks(this);
    final ClosureChecker closures = new ClosureChecker(this);
    /** {@code Self} inside an {@code impl} or a type definition; null elsewhere. */
    Type selfType;
    private final Map<Item.Const, TExpr> constValues = new IdentityHashMap<>();
    private final Map<Item.Const, Boolean> constInProgress = new IdentityHashMap<>();
    int nextLocal;
    private int nextLabel;
    private final MacroExpander macros;

    // per function
    Inference inf;
    Type fnReturn;
    Scope scope;
    String fnSymbol;
    final Deque<LoopCtx> loops = new ArrayDeque<>();
    /** Immutable locals declared without a value (`let x;`): their first assignment initialises them. */
    private final java.util.Set<Integer> uninitialised = new java.util.HashSet<>();

    /** The deferred-initialization state, for branches that each start from it (`match` arms). */
    java.util.Set<Integer> uninitialisedNow() {
        return new java.util.HashSet<>(uninitialised);
    }

    void resetUninitialised(java.util.Set<Integer> to) {
        uninitialised.clear();
        uninitialised.addAll(to);
    }
    /** Lints whose "on by default" note was already shown: rustc shows it once per crate. */
    private final java.util.Set<String> lintNotesShown = new java.util.HashSet<>();

    static final class LoopCtx {
        final String label;
        final int id;
        final boolean isLoop;
        final boolean isBlock;
        Type breakType;

        LoopCtx(String label, int id, boolean isLoop, boolean isBlock) {
            this.label = label;
            this.id = id;
            this.isLoop = isLoop;
            this.isBlock = isBlock;
        }
    }

    /** Non-null while checking a REPL cell. */
    private CellSpec cell;

    /** Defines the session variables in the cell function's scope (their types looked up again in this checker). */
    private void defineExternals() {
        for (int i = 0; i < cell.externals().size(); i++) {
            CellSpec.External x = cell.externals().get(i);
            Type t = importType(x.type());
            if (t == null) {
                continue; // its type no longer exists (a redefined or removed item): the variable is gone
            }
            TLocal local = new TLocal(CellSpec.externalId(i), x.name(), t, x.mutable());
            scope.define(x.name(), new Scope.LocalBinding(local, x.declSpan(), x.declSpan()));
        }
    }

    /** A type from another check with its struct and enum definitions replaced by this checker's (null if gone). */
    private Type importType(Type t) {
        if (t instanceof Type.Adt a) {
            AdtDef d = adtByPath(a.def().path());
            List<Type> args = importTypes(a.args());
            return d == null || args == null || d.typeParams().size() != args.size() ? null : new Type.Adt(d, args);
        } else if (t instanceof Type.Ref r) {
            Type in = importType(r.inner());
            return in == null ? null : new Type.Ref(r.mutable(), in);
        } else if (t instanceof Type.Tuple tu) {
            List<Type> es = importTypes(tu.elems());
            return es == null ? null : new Type.Tuple(es);
        } else if (t instanceof Type.Array ar) {
            Type e = importType(ar.elem());
            return e == null ? null : new Type.Array(e, ar.len());
        } else if (t instanceof Type.Slice sl) {
            Type e = importType(sl.elem());
            return e == null ? null : new Type.Slice(e);
        } else if (t instanceof Type.Closure c) {
            List<Type> oa = importTypes(c.ownerArgs());
            List<Type> ps = importTypes(c.params());
            Type ret = importType(c.ret());
            List<Type> cs = importTypes(c.captures());
            return oa == null || ps == null || ret == null || cs == null ? null
                    : new Type.Closure(c.symbol(), oa, ps, ret, cs, c.where());
        } else if (t instanceof Type.FnDef f) {
            List<Type> ta = importTypes(f.typeArgs());
            List<Type> ps = importTypes(f.params());
            Type ret = importType(f.ret());
            return ta == null || ps == null || ret == null ? null : new Type.FnDef(f.symbol(), f.name(), ta, ps, ret);
        } else if (t instanceof Type.Var || t instanceof Type.Param || t instanceof Type.Projection) {
            return null;
        }
        return t;
    }

    private List<Type> importTypes(List<Type> ts) {
        List<Type> out = new ArrayList<>();
        for (Type t : ts) {
            Type i = importType(t);
            if (i == null) {
                return null;
            }
            out.add(i);
        }
        return out;
    }

    /** A struct or enum by its definition path ({@code core::String}, {@code shapes::Circle}). */
    private AdtDef adtByPath(String path) {
        String[] parts = path.split("::");
        boolean std = parts[0].equals("core");
        Scope s = std ? preludeScope : crateRoot;
        for (int i = std ? 1 : 0; i < parts.length - 1 && s != null; i++) {
            s = s.moduleHere(parts[i], null);
        }
        return s == null ? null : s.typeHere(parts[parts.length - 1], null);
    }

    private TypeChecker(Diagnostics diags, SourceMap sources) {
        this.diags = diags;
        this.sources = sources;
        this.macros = new MacroExpander(this);
    }

    /** Checks a crate; {@code main} must exist (E0601). */
    public static TProgram check(Crate crate, ItemScope items, SourceMap sources, Diagnostics diags) {
        return check(crate, items, null, sources, diags);
    }

    /** Checks a crate in front of the standard library's prelude (null: no prelude). */
    public static TProgram check(Crate crate, ItemScope items, Crate prelude, SourceMap sources, Diagnostics diags) {
        return check(crate, items, prelude, sources, diags, null);
    }

    /**
     * Checks a REPL cell's crate: the session's items plus the function {@code cell.entrySymbol()} holding the
     * cell's statements, which sees the session variables as locals. No {@code main} is needed; the program's
     * entry is the cell's function.
     */
    public static TProgram check(Crate crate, ItemScope items, Crate prelude, SourceMap sources, Diagnostics diags,
                                 CellSpec cell) {
        TypeChecker tc = new TypeChecker(diags, sources);
        tc.cell = cell;
        int reportedBefore = diags.size();
        TProgram program = tc.checkCrate(crate, items, prelude);
        diags.reorderFrom(reportedBefore, dev.wasmrust.compiler.resolve.ReportOrder::rank);
        return program;
    }

    /**
     * Checks a REPL cell's crate (see {@link #check(Crate, ItemScope, Crate, SourceMap, Diagnostics, CellSpec)}) in
     * front of a prelude defined once for many checks.
     */
    public static TProgram check(Crate crate, ItemScope items, DefinedPrelude prelude, SourceMap sources, Diagnostics diags,
                                 CellSpec cell) {
        TypeChecker tc = new TypeChecker(diags, sources);
        tc.cell = cell;
        tc.adopt(prelude);
        int reportedBefore = diags.size();
        TProgram program = tc.checkCrate(crate, items, null);
        diags.reorderFrom(reportedBefore, dev.wasmrust.compiler.resolve.ReportOrder::rank);
        return program;
    }

    /**
     * The standard library's prelude defined once, for many checks in front of it (a session's cells): defining
     * it costs far more than checking a small cell. Each check starts from copies of the tables it fills (impls,
     * inherent items, function symbols), so checks do not see each other's items. The standard library's bodies
     * are checked on first use by the checker that defined them (they name nothing outside the library), once.
     * Not thread-safe: one check at a time.
     */
    public static final class DefinedPrelude {
        private final TypeChecker std;
        private final Map<String, List<TFunction>> checkedBodies = new HashMap<>();

        private DefinedPrelude(TypeChecker std) {
            this.std = std;
        }

        /** Defines the prelude's items; its problems (there should be none) go to {@code diags}. */
        public static DefinedPrelude define(Crate prelude, SourceMap sources, Diagnostics diags) {
            TypeChecker tc = new TypeChecker(diags, sources);
            tc.preludeScope = new Scope(null, true);
            tc.definePrelude(tc.preludeScope, prelude);
            // `crate::` in a library body means the library
            tc.crateRoot = tc.preludeScope;
            tc.runPending();
            return new DefinedPrelude(tc);
        }

        private java.util.Map<String, String> stdTraitMethods;

        /**
         * The trait-method table of a check that started from this prelude: the library's own, computed once, plus
         * what the check's impls added (a check without impls of its own shares the library's table).
         */
        private java.util.Map<String, String> traitMethodsWith(Map<String, Map<String, List<Assoc>>> traitImpls) {
            if (stdTraitMethods == null) {
                stdTraitMethods = java.util.Map.copyOf(traitMethods(std.traitImpls, std.primitiveInherent, (k, t) -> true));
            }
            java.util.function.BiPredicate<String, String> added = (typeKey, trait) -> {
                Map<String, List<Assoc>> before = std.traitImpls.get(typeKey);
                List<Assoc> was = before == null ? null : before.get(trait);
                return was == null || was.size() != traitImpls.get(typeKey).get(trait).size();
            };
            java.util.Map<String, String> extra = traitMethods(traitImpls, Map.of(), added);
            if (extra.isEmpty()) {
                return stdTraitMethods;
            }
            java.util.Map<String, String> all = new HashMap<>(stdTraitMethods);
            all.putAll(extra);
            return all;
        }

        private List<TFunction> bodies(String symbol) {
            List<TFunction> fs = checkedBodies.get(symbol);
            if (fs == null) {
                fs = List.copyOf(std.checkOnDemand(symbol));
                checkedBodies.put(symbol, fs);
            }
            return fs;
        }
    }

    /** When set, the standard library's bodies come from a shared prelude (see {@link DefinedPrelude}). */
    private DefinedPrelude sharedPrelude;

    private void adopt(DefinedPrelude p) {
        TypeChecker std = p.std;
        sharedPrelude = p;
        preludeScope = std.preludeScope;
        optionDef = std.optionDef;
        resultDef = std.resultDef;
        stringDef = std.stringDef;
        std.inherent.forEach((k, v) -> inherent.put(k, new ArrayList<>(v)));
        std.primitiveInherent.forEach((k, v) -> primitiveInherent.put(k, new ArrayList<>(v)));
        std.traitImpls.forEach((type, byTrait) -> {
            Map<String, List<Assoc>> copy = new HashMap<>();
            byTrait.forEach((trait, methods) -> copy.put(trait, new ArrayList<>(methods)));
            traitImpls.put(type, copy);
        });
        implTable.addAll(std.implTable);
        fnsBySymbol.putAll(std.fnsBySymbol);
        allModules.addAll(std.allModules);
        useInsertion.putAll(std.useInsertion);
        constValues.putAll(std.constValues);
        nextLocal = std.nextLocal;
        nextLabel = std.nextLabel;
    }

    private TProgram checkCrate(Crate crate, ItemScope items, Crate prelude) {
        TypeChecker tc = this;
        if (sharedPrelude == null) {
            tc.preludeScope = new Scope(null, true);
        }
        Scope preludeScope = tc.preludeScope;
        if (prelude != null) {
            tc.definePrelude(preludeScope, prelude);
        }
        Scope module = Scope.newModule(preludeScope, crateName(sources.file(crate.file()).name()), null, "");
        tc.crateRoot = module;
        tc.defineItems(module, items, crate.items(), "");
        Item.Fn main = items.functions().get(cell != null ? cell.entrySymbol() : "main");
        if (cell != null) {
            // a cell's entry function is written by the session, not by the user: nothing to check about it
        } else if (main == null) {
            String name = sources.file(crate.file()).name();
            String text = sources.file(crate.file()).text();
            // rustc points just past the last character, before a final newline
            int end = text.endsWith("\n") ? text.length() - 1 : text.length();
            diags.report(Diagnostic.error("E0601", "`main` function not found in crate `" + crateName(name) + "`")
                    .primary(new Span(crate.file(), end, end), "consider adding a `main` function to `" + name + "`"));
        } else if (!main.params().isEmpty() || main.ret() != null && !(main.ret() instanceof Ty.TupleTy t && t.elems().isEmpty())) {
            if (!main.params().isEmpty()) {
                diags.report(Diagnostic.error("E0580", "`main` function has wrong type")
                        .primary(main.span().to(main.name().span()), "incorrect number of function parameters")
                        .note("expected signature `fn()`"));
            } else if (!tc.returnsUnitResult(main, module)) {
                tc.unsupported(main.ret().span(), "`main` returning a value other than `Result<(), E>`");
            }
        }
        tc.runPending();
        if (!diags.hasErrors()) {
            privacyPass.forEach(diags::report);
        }
        if (!diags.hasErrors() && cell == null) {
            // rustc runs these lints on the checked program only, after type checking succeeded; a REPL cell
            // allows them (values come from earlier cells, so a cell alone cannot know what overflows)
            for (TFunction f : tc.done) {
                OverflowLint.check(f.body(), diags, tc.lintNotesShown);
            }
        }
        java.util.Map<String, String> traitMethods = sharedPrelude != null ? sharedPrelude.traitMethodsWith(tc.traitImpls)
                : traitMethods(tc.traitImpls, tc.primitiveInherent, (typeKey, trait) -> true);
        return new TProgram(tc.done, main == null ? null : cell != null ? cell.entrySymbol() : "main", traitMethods,
                tc.implTable, tc::checkOnDemand);
    }

    /**
     * Which function implements a trait's method for a type ({@link TProgram#traitMethodKey}), for the impls
     * {@code include} accepts (by type key and trait).
     */
    private static java.util.Map<String, String> traitMethods(Map<String, Map<String, List<Assoc>>> traitImpls,
                                                              Map<String, List<Assoc>> primitiveInherent,
                                                              java.util.function.BiPredicate<String, String> include) {
        java.util.Map<String, String> out = new HashMap<>();
        traitImpls.forEach((typeKey, byTrait) -> byTrait.forEach((trait, methods) -> {
            if (include.test(typeKey, trait)) {
                methods.forEach(as -> out.put(TProgram.traitMethodKey(trait, as.name(), typeKey), as.symbol()));
            }
        }));
        // `str::parse` reaches the integer types' `__from_str` (FromStr)
        primitiveInherent.forEach((typeKey, methods) -> methods.forEach(as -> {
            if (as.name().equals("__from_str")) {
                out.put(TProgram.traitMethodKey("FromStr", "__from_str", typeKey), as.symbol());
            }
        }));
        return out;
    }

    /** The standard library's `Option` and `Result`, which `?` and the prelude's variant names refer to. */
    AdtDef optionDef;
    AdtDef resultDef;
    AdtDef stringDef;

    private void definePrelude(Scope s, Crate prelude) {
        List<Item> items = new ArrayList<>();
        List<Item.Use> uses = new ArrayList<>();
        for (Item it : prelude.items()) {
            if (it instanceof Item.Use u) {
                uses.add(u);
            } else {
                items.add(it);
            }
        }
        defineItems(s, Resolver.collect(items, diags), items, "core");
        optionDef = s.lookupType("Option");
        resultDef = s.lookupType("Result");
        stringDef = s.lookupType("String");
        // `pub use Enum::{A, B};` re-exports variants, as Rust's prelude does for Some/None/Ok/Err
        for (Item.Use u : uses) {
            if (u.tree() instanceof Item.UseTree.Nested n && n.prefix().segments().size() == 1) {
                AdtDef def = s.lookupType(n.prefix().segments().get(0).ident().name());
                for (Item.UseTree t : n.trees()) {
                    if (def != null && t instanceof Item.UseTree.Simple sm && def.variantIndex(sm.path().last().ident().name()) >= 0) {
                        String v = sm.path().last().ident().name();
                        s.define(v, new Scope.CtorBinding(def, def.variantIndex(v)));
                    }
                }
            }
        }
    }

    private static String crateName(String file) {
        String n = file.substring(file.lastIndexOf('/') + 1);
        if (n.endsWith(".rs")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.replace('-', '_');
    }

    private void runPending() {
        while (!pendingFns.isEmpty()) {
            pendingFns.poll().run();
        }
    }

    /** The crate's root module, where `crate::` paths start. */
    Scope crateRoot;

    /** A module or block whose names are declared, waiting for its imports and then its bodies. */
    record Declared(Scope scope, ItemScope items, String prefix, List<AdtDef> defs) {}

    /**
     * Defines the items of the crate or of a block in three steps, as rustc does: every name of every (nested)
     * module first, then the `use` declarations (which may name any of them), then the bodies (fields, impls,
     * functions), whose types may refer to items anywhere.
     */
    private void defineItems(Scope s, ItemScope items, List<Item> source, String prefix) {
        List<Declared> declared = new ArrayList<>();
        declareItems(s, items, source, prefix, declared);
        new ImportResolver(this).resolve(declared);
        for (Declared d : declared) {
            defineBodies(d);
        }
    }

    private void declareItems(Scope s, ItemScope items, List<Item> source, String prefix, List<Declared> out) {
        if (s.isModule()) {
            allModules.add(s);
            Span at = null;
            for (Item it : source) {
                if (it instanceof Item.Use && at == null) {
                    at = startOf(it);
                }
            }
            if (at == null && !source.isEmpty()) {
                at = startOf(source.get(0));
            }
            if (at != null) {
                useInsertion.put(s, at);
            }
        }
        for (Map.Entry<String, Item.Const> e : items.consts().entrySet()) {
            Item.Const c = e.getValue();
            String kind = items.statics().contains(e.getKey()) ? "static" : "constant";
            s.define(e.getKey(), new Scope.ConstBinding(c, s), new Decl(visibility(c.vis(), s), kind, e.getKey(), c.span(), null));
        }
        List<AdtDef> defs = definer.declareTypes(s, items.types(), prefix);
        definer.defineTraits(s, items.traits(), prefix);
        for (Map.Entry<String, Item.Fn> e : items.functions().entrySet()) {
            String symbol = prefix.isEmpty() ? e.getKey() : prefix + "::" + e.getKey();
            Item.Fn fn = e.getValue();
            fnsBySymbol.put(symbol, fn);
            s.define(e.getKey(), new Scope.FnBinding(symbol, fn, s), new Decl(visibility(fn.vis(), s), "function", e.getKey(),
                    signatureSpan(fn), null));
        }
        out.add(new Declared(s, items, prefix, defs));
        for (Item.Mod m : items.modules()) {
            String name = m.name().name();
            String childPrefix = prefix.isEmpty() ? name : prefix + "::" + name;
            Scope child = Scope.newModule(preludeScope, name, s.module(), childPrefix);
            s.defineModule(name, child, new Decl(visibility(m.vis(), s), "module", name, Resolver.headerSpan(m), null));
            declareItems(child, Resolver.collect(m.items(), diags), m.items(), childPrefix, out);
        }
    }

    private void defineBodies(Declared d) {
        Scope s = d.scope();
        // like rustc, check every constant, used or not
        for (Item.Const c : d.items().consts().values()) {
            Scope.ConstBinding binding = new Scope.ConstBinding(c, s);
            pendingFns.add(() -> constValue(binding, c.span()));
        }
        definer.defineTypeBodies(s, d.items().types(), d.defs());
        definer.defineImpls(s, d.items().impls(), d.prefix());
        for (Map.Entry<String, Item.Fn> e : d.items().functions().entrySet()) {
            String symbol = d.prefix().isEmpty() ? e.getKey() : d.prefix() + "::" + e.getKey();
            Item.Fn fn = e.getValue();
            checkLater(symbol, fn, () -> checkFunction(symbol, fn, s, null));
        }
    }

    /**
     * The standard library's function bodies are checked when monomorphization first reaches them (they are
     * correct, and most programs use a small part of them); the program's own are checked now, every one.
     */
    private final Map<String, Runnable> lazyStd = new HashMap<>();

    /** Set by {@link #checkEagerly}: every standard-library body is checked up front (a test of the std itself). */
    private boolean eagerStd;

    /** Checks a crate and every function of the standard library, used or not. */
    public static TProgram checkEagerly(Crate crate, ItemScope items, Crate prelude, SourceMap sources, Diagnostics diags) {
        TypeChecker tc = new TypeChecker(diags, sources);
        tc.eagerStd = true;
        return tc.checkCrate(crate, items, prelude);
    }

    void checkLater(String symbol, Item.Fn fn, Runnable check) {
        if (!eagerStd && sources.file(fn.span()).name().startsWith("<std>/")
                || cell != null && cell.lazyBodiesIn(fn.span().file())) {
            lazyStd.put(symbol, check);
        } else {
            pendingFns.add(check);
        }
    }

    /** Checks a standard-library function on first use; returns the functions that made (it and its closures). */
    private List<TFunction> checkOnDemand(String symbol) {
        Runnable r = lazyStd.remove(symbol);
        if (r == null) {
            return sharedPrelude != null ? sharedPrelude.bodies(symbol) : List.of();
        }
        int before = done.size();
        r.run();
        runPending();
        return new ArrayList<>(done.subList(before, done.size()));
    }

    /** Where an item begins, outer attributes included: a `use` inserted there goes before them. */
    private static Span startOf(Item it) {
        List<dev.wasmrust.compiler.ast.Attr> attrs = it.attrs();
        int lo = attrs.isEmpty() ? it.span().lo() : Math.min(it.span().lo(), attrs.get(0).span().lo());
        return new Span(it.span().file(), lo, lo);
    }

    /** `pub fn f(x: i32) -> i32`: where rustc points when it says a function is defined (no body). */
    Span signatureSpan(Item.Fn fn) {
        int hi = fn.ret() != null ? fn.ret().span().hi() : fn.name().span().hi();
        if (fn.ret() == null && fn.body() != null) {
            String text = sources.file(fn.span()).text();
            int i = fn.body().span().lo() - 1;
            while (i > hi && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (text.charAt(i) == ')') {
                hi = i + 1;
            }
        }
        return new Span(fn.span().file(), fn.span().lo(), hi);
    }

    /**
     * The visibility of an item declared in {@code where}'s module: `pub` is public, no `pub` means that module,
     * `pub(crate)`, `pub(self)`, `pub(super)` and `pub(in path)` the module they name. The standard library's
     * items are public.
     */
    ItemVis visibility(dev.wasmrust.compiler.ast.Visibility v, Scope where) {
        Scope m = where.module();
        if (m == null || v instanceof dev.wasmrust.compiler.ast.Visibility.Public) {
            return ItemVis.PUBLIC;
        }
        if (v instanceof dev.wasmrust.compiler.ast.Visibility.Restricted r) {
            Scope target = m;
            for (dev.wasmrust.compiler.ast.PathSegment seg : r.path().segments()) {
                String n = seg.ident().name();
                if (n.equals("crate")) {
                    target = crateRoot;
                } else if (n.equals("super")) {
                    target = target.parentModule() == null ? target : target.parentModule();
                } else if (!n.equals("self")) {
                    Scope next = target.moduleHere(n, null);
                    if (next == null) {
                        diags.report(Diagnostic.error("E0433", "cannot find module `" + n + "` in `" + target.moduleName() + "`")
                                .primary(seg.ident().span(), "could not find `" + n + "` in `" + target.moduleName() + "`"));
                        return new ItemVis(m);
                    }
                    target = next;
                }
            }
            return new ItemVis(target);
        }
        return new ItemVis(m);
    }

    // ---- functions ----

    void checkFunction(String symbol, Item.Fn fn, Scope outer, Type self) {
        checkFunction(symbol, fn, outer, self, 0);
    }

    void checkFunction(String symbol, Item.Fn fn, Scope outer, Type self, int implParams) {
        fnsBySymbol.put(symbol, fn);
        if (fn.body() == null) {
            diags.report(Diagnostic.error("free function without a body").primary(fn.span(), "")
                    .suggestion(fn.span().shrinkToHi(), "provide a definition for the function", " { <body> }"));
            return;
        }

        if (fn.sig().isAsync() || fn.sig().isConst() || fn.sig().isUnsafe() || fn.sig().abi() != null) {
            unsupported(fn.sig().span(), "`async`, `const`, `unsafe` and `extern` function qualifiers");
            return;
        }
        if (fn.selfParam() != null && self == null) {
            diags.report(Diagnostic.error("`self` parameter is only allowed in associated functions")
                    .primary(fn.selfParam().span(), "not semantically valid as function parameter")
                    .note("associated functions are those in `impl` or `trait` definitions"));
            return;
        }
        if (!sources.file(fn.span()).name().startsWith("<std>/")) {
            Diagnostic.Builder missing = MissingLifetimes.check(fn);
            if (missing != null) {
                diags.report(missing);
            }
        }
        Type saveSelf = selfType;
        selfType = self;
        try {
            checkFunctionBody(symbol, fn, fnGenerics(outer, fn, implParams), implParams + fnTypeParamCount(fn));
        } finally {
            selfType = saveSelf;
        }
    }

    private void checkFunctionBody(String symbol, Item.Fn fn, Scope outer, int typeParams) {
        Inference saveInf = inf;
        Type saveRet = fnReturn;
        Scope saveScope = scope;
        String saveSym = fnSymbol;
        List<Diagnostic.Builder> saveAfter = afterTypeck;
        afterTypeck = new ArrayList<>();
        int errorsBefore = diags.errorCount();
        inf = newInference();
        fnSymbol = symbol;
        loops.clear();
        scope = new Scope(outer, true);
        ClosureChecker.State saveClosures = closures.enterFunction(
                outer.allTypeParams().stream().filter(tp -> tp.index() < typeParams).toList());
        List<TLocal> params = new ArrayList<>();
        boolean ok = true;
        if (fn.selfParam() != null) {
            Item.SelfParam sp = fn.selfParam();
            Type st = switch (sp.kind()) {
                case REF -> new Type.Ref(false, selfType);
                case REF_MUT -> new Type.Ref(true, selfType);
                case VALUE -> selfType;
                default -> null;
            };
            if (st == null) {
                unsupported(sp.span(), "`self` parameters with an explicit type");
                ok = false;
            } else {
                TLocal local = new TLocal(nextLocal++, "self", st, sp.kind() == Item.SelfKind.VALUE && sp.mutability().isMut());
                scope.define("self", new Scope.LocalBinding(local, sp.span(), sp.span()));
                params.add(local);
            }
        }
        for (Item.Param p : fn.params()) {
            Type t = lowerTy(p.ty());
            if (t == null) {
                ok = false;
                continue;
            }
            TLocal local = bindPattern(p.pat(), t, p.pat().span());
            if (local == null) {
                ok = false;
                continue;
            }
            params.add(local);
        }
        if (cell != null && symbol.equals(cell.entrySymbol())) {
            defineExternals();
        }
        TLocal saveCaller = callerLocation;
        callerLocation = null;
        if (tracksCaller(fn)) {
            callerLocation = new TLocal(nextLocal++, "__caller_location", Type.STR_REF, false);
            params.add(callerLocation);
        }
        Type ret = fn.ret() == null ? Type.UNIT : lowerTy(fn.ret());
        List<Runnable> saveDeferred = deferredChecks;
        deferredChecks = new ArrayList<>();
        if (ret != null && ok) {
            fnReturn = ret;
            Span bodySpan = fn.body().span();
            TExpr body = checkBlock(fn.body(), ret, null);
            if (body instanceof TExpr.Block bb && bb.tail() != null && inf.shallow(body.type()) instanceof Type.Ref
                    && inf.shallow(ret) instanceof Type.Ref && !inf.unify(body.type(), ret)) {
                TExpr tail = coerce(bb.tail(), ret, bb.tail().span());
                if (tail != bb.tail()) {
                    body = new TExpr.Block(bb.stmts(), tail, ret, bb.span());
                }
            }
            demand(body, ret, bodySpan, fn.ret() != null ? fn.ret().span() : null, "expected `" + ret
                    + "` because of return type");
            checkParseTargets();
            if (!sources.file(fn.span()).name().startsWith("<std>/")) {
                closures.finalSolve(fn.span());
            } else {
                closures.solve();
            }
            inf.solvePendingProjections();
            for (Runnable r : deferredChecks) {
                r.run();
            }
            Zonker z = new Zonker(inf, diags, lintNotesShown);
            List<TLocal> zparams = params.stream().map(z::local).toList();
            TExpr checked = z.expr(body);
            TFunction checkedFn = new TFunction(symbol, zparams, ret, checked, fn.span(), typeParams);
            done.add(checkedFn);
            if (!sources.file(fn.span()).name().startsWith("<std>/")) {
                java.util.Set<Integer> copyParams = new java.util.HashSet<>();
                for (Type.Param tp : scope.allTypeParams()) {
                    if (hasBound(tp, "Copy")) {
                        copyParams.add(tp.index());
                    }
                }
                afterTypeck.addAll(dev.wasmrust.compiler.borrow.MoveCheck.check(checkedFn, t -> isCopyType(t, copyParams), this::ownedParameter,
                        this::trimEnd));
                afterTypeck.addAll(dev.wasmrust.compiler.borrow.BorrowCheck.check(checkedFn, t -> isCopyType(t, copyParams),
                        this::callSignature));
            }
            done.addAll(closures.finish(z, typeParams));
        }
        closures.leaveFunction(saveClosures);
        deferredChecks = saveDeferred;
        callerLocation = saveCaller;
        if (diags.errorCount() == errorsBefore) {
            afterTypeck.forEach(diags::report);
        }
        afterTypeck = saveAfter;
        inf = saveInf;
        fnReturn = saveRet;
        scope = saveScope;
        fnSymbol = saveSym;
    }

    /**
     * A scope with the type parameters of {@code g} defined as {@link Type.Param}s numbered from {@code offset}
     * (an impl's parameters come first, then a method's), with their trait bounds recorded by name.
     */
    Scope withGenerics(Scope outer, dev.wasmrust.compiler.ast.Generics g, int offset) {
        return genericScope(outer, g, offset, false);
    }

    /**
     * An impl's generics: its const parameters too ({@code impl<T, const N: usize> IntoIterator for [T; N]}), each a
     * {@link Type.Param} bound to a {@link Type.Const} when the impl's header is matched against an array type.
     */
    Scope implGenerics(Scope outer, dev.wasmrust.compiler.ast.Generics g) {
        return genericScope(outer, g, 0, true);
    }

    private Scope genericScope(Scope outer, dev.wasmrust.compiler.ast.Generics g, int offset) {
        return genericScope(outer, g, offset, false);
    }

    private Scope genericScope(Scope outer, dev.wasmrust.compiler.ast.Generics g, int offset, boolean consts) {
        Scope s = new Scope(outer, false);
        int i = offset;
        // every parameter is defined before any bound is read: a bound may name a later one (`I: Iterator<Item = U>, U`)
        int j = offset;
        for (dev.wasmrust.compiler.ast.GenericParam p : g.params()) {
            if (p instanceof dev.wasmrust.compiler.ast.GenericParam.TypeParam tp) {
                s.defineTypeParam(tp.name().name(), new Type.Param(j, tp.name().name()));
            }
            if (p instanceof dev.wasmrust.compiler.ast.GenericParam.TypeParam || p instanceof dev.wasmrust.compiler.ast.GenericParam.ConstParam) {
                j++;
            }
        }
        for (dev.wasmrust.compiler.ast.GenericParam p : g.params()) {
            if (p instanceof dev.wasmrust.compiler.ast.GenericParam.TypeParam tp) {
                Type.Param param = new Type.Param(i++, tp.name().name());
                for (dev.wasmrust.compiler.ast.Bound b : tp.bounds()) {
                    addBound(s, param, b);
                }
            } else if (p instanceof dev.wasmrust.compiler.ast.GenericParam.ConstParam cp) {
                // numbered with the type parameters, so that instances carry the length like a type argument
                Type.Param param = new Type.Param(i++, cp.name().name());
                if (consts) {
                    Scope save = scope;
                    scope = s;
                    Type declared;
                    try {
                        declared = lowerTyQuiet(cp.ty());
                    } finally {
                        scope = save;
                    }
                    s.defineConstParam(cp.name().name(), param, declared == null ? Type.of(IntKind.USIZE) : declared);
                } else {
                    unsupported(cp.span(), "const generics outside `impl` blocks");
                }
            }
        }
        for (dev.wasmrust.compiler.ast.WherePredicate w : g.where()) {
            if (w instanceof dev.wasmrust.compiler.ast.WherePredicate.BoundPredicate bp && bp.ty() instanceof Ty.PathTy pt
                    && pt.path().isSimple()) {
                Type.Param param = s.lookupTypeParam(pt.path().segments().get(0).ident().name());
                if (param != null) {
                    for (dev.wasmrust.compiler.ast.Bound b : bp.bounds()) {
                        addBound(s, param, b);
                    }
                }
            }
        }
        for (dev.wasmrust.compiler.ast.WherePredicate w : g.where()) {
            if (w instanceof dev.wasmrust.compiler.ast.WherePredicate.BoundPredicate bp && bp.ty() instanceof Ty.PathTy pt
                    && !pt.path().isSimple()) {
                // `I::Item: Debug`: a bound on an associated type of a parameter (read once the parameters' bounds are known)
                Scope save = scope;
                scope = s;
                try {
                    if (lowerTyQuiet(bp.ty()) instanceof Type.Projection proj) {
                        for (dev.wasmrust.compiler.ast.Bound b : bp.bounds()) {
                            String n = boundName(b);
                            if (n != null) {
                                s.addProjectionBound(proj, n);
                            }
                        }
                    }
                } finally {
                    scope = save;
                }
            }
        }
        return s;
    }

    /** Records a bound by trait name; an {@code Fn(A) -> R} bound also keeps its signature, lowered in {@code s}. */
    private void addBound(Scope s, Type.Param param, dev.wasmrust.compiler.ast.Bound b) {
        String n = boundName(b);
        if (n == null) {
            return;
        }
        s.addBound(param.index(), n);
        s.addBoundSpan(param.index(), n, b.span());
        if (b instanceof dev.wasmrust.compiler.ast.Bound.TraitBound tb
                && tb.path().last().args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed ab) {
            Scope save = scope;
            scope = s;
            try {
                List<Type> args = new ArrayList<>();
                for (dev.wasmrust.compiler.ast.GenericArg a : ab.args()) {
                    if (a instanceof dev.wasmrust.compiler.ast.GenericArg.TypeArg ta) {
                        Type t = lowerTyQuiet(ta.ty());
                        args.add(t == null ? Type.ERROR : t);
                    } else if (a instanceof dev.wasmrust.compiler.ast.GenericArg.Binding bd) {
                        Type t = lowerTyQuiet(bd.ty());
                        s.bindAssoc(param.index(), bd.name().name(), t == null ? Type.ERROR : t);
                    }
                }
                s.addBoundArgs(param.index(), n, args);
            } finally {
                scope = save;
            }
        }
        FnSig sig = fnBoundSig(s, b);
        if (sig != null) {
            s.addFnBound(param.index(), sig);
        }
    }

    /** The signature of an {@code Fn(A, B) -> R} bound read in {@code s}; null for other bounds. */
    FnSig fnBoundSig(Scope s, dev.wasmrust.compiler.ast.Bound b) {
        if (!(b instanceof dev.wasmrust.compiler.ast.Bound.TraitBound tb) || !FnSig.isFnTrait(tb.path().last().ident().name())
                || !(tb.path().last().args() instanceof dev.wasmrust.compiler.ast.GenericArgs.Parenthesized pa)) {
            return null;
        }
        Scope save = scope;
        scope = s;
        try {
            List<Type> params = new ArrayList<>();
            for (Ty in : pa.inputs()) {
                Type t = lowerTyQuiet(in);
                params.add(t == null ? Type.ERROR : t);
            }
            Type ret = pa.output() == null ? Type.UNIT : lowerTyQuiet(pa.output());
            return new FnSig(tb.path().last().ident().name(), params, ret == null ? Type.ERROR : ret);
        } finally {
            scope = save;
        }
    }

    private static String boundName(dev.wasmrust.compiler.ast.Bound b) {
        if (b instanceof dev.wasmrust.compiler.ast.Bound.TraitBound tb) {
            return tb.path().last().ident().name();
        }
        return null;
    }

    /**
     * The scope of a function's generics: its declared type parameters and, numbered after them, one anonymous
     * parameter per {@code impl Trait} in its parameter types (Rust's argument-position {@code impl Trait}).
     */
    Scope fnGenerics(Scope outer, Item.Fn fn, int offset) {
        Scope s = genericScope(outer, fn.generics(), offset);
        int i = offset + typeParamCount(fn.generics());
        for (Ty.ImplTraitTy it : implTraitParams(fn)) {
            Type.Param p = new Type.Param(i++, sources.file(it.span()).slice(it.span()));
            s.defineImplTrait(it, p);
            for (dev.wasmrust.compiler.ast.Bound b : it.bounds()) {
                addBound(s, p, b);
            }
        }
        return s;
    }

    /** How many type parameters a function has, its anonymous {@code impl Trait} ones included. */
    static int fnTypeParamCount(Item.Fn fn) {
        return typeParamCount(fn.generics()) + implTraitParams(fn).size();
    }

    /** Fresh type arguments for a function: a turbofish gives the declared ones; {@code impl Trait} ones are inferred. */
    List<Type> instantiateFn(Item.Fn fn, dev.wasmrust.compiler.ast.PathSegment seg) {
        List<Type> args = new ArrayList<>(instantiate(typeParamCount(fn.generics()), seg, fn.generics().span()));
        for (int i = 0; i < implTraitParams(fn).size(); i++) {
            args.add(inf.freshGeneral());
        }
        return args;
    }

    static List<Ty.ImplTraitTy> implTraitParams(Item.Fn fn) {
        List<Ty.ImplTraitTy> out = new ArrayList<>();
        for (Item.Param p : fn.params()) {
            collectImplTraits(p.ty(), out);
        }
        return out;
    }

    private static void collectImplTraits(Ty ty, List<Ty.ImplTraitTy> out) {
        if (ty instanceof Ty.ImplTraitTy it) {
            out.add(it);
        } else if (ty instanceof Ty.RefTy r) {
            collectImplTraits(r.inner(), out);
        } else if (ty instanceof Ty.SliceTy sl) {
            collectImplTraits(sl.elem(), out);
        } else if (ty instanceof Ty.TupleTy t) {
            t.elems().forEach(e -> collectImplTraits(e, out));
        }
    }

    static int typeParamCount(dev.wasmrust.compiler.ast.Generics g) {
        return (int) g.params().stream().filter(p -> p instanceof dev.wasmrust.compiler.ast.GenericParam.TypeParam
                || p instanceof dev.wasmrust.compiler.ast.GenericParam.ConstParam).count();
    }

    /**
     * Type arguments for a generic item's {@code n} parameters: from a turbofish ({@code f::<i32>}) when the
     * path segment has one, else fresh inference variables.
     */
    List<Type> instantiate(int n, dev.wasmrust.compiler.ast.PathSegment seg, Span at) {
        List<Type> out = new ArrayList<>();
        List<Type> given = new ArrayList<>();
        if (seg != null && seg.args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed ab) {
            for (dev.wasmrust.compiler.ast.GenericArg a : ab.args()) {
                if (a instanceof dev.wasmrust.compiler.ast.GenericArg.TypeArg ta) {
                    boolean saveInfer = allowInfer;
                    allowInfer = true;
                    Type t;
                    try {
                        // `_` anywhere in a turbofish asks inference (`collect::<Vec<_>>()`)
                        t = lowerTy(ta.ty());
                    } finally {
                        allowInfer = saveInfer;
                    }
                    given.add(t == null ? Type.ERROR : t);
                }
            }
            if (given.size() != n) {
                diags.report(Diagnostic.error("E0107", "function takes " + n + " generic argument" + (n == 1 ? "" : "s")
                        + " but " + given.size() + " generic argument" + (given.size() == 1 ? " was" : "s were") + " supplied")
                        .primary(seg.ident().span(), "expected " + n + " generic argument" + (n == 1 ? "" : "s")));
                given.clear();
            }
        }
        for (int i = 0; i < n; i++) {
            out.add(i < given.size() ? given.get(i) : inf.freshGeneral());
        }
        return out;
    }

    /** True the first time a lint is reported in this crate (rustc explains the lint's level only then). */
    boolean lintNotesShownAdd(String lint) {
        return lintNotesShown.add(lint);
    }

    boolean lintNoteShown(String lint) {
        return lintNotesShown.contains(lint);
    }

    /** True while lowering a `let` annotation, where `_` asks inference for the type. */
    private boolean allowInfer;

    /** In a `#[track_caller]` function: the hidden parameter holding the caller's location; else null. */
    TLocal callerLocation;

    /** A panic, located at the caller inside a `#[track_caller]` function as in Rust. */
    TExpr.Panic panic(List<TExpr> args, List<dev.wasmrust.compiler.thir.FmtPiece> pieces, Span span) {
        TExpr loc = callerLocation == null ? null : new TExpr.LocalRef(callerLocation, callerLocation.type(), span);
        return new TExpr.Panic(args, pieces, span, loc);
    }

    static boolean tracksCaller(Item.Fn fn) {
        return fn.attrs().stream().anyMatch(a -> a.is("track_caller"));
    }

    /** The location argument passed to a `#[track_caller]` callee: this call site, or this function's own caller. */
    TExpr callerArgument(Span site) {
        if (callerLocation != null) {
            return new TExpr.LocalRef(callerLocation, callerLocation.type(), site);
        }
        dev.wasmrust.compiler.source.SourceFile f = sources.file(site);
        return new TExpr.StrConst(f.name() + ":" + f.line(site.lo()) + ":" + f.column(site.lo()), site);
    }

    /** A struct or enum named in an expression or pattern: its generic parameters become inference variables. */
    /** {@link #freshAdt}, with the arguments a turbofish on the type's path segment gives (`Vec::<u8>::new()`). */
    Type.Adt freshAdtAt(AdtDef def, dev.wasmrust.compiler.ast.PathSegment seg) {
        Type.Adt t = freshAdt(def);
        if (seg.args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed && !t.args().isEmpty()) {
            List<Type> given = instantiate(t.args().size(), seg, seg.ident().span());
            for (int i = 0; i < given.size(); i++) {
                inf.unify(t.args().get(i), given.get(i));
            }
        }
        return t;
    }

    Type.Adt freshAdt(AdtDef def) {
        List<Type> args = new ArrayList<>();
        for (int i = 0; i < def.typeParams().size(); i++) {
            args.add(inf.freshGeneral());
        }
        return new Type.Adt(def, args);
    }

    /** Lifetime parameters need no code: generics made only of them are accepted and ignored. */
    static boolean onlyLifetimes(dev.wasmrust.compiler.ast.Generics g) {
        return g.where().isEmpty() && g.params().stream().allMatch(p -> p instanceof dev.wasmrust.compiler.ast.GenericParam.LifetimeParam);
    }

    TLocal newLocal(String name, Type t, boolean mutable) {
        return new TLocal(nextLocal++, name, t, mutable);
    }

    /** Binds a parameter or `let` pattern: an identifier (possibly `mut`) or `_`; returns the local or null. */
    TLocal bindPattern(Pat pat, Type t, Span declSpan) {
        if (pat instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef()) {
            TLocal local = new TLocal(nextLocal++, ip.name().name(), t, ip.mutability().isMut());
            scope.define(ip.name().name(), new Scope.LocalBinding(local, declSpan, ip.name().span()));
            return local;
        }
        if (pat instanceof Pat.Wild) {
            return new TLocal(nextLocal++, "_", t, false);
        }
        if (pat instanceof Pat.ParenPat pp) {
            return bindPattern(pp.inner(), t, declSpan);
        }
        if (!(pat instanceof Pat.Error)) {
            unsupported(pat.span(), "this kind of pattern");
        }
        return null;
    }

    // ---- types written in source ----

    /**
     * The module of the library's source a path {@code std::io::NAME} names (`io`, `display`), or null when its
     * middle segments name no such module (most of std is one namespace, reached by the last segment alone).
     */
    Scope stdModule(List<String> segs) {
        if (segs.size() < 3 || preludeScope == null) {
            return null;
        }
        Scope cur = preludeScope.moduleHere(segs.get(1), null);
        for (int i = 2; cur != null && i < segs.size() - 1; i++) {
            cur = cur.moduleHere(segs.get(i), null);
        }
        return cur;
    }

    /**
     * Whether {@code main} returns {@code Result<(), E>} with {@code E: Debug}: the lowering ends such a program
     * through the standard library's {@code __main_result}, which reports an {@code Err} as rustc's runtime does.
     */
    private boolean returnsUnitResult(Item.Fn main, Scope module) {
        Scope saved = scope;
        scope = module;
        Type t;
        try {
            t = lowerTyQuiet(main.ret());
        } finally {
            scope = saved;
        }
        return t instanceof Type.Adt a && a.def() == resultDef && a.args().get(0) instanceof Type.Unit
                && (a.args().get(1) instanceof Type.Adt e && (e.def().derives().contains("Debug") || traitImpl(e, "Debug") != null));
    }

    /**
     * {@code io::Result<T>} (also {@code std::io::Result<T>}) is {@code Result<T, io::Error>}: the standard library
     * declares it as a type alias, which the compiler does not support yet. Null for any other type.
     */
    private Type ioResult(Ty ty) {
        if (!(ty instanceof Ty.PathTy p) || p.qself() != null || p.path().segments().size() < 2 || resultDef == null
                || preludeScope == null) {
            return null;
        }
        List<dev.wasmrust.compiler.ast.PathSegment> segs = p.path().segments();
        dev.wasmrust.compiler.ast.PathSegment last = segs.get(segs.size() - 1);
        if (!last.ident().name().equals("Result") || !segs.get(segs.size() - 2).ident().name().equals("io")) {
            return null;
        }
        Scope io = preludeScope.lookupModule("io");
        if (io == null || segs.size() == 2 && scope != null && scope.lookupModule("io") != io) {
            return null;
        }
        AdtDef error = io.typeHere("Error", null);
        List<Type> args = typeArgsOf(last, ty);
        if (error == null || args == null || args.size() != 1) {
            return null;
        }
        return new Type.Adt(resultDef, List.of(args.get(0), new Type.Adt(error, List.of())));
    }

    Type lowerTy(Ty ty) {
        if (ty instanceof Ty.ImplTraitTy it && scope != null && scope.lookupImplTrait(it) != null) {
            return scope.lookupImplTrait(it);
        }
        if (ty instanceof Ty.PathTy ap && ap.qself() == null && !ap.path().global() && ap.path().segments().size() == 2
                && ap.path().segments().get(1).args() == null && scope != null) {
            // `Self::Item`, `I::Item`: an associated type
            String first = ap.path().segments().get(0).ident().name();
            String name = ap.path().segments().get(1).ident().name();
            Type.Param param = scope.lookupTypeParam(first);
            if (first.equals("Self") && selfType != null || param != null && ap.path().segments().get(0).args() == null) {
                Type self = first.equals("Self") ? selfType : param;
                Type alias = first.equals("Self") ? scope.lookupAlias("Self::" + name) : null;
                if (alias != null) {
                    return alias;
                }
                Type proj = projection(self, null, name);
                if (proj != null) {
                    return proj;
                }
                diags.report(Diagnostic.error("E0220", "associated type `" + name + "` not found for `" + first + "`")
                        .primary(ap.path().segments().get(1).ident().span(), "associated type `" + name + "` not found"));
                return null;
            }
        }
        if (ty instanceof Ty.PathTy qp && qp.qself() != null && scope != null) {
            // `<T as Trait>::Name`
            Type self = lowerTy(qp.qself().ty());
            String name = qp.path().last().ident().name();
            String trait = qp.path().segments().size() >= 2 ? qp.path().segments().get(qp.path().segments().size() - 2).ident().name() : null;
            Type proj = self == null ? null : projection(self, trait, name);
            if (proj == null) {
                unsupported(ty.span(), "this qualified path");
            }
            return proj;
        }
        Type ioResult = ioResult(ty);
        if (ioResult != null) {
            return ioResult;
        }
        if (ty instanceof Ty.PathTy mp && mp.qself() == null && mp.path().segments().size() > 1) {
            PathResolver.Res r = paths.resolve(mp.path(), Namespace.TYPE);
            if (!(r instanceof PathResolver.Res.Unknown)) {
                return typeAtPath(r, mp);
            }
        }
        if (ty instanceof Ty.PathTy p && p.qself() == null && !p.path().global() && p.path().segments().size() == 1) {
            dev.wasmrust.compiler.ast.PathSegment seg = p.path().segments().get(0);
            String n = seg.ident().name();
            Type.Param param = scope == null ? null : scope.lookupTypeParam(n);
            if (param != null && seg.args() == null) {
                return param;
            }
            Type alias = scope == null || seg.args() != null ? null : scope.lookupAlias(n);
            if (alias != null) {
                return alias;
            }
            List<Type> typeArgs = typeArgsOf(seg, ty);
            if (typeArgs == null) {
                return null;
            }
            IntKind k = IntKind.ofName(n);
            if (k != null) {
                return Type.of(k);
            }
            FloatKind fk = FloatKind.ofName(n);
            if (fk != null) {
                return Type.of(fk);
            }
            AdtDef def = scope == null ? null : scope.lookupType(n);
            if (def != null) {
                return adtType(def, seg, typeArgs);
            }
            if (!typeArgs.isEmpty() && IntKind.ofName(n) == null) {
                unsupported(ty.span(), "generic arguments on `" + n + "`");
                return null;
            }
            switch (n) {
                case "bool" -> {
                    return Type.BOOL;
                }
                case "char" -> {
                    return Type.CHAR;
                }
                case "str" -> {
                    return Type.STR;
                }
                case "Self" -> {
                    if (selfType != null) {
                        return selfType;
                    }
                    diags.report(Diagnostic.error("E0411", "cannot find type `Self` in this scope")
                            .primary(ty.span(), "`Self` is only available in impls, traits, and type definitions"));
                    return null;
                }
                case "String", "Vec", "Box", "Option", "Result", "HashMap" -> {
                    unsupported(ty.span(), "the type `" + n + "`");
                    return null;
                }
                default -> {
                    // rustc 1.95 reports a missing type as E0425, like a missing value (E0412 before)
                    Diagnostic.Builder b = Diagnostic.error("E0425", "cannot find type `" + n + "` in this scope");
                    String similar = scope == null ? null : Similarity.closest(n, scope.visibleTypeNames());
                    if (similar != null) {
                        AdtDef sd = scope.lookupType(similar);
                        b.primary(ty.span(), "").secondary(sd.span(), "similarly named " + (sd.isEnum() ? "enum" : "struct")
                                + " `" + similar + "` defined here")
                                .suggestion(ty.span(), "a " + (sd.isEnum() ? "enum" : "struct") + " with a similar name exists", similar);
                    } else {
                        b.primary(ty.span(), "not found in this scope");
                        suggestImport(b, Namespace.TYPE, n, null);
                    }
                    diags.report(b);
                    return null;
                }
            }
        } else if (ty instanceof Ty.PathTy sp && sp.qself() == null && sp.path().segments().size() > 1 && isStdPath(sp.path())) {
            String last = sp.path().last().ident().name();
            boolean fmt = sp.path().segments().stream().anyMatch(x -> x.ident().name().equals("fmt"));
            if (fmt && last.equals("Result") && resultDef != null && preludeScope.lookupType("Error") != null) {
                return new Type.Adt(resultDef, List.of(Type.UNIT, new Type.Adt(preludeScope.lookupType("Error"), List.of())));
            }
            Scope module = stdModule(sp.path().segments().stream().map(x -> x.ident().name()).toList());
            AdtDef def = module != null && module.typeHere(last, null) != null ? module.typeHere(last, null)
                    : preludeScope.lookupType(last);
            if (def != null && def.typeParams().isEmpty()) {
                return new Type.Adt(def, List.of());
            }
            // `std::vec::IntoIter<T>`, `std::iter::Rev<I>`: the standard library's generic types by their paths
            List<Type> args = def == null ? null : typeArgsOf(sp.path().last(), ty);
            if (args != null && args.size() == def.typeParams().size()) {
                return new Type.Adt(def, args);
            }
            unsupported(ty.span(), "the type `" + sp.path() + "`");
            return null;
        } else if (ty instanceof Ty.TupleTy t) {
            if (t.elems().isEmpty()) {
                return Type.UNIT;
            }
            List<Type> elems = new ArrayList<>();
            for (Ty e : t.elems()) {
                Type et = lowerTy(e);
                if (et == null) {
                    return null;
                }
                elems.add(et);
            }
            return new Type.Tuple(elems);
        } else if (ty instanceof Ty.InferTy && allowInfer && inf != null) {
            return inf.freshGeneral();
        } else if (ty instanceof Ty.NeverTy n) {
            return Type.NEVER;
        } else if (ty instanceof Ty.ParenTy p) {
            return lowerTy(p.inner());
        } else if (ty instanceof Ty.RefTy r) {
            Type inner = lowerTy(r.inner());
            return inner == null ? null : new Type.Ref(r.mutability().isMut(), inner);
        } else if (ty instanceof Ty.SliceTy sl) {
            Type inner = lowerTy(sl.elem());
            return inner == null ? null : new Type.Slice(inner);
        } else if (ty instanceof Ty.ArrayTy a) {
            Type inner = lowerTy(a.elem());
            Type.Param constLen = a.len() instanceof Expr.PathExpr lp && lp.path().isSimple() && !lp.path().global() && scope != null
                    ? scope.lookupConstParam(lp.path().segments().get(0).ident().name()) : null;
            if (constLen != null) {
                return inner == null ? null : new Type.Array(inner, -1, constLen);
            }
            Long n = arrayLength(a.len());
            return inner == null || n == null ? null : new Type.Array(inner, n);
        } else if (ty instanceof Ty.Error e) {
            return null;
        } else {
            unsupported(ty.span(), "this type");
            return null;
        }
    }

    /** The type arguments written on a path segment (`Vec<T>`), lifetimes ignored; null if one fails (reported). */
    private List<Type> typeArgsOf(dev.wasmrust.compiler.ast.PathSegment seg, Ty ty) {
        List<Type> typeArgs = new ArrayList<>();
        if (seg.args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed ab) {
            for (dev.wasmrust.compiler.ast.GenericArg a : ab.args()) {
                if (a instanceof dev.wasmrust.compiler.ast.GenericArg.TypeArg ta) {
                    Type t = lowerTy(ta.ty());
                    if (t == null) {
                        return null;
                    }
                    typeArgs.add(t);
                } else if (!(a instanceof dev.wasmrust.compiler.ast.GenericArg.LifetimeArg)) {
                    unsupported(ty.span(), "this kind of generic argument");
                    return null;
                }
            }
        } else if (seg.args() != null) {
            unsupported(ty.span(), "parenthesized generic arguments");
            return null;
        }
        return typeArgs;
    }

    /** A struct or enum with its type arguments; E0107 when their number is wrong. */
    private Type adtType(AdtDef def, dev.wasmrust.compiler.ast.PathSegment seg, List<Type> typeArgs) {
        String n = seg.ident().name();
        int want = def.typeParams().size();
        if (typeArgs.size() != want) {
            String kind = def.isEnum() ? "enum" : "struct";
            if (typeArgs.isEmpty()) {
                diags.report(Diagnostic.error("E0107", "missing generics for " + kind + " `" + n + "`")
                        .primary(seg.ident().span(), "expected " + want + " generic argument" + (want == 1 ? "" : "s")));
            } else {
                diags.report(Diagnostic.error("E0107", kind + " takes " + want + " generic argument" + (want == 1 ? "" : "s")
                        + " but " + typeArgs.size() + " generic argument" + (typeArgs.size() == 1 ? " was" : "s were") + " supplied")
                        .primary(seg.ident().span(), "expected " + want + " generic argument" + (want == 1 ? "" : "s")));
            }
            return null;
        }
        return new Type.Adt(def, typeArgs);
    }

    /** The type a path through modules names (`shapes::Circle`, `crate::geo::Point<f64>`), or null (reported). */
    private Type typeAtPath(PathResolver.Res r, Ty.PathTy ty) {
        dev.wasmrust.compiler.ast.PathSegment last = ty.path().last();
        if (r instanceof PathResolver.Res.TypeDef td) {
            List<Type> typeArgs = typeArgsOf(last, ty);
            return typeArgs == null ? null : adtType(td.def(), last, typeArgs);
        }
        if (r instanceof PathResolver.Res.NotFound nf) {
            Diagnostic.Builder b = Diagnostic.error("E0425", "cannot find type `" + last.ident().name() + "` in "
                    + (nf.module().isCrateRoot() ? "the crate root" : "module `" + nf.module().moduleName() + "`"));
            String similar = Similarity.closest(last.ident().name(), nf.module().namesHere(Namespace.TYPE).stream()
                    .filter(x -> nf.module().typeHere(x, null) != null).toList());
            if (similar != null) {
                AdtDef sd = nf.module().typeHere(similar, null);
                String kind = sd.isEnum() ? "enum" : "struct";
                b.primary(last.ident().span(), "").secondary(new Span(sd.span().file(), sd.span().lo(), sd.nameSpan().hi()),
                        "similarly named " + kind + " `" + similar + "` defined here")
                        .suggestion(last.ident().span(), "a " + kind + " with a similar name exists", similar);
            } else {
                b.primary(last.ident().span(), "not found in " + PathResolver.describe(nf.module()));
            }
            diags.report(b);
            return null;
        }
        if (!(r instanceof PathResolver.Res.Failed)) {
            unsupported(ty.span(), "the type `" + ty.path() + "`");
        }
        return null;
    }

    /** An array length: an integer literal or a constant, of type {@code usize}. */
    Long arrayLength(Expr len) {
        Inference saveInf = inf;
        inf = new Inference();
        try {
            TExpr v = check(len, Type.of(IntKind.USIZE));
            demand(v, Type.of(IntKind.USIZE), len.span(), null, null);
            TExpr z = new Zonker(inf, diags, lintNotesShown).expr(v);
            BigInteger n = OverflowLint.constantValue(z);
            if (n == null) {
                if (!(inf.shallow(v.type()) instanceof Type.Error)) {
                    unsupported(len.span(), "array lengths other than constants");
                }
                return null;
            }
            return n.longValue();
        } finally {
            inf = saveInf;
        }
    }

    // ---- coercions ----

    /**
     * {@link #demand} with the coercions rustc applies at a coercion site: {@code &mut T} to {@code &T}
     * and {@code &[T; N]} to {@code &[T]}. Returns the expression, wrapped when a coercion applies.
     */
    TExpr coerce(TExpr e, Type expected, Span span) {
        if (expected == null) {
            return e;
        }
        Type a = inf.shallow(e.type());
        Type b = inf.shallow(expected);
        if (a instanceof Type.Ref ra && b instanceof Type.Ref rb && inf.shallow(ra.inner()) instanceof Type.Ref rr
                && !(inf.shallow(rb.inner()) instanceof Type.Ref) && !(inf.shallow(rb.inner()) instanceof Type.Var)) {
            // deref coercion of a reference to a reference (`&&str` where `&str` is expected)
            return coerce(new TExpr.Deref(e, rr, e.span()), expected, span);
        }
        if (a instanceof Type.Ref ra && b instanceof Type.Ref rb && (ra.mutable() || !rb.mutable())) {
            Type ia = inf.shallow(ra.inner());
            Type ib = inf.shallow(rb.inner());
            if (ia instanceof Type.Array arr && ib instanceof Type.Slice sl && inf.unify(arr.elem(), sl.elem())) {
                return new TExpr.Unsize(e, arr.len(), expected, e.span());
            }
            if (ra.mutable() && !rb.mutable() && inf.unify(ia, ib)) {
                return new TExpr.AddrOf(false, new TExpr.Deref(e, ia, e.span()), expected, e.span());
            }
            // deref coercions of the standard library's smart types: &String to &str, &Vec<T> to &[T], &Box<T> to &T
            if (ia instanceof Type.Adt la && la.def().lang() != null && !(ib instanceof Type.Adt lb && lb.def() == la.def())) {
                TExpr target = langTarget(new TExpr.Deref(e, ia, e.span()), la, rb.mutable());
                if (target != null && inf.unify(target.type(), ib)) {
                    return new TExpr.AddrOf(rb.mutable(), target, expected, e.span());
                }
            }
        }
        demand(e, expected, span, null, null);
        return e;
    }

    // ---- diagnostics helpers ----

    void unsupported(Span span, String what) {
        diags.report(Diagnostic.error(what + " " + (what.endsWith("s") && !what.endsWith("ss") ? "are" : "is")
                + " not supported yet").primary(span, "not supported yet")
                .note("WasmRust compiles a growing subset of Rust; see README.md for what works today"));
    }

    String show(Type t) {
        return inf.deep(t).toString();
    }

    /**
     * Requires {@code e} to have type {@code expected}; reports E0308 at {@code span} otherwise. {@code because}
     * is the span of what set the expectation (a type annotation, a return type), labelled with {@code why}.
     */
    TExpr demand(TExpr e, Type expected, Span span, Span because, String why) {
        if (expected == null) {
            return e;
        }
        Type actual = e.type();
        if (actual instanceof Type.Never || expected instanceof Type.Never && actual instanceof Type.Never) {
            return e;
        }
        if (!inf.unify(actual, expected)) {
            Span at = blameSpan(e, span);
            Diagnostic.Builder b = Diagnostic.error("E0308", "mismatched types")
                    .primary(at, "expected `" + show(expected) + "`, found " + describeFound(actual));
            if (because != null) {
                b.secondary(because, why);
            }
            if (argumentContext != null) {
                argumentContext.accept(b);
            }
            diags.report(b);
        }
        return e;
    }

    /** While checking call arguments: adds rustc's "arguments to this function are incorrect" context to E0308. */
    java.util.function.Consumer<Diagnostic.Builder> argumentContext;

    /** Coerces a call argument, with the callee and its definition named in a mismatch. */
    TExpr coerceArgument(TExpr e, Type expected, Span span, Span callee, Span defined, String what) {
        java.util.function.Consumer<Diagnostic.Builder> saved = argumentContext;
        argumentContext = b -> {
            b.secondary(callee, "arguments to this " + what + " are incorrect");
            if (defined != null) {
                b.noteAt(defined, what + " defined here");
            }
        };
        try {
            return coerce(e, expected, span);
        } finally {
            argumentContext = saved;
        }
    }

    private String describeFound(Type t) {
        Type s = inf.shallow(t);
        return s instanceof Type.Var v && v.kind() == Type.VarKind.INT ? "integer" : s instanceof Type.Var v2 && v2.kind() == Type.VarKind.FLOAT ? "floating-point number" : "`" + s + "`";
    }

    /** For a block, blame its tail (or the whole block when it has none), like rustc. */
    private static Span blameSpan(TExpr e, Span fallback) {
        if (e instanceof TExpr.Block b && b.tail() != null) {
            return blameSpan(b.tail(), b.tail().span());
        }
        return e.span() != null ? e.span() : fallback;
    }

    // ---- blocks and statements ----

    TExpr checkBlock(Block block, Type expected, Lifetime label) {
        Scope saved = scope;
        scope = new Scope(scope, false);
        List<Item> items = new ArrayList<>();
        for (Stmt s : block.stmts()) {
            if (s instanceof Stmt.ItemStmt is) {
                items.add(is.item());
            }
        }
        if (!items.isEmpty()) {
            defineItems(scope, Resolver.collect(items, diags), items, fnSymbol);
        }
        List<TStmt> stmts = new ArrayList<>();
        boolean diverges = false;
        for (Stmt s : block.stmts()) {
            if (s instanceof Stmt.Let let) {
                TStmt ts = checkLet(let);
                if (ts != null) {
                    stmts.add(ts);
                    if (ts instanceof TStmt.Let l && l.init() != null && l.init().type() instanceof Type.Never) {
                        diverges = true;
                    }
                }
            } else if (s instanceof Stmt.ExprStmt es) {
                // a block-like expression statement without `;` must have type `()`
                TExpr e = check(es.expr(), es.semi() ? null : Type.UNIT);
                if (!es.semi()) {
                    demand(e, Type.UNIT, es.expr().span(), null, null);
                }
                if (e.type() instanceof Type.Never) {
                    diverges = true;
                }
                stmts.add(new TStmt.ExprStmt(e));
            } else if (s instanceof Stmt.ItemStmt is) {
                // collected above
            } else if (s instanceof Stmt.Empty em) {
            }
        }
        TExpr tail = block.tail() == null ? null : check(block.tail(), expected);
        scope = saved;
        Type t;
        if (tail != null) {
            t = tail.type();
        } else {
            t = diverges ? Type.NEVER : Type.UNIT;
        }
        return new TExpr.Block(stmts, tail, t, block.span());
    }

    private TStmt checkLet(Stmt.Let let) {
        Type declared = null;
        if (let.ty() != null) {
            allowInfer = true;
            try {
                declared = lowerTy(let.ty());
            } finally {
                allowInfer = false;
            }
            if (declared == null) {
                declared = Type.ERROR;
            }
        }
        TExpr init = null;
        Type t = declared;
        if (let.init() != null) {
            init = check(let.init(), declared);
            if (declared != null) {
                if (inf.unify(init.type(), declared) || init.type() instanceof Type.Never) {
                    init = coerce(init, declared, let.init().span());
                } else {
                    init = coerceOrReport(init, declared, let.init().span(), let.ty().span());
                }
            } else {
                t = init.type() instanceof Type.Never ? Type.UNIT : init.type();
            }
        }
        if (t == null) {
            // an unannotated, uninitialised binding (`let x;`): settled by later assignments
            t = inf.freshGeneral();
        }
        Pat pat = let.pat();
        while (pat instanceof Pat.ParenPat pp) {
            pat = pp.inner();
        }
        boolean simple = pat instanceof Pat.Wild
                || pat instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef() && !namesConstant(ip.name().name());
        if (simple && let.elseBlock() == null) {
            TLocal local = bindPattern(pat, t, let.pat().span());
            if (local != null && init == null) {
                uninitialised.add(local.id());
            }
            if (local == null) {
                return init == null ? null : new TStmt.ExprStmt(init);
            }
            return new TStmt.Let(new dev.wasmrust.compiler.thir.TPat.Binding(local, dev.wasmrust.compiler.thir.TPat.BindMode.MOVE, null,
                    local.type(), let.pat().span()), init, null);
        }
        if (init == null) {
            unsupported(let.span(), "destructuring `let` without an initializer");
            // its names still exist (with an erroneous type), so their uses are not reported again as unknown
            if (let.pat() instanceof Pat.TuplePat tp) {
                for (Pat el : tp.elems()) {
                    if (el instanceof Pat.IdentPat ip) {
                        TLocal l = newLocal(ip.name().name(), Type.ERROR, true);
                        scope.define(ip.name().name(), new Scope.LocalBinding(l, ip.span(), ip.name().span()));
                    }
                }
            }
            return null;
        }
        PatternChecker.Bindings b = new PatternChecker.Bindings();
        dev.wasmrust.compiler.thir.TPat p = patterns.check(let.pat(), t, b);
        TExpr elseBlock = null;
        if (let.elseBlock() != null) {
            elseBlock = checkBlock(let.elseBlock(), null, null);
            if (!(elseBlock.type() instanceof Type.Never)) {
                diags.report(Diagnostic.error("E0308", "`else` clause of `let...else` does not diverge")
                        .primary(let.elseBlock().span(), "expected `!`, found `" + show(elseBlock.type()) + "`")
                        .note("expected type `!`\n   found type `" + show(elseBlock.type()) + "`")
                        .help("try adding a diverging expression, such as `return` or `panic!(..)`")
                        .help("...or use `match` instead of `let...else`"));
            }
        } else {
            Exhaustiveness.refutableLet(this, let, p, t);
        }
        patterns.define(b);
        return new TStmt.Let(p, init, elseBlock);
    }

    /** True when a bare name in a pattern would be a unit struct, unit variant or constant, not a binding. */
    boolean namesConstant(String name) {
        Scope.Found f = scope.lookup(name);
        return f != null && (f.binding() instanceof Scope.CtorBinding || f.binding() instanceof Scope.ConstBinding);
    }

    /** Coerces or reports E0308 with rustc's "expected due to this" label on the annotation. */
    private TExpr coerceOrReport(TExpr init, Type declared, Span at, Span because) {
        Type a = inf.shallow(init.type());
        Type b = inf.shallow(declared);
        if (a instanceof Type.Ref && b instanceof Type.Ref) {
            TExpr c = coerce(init, declared, at);
            if (c != init) {
                return c;
            }
            return init;
        }
        demand(init, declared, at, because, "expected due to this");
        return init;
    }

    // ---- expressions ----

    TExpr check(Expr e, Type expected) {
        if (e instanceof Expr.LitExpr l) {
            return checkLit(l.lit(), expected, false);
        } else if (e instanceof Expr.Paren p) {
            // rustc drops parentheses but keeps their span: a panic in `(a - b)` is located at the `(`
            return respan(check(p.inner(), expected), p.span());
        } else if (e instanceof Expr.PathExpr p) {
            return checkPath(p, expected);
        } else if (e instanceof Expr.Unary u) {
            return checkUnary(u, expected);
        } else if (e instanceof Expr.Binary b) {
            return checkBinary(b, expected);
        } else if (e instanceof Expr.Cast c) {
            return checkCast(c);
        } else if (e instanceof Expr.Assign a) {
            return checkAssign(a);
        } else if (e instanceof Expr.AssignOp a) {
            return checkAssignOp(a);
        } else if (e instanceof Expr.Call c) {
            return checkCall(c, expected);
        } else if (e instanceof Expr.If i) {
            return checkIf(i, expected);
        } else if (e instanceof Expr.BlockExpr b) {
            if (b.kind() != Expr.BlockKind.PLAIN) {
                unsupported(b.span(), b.kind() == Expr.BlockKind.UNSAFE ? "`unsafe` blocks" : "`const` blocks");
                return new TExpr.UnitConst(b.span());
            }
            if (b.label() != null) {
                LoopCtx ctx = new LoopCtx(b.label().name(), nextLabel++, false, true);
                ctx.breakType = expected;
                loops.push(ctx);
                TExpr body = checkBlock(b.block(), expected, b.label());
                loops.pop();
                Type t = body.type();
                if (ctx.breakType != null && !(body.type() instanceof Type.Never)) {
                    demand(body, ctx.breakType, b.span(), null, null);
                }
                if (t instanceof Type.Never && ctx.breakType != null) {
                    t = ctx.breakType;
                }
                return new TExpr.LabeledBlock(ctx.id, body, t, b.span());
            }
            return checkBlock(b.block(), expected, null);
        } else if (e instanceof Expr.Loop l) {
            LoopCtx ctx = new LoopCtx(labelName(l.label()), nextLabel++, true, false);
            loops.push(ctx);
            TExpr body = checkBlock(l.body(), Type.UNIT, null);
            demand(body, Type.UNIT, l.body().span(), null, null);
            loops.pop();
            Type t = ctx.breakType == null ? Type.NEVER : ctx.breakType;
            return new TExpr.Loop(ctx.id, body, t, l.span());
        } else if (e instanceof Expr.While w) {
            if (w.cond() instanceof Expr.Let let) {
                return checkWhileLet(w, let);
            }
            if (containsLet(w.cond())) {
                unsupported(w.cond().span(), "`let` chains");
                return new TExpr.UnitConst(w.span());
            }
            TExpr cond = check(w.cond(), Type.BOOL);
            demand(cond, Type.BOOL, w.cond().span(), null, null);
            LoopCtx ctx = new LoopCtx(labelName(w.label()), nextLabel++, false, false);
            loops.push(ctx);
            TExpr body = checkBlock(w.body(), Type.UNIT, null);
            demand(body, Type.UNIT, w.body().span(), null, null);
            loops.pop();
            return new TExpr.While(ctx.id, cond, body, w.span());
        } else if (e instanceof Expr.ForLoop f) {
            return checkFor(f);
        } else if (e instanceof Expr.Break b) {
            return checkBreak(b);
        } else if (e instanceof Expr.Continue c) {
            LoopCtx target = findLoop(c.label(), c.span(), "continue");
            if (target == null) {
                return new TExpr.UnitConst(c.span());
            }
            return new TExpr.Continue(target.id, c.span());
        } else if (e instanceof Expr.Return r) {
            if (fnReturn == null) {
                unsupported(r.span(), "`return` outside a function");
                return new TExpr.UnitConst(r.span());
            }
            TExpr v = r.value() == null ? null : check(r.value(), fnReturn);
            if (v != null) {
                demand(v, fnReturn, r.value().span(), null, null);
            } else if (!inf.unify(Type.UNIT, fnReturn)) {
                diags.report(Diagnostic.error("E0069", "`return;` in a function whose return type is not `()`")
                        .primary(r.span(), "return type is not `()`"));
            }
            return new TExpr.Return(v, r.span());
        } else if (e instanceof Expr.MacroCallExpr m) {
            return macros.expand(m.mac(), expected);
        } else if (e instanceof Expr.Tuple t && t.elems().isEmpty()) {
            return new TExpr.UnitConst(t.span());
        } else if (e instanceof Expr.Tuple t) {
            return data.tuple(t, expected);
        } else if (e instanceof Expr.TupleField f) {
            return data.tupleField(f);
        } else if (e instanceof Expr.Field f) {
            return data.field(f);
        } else if (e instanceof Expr.StructLit sl) {
            return data.structLit(sl, expected);
        } else if (e instanceof Expr.MethodCall m) {
            return checkMethodCall(m, expected);
        } else if (e instanceof Expr.AddrOf a) {
            return checkAddrOf(a, expected);
        } else if (e instanceof Expr.Index ix) {
            return checkIndex(ix);
        } else if (e instanceof Expr.Array a) {
            return checkArray(a, expected);
        } else if (e instanceof Expr.Repeat r) {
            return checkRepeat(r, expected);
        } else if (e instanceof Expr.Match m) {
            return patterns.checkMatch(m, expected);
        } else if (e instanceof Expr.Try t) {
            return checkTry(t);
        } else if (e instanceof Expr.Closure c) {
            return closures.check(c, expected);
        } else if (e instanceof Expr.Range r && (r.lo() != null && r.hi() != null || r.lo() == null && !r.inclusive()
                || r.hi() == null && !r.inclusive())) {
            return checkRangeValue(r);
        } else if (e instanceof Expr.Error err) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, err.span());
        } else {
            unsupported(e.span(), describeExpr(e));
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, e.span());
        }
    }

    private static String describeExpr(Expr e) {
        if (e instanceof Expr.MethodCall m) {
            return "method calls";
        }
        if (e instanceof Expr.Field f) {
            return "field access";
        }
        if (e instanceof Expr.TupleField f) {
            return "tuple fields";
        }
        if (e instanceof Expr.Index i) {
            return "indexing";
        }
        if (e instanceof Expr.Range r) {
            return "ranges outside `for` loops";
        }
        if (e instanceof Expr.AddrOf a) {
            return "references";
        }
        if (e instanceof Expr.Match m) {
            return "`match` expressions";
        }
        if (e instanceof Expr.Closure c) {
            return "closures";
        }
        if (e instanceof Expr.Try t) {
            return "the `?` operator";
        }
        if (e instanceof Expr.Tuple t) {
            return "tuples";
        }
        if (e instanceof Expr.Array a) {
            return "arrays";
        }
        if (e instanceof Expr.Repeat r) {
            return "arrays";
        }
        if (e instanceof Expr.StructLit s) {
            return "struct literals";
        }
        if (e instanceof Expr.AsyncBlock a) {
            return "`async` blocks";
        }
        if (e instanceof Expr.Await a) {
            return "`.await`";
        }
        if (e instanceof Expr.Let l) {
            return "`let` in conditions";
        }
        return "this expression";
    }

    private static boolean containsLet(Expr e) {
        if (e instanceof Expr.Let) {
            return true;
        }
        if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            return containsLet(b.lhs()) || containsLet(b.rhs());
        }
        return false;
    }

    private static String labelName(Lifetime l) {
        return l == null ? null : l.name();
    }

    private LoopCtx findLoop(Lifetime label, Span span, String what) {
        if (label == null) {
            for (LoopCtx c : loops) {
                if (!c.isBlock) {
                    return c;
                }
            }
            if (!loops.isEmpty()) {
                diags.report(Diagnostic.error("E0695", "unlabeled `" + what + "` inside of a labeled block")
                        .primary(span, "`" + what + "` statements that would diverge to or through a labeled block need to bear a label"));
                return null;
            }
            String where = what.equals("break") ? "a loop or labeled block" : "a loop";
            diags.report(Diagnostic.error("E0268", "`" + what + "` outside of " + where)
                    .primary(span, "cannot `" + what + "` outside of " + where));
            return null;
        }
        for (LoopCtx c : loops) {
            if (label.name().equals(c.label)) {
                if (c.isBlock && what.equals("continue")) {
                    diags.report(Diagnostic.error("E0696", "`continue` pointing to a labeled block")
                            .primary(span, "labeled blocks cannot be `continue`'d"));
                    return null;
                }
                return c;
            }
        }
        diags.report(Diagnostic.error("E0426", "use of undeclared label `" + label.name() + "`")
                .primary(label.span(), "undeclared label `" + label.name() + "`"));
        return null;
    }

    private TExpr checkBreak(Expr.Break b) {
        LoopCtx target = findLoop(b.label(), b.span(), "break");
        if (target == null) {
            return new TExpr.UnitConst(b.span());
        }
        TExpr v = null;
        if (b.value() != null) {
            if (!target.isLoop && !target.isBlock) {
                diags.report(Diagnostic.error("E0571", "`break` with value from a `while` or `for` loop")
                        .primary(b.span(), "can only break with a value inside `loop` or breakable block"));
                return new TExpr.Break(target.id, null, b.span());
            }
            v = check(b.value(), target.breakType);
            if (target.breakType == null) {
                target.breakType = v.type();
            } else {
                demand(v, target.breakType, b.value().span(), null, null);
            }
        } else if (target.isLoop || target.isBlock) {
            if (target.breakType == null) {
                target.breakType = Type.UNIT;
            } else if (!inf.unify(target.breakType, Type.UNIT)) {
                diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(b.span(), "expected `" + show(target.breakType) + "`, found `()`"));
            }
        }
        return new TExpr.Break(target.id, v, b.span());
    }

    private TExpr checkFor(Expr.ForLoop f) {
        if (!(f.iter() instanceof Expr.Range)) {
            TExpr seq = forOverSequence(f);
            if (seq != null) {
                return seq;
            }
        }
        if (!(f.iter() instanceof Expr.Range r) || r.lo() == null || r.hi() == null) {
            unsupported(f.iter().span(), "iterating over anything but an integer range `a..b` or `a..=b`");
            return new TExpr.UnitConst(f.span());
        }
        TExpr lo = check(r.lo(), null);
        TExpr hi = check(r.hi(), lo.type());
        demand(hi, lo.type(), r.hi().span(), null, null);
        if (!inf.isInteger(lo.type()) && !(inf.shallow(lo.type()) instanceof Type.Error)) {
            // `'a'..='z'`: not a counted loop, the range is an iterator like any other
            return forOverIterator(f, rangeValue(lo, coerce(hi, lo.type(), r.hi().span()), r.inclusive(), r.span()));
        }
        Scope saved = scope;
        scope = new Scope(scope, false);
        TLocal var = bindPattern(f.pat(), lo.type(), f.pat().span());
        LoopCtx ctx = new LoopCtx(labelName(f.label()), nextLabel++, false, false);
        loops.push(ctx);
        TExpr body = checkBlock(f.body(), Type.UNIT, null);
        demand(body, Type.UNIT, f.body().span(), null, null);
        loops.pop();
        scope = saved;
        if (var == null) {
            return new TExpr.UnitConst(f.span());
        }
        return new TExpr.ForRange(ctx.id, var, lo, hi, r.inclusive(), body, f.span());
    }

    TExpr checkLit(Lit lit, Type expected, boolean negated) {
        if (lit instanceof Lit.Int i) {
            Type t;
            if (i.suffix() != null) {
                IntKind k = IntKind.ofName(i.suffix());
                if (k == null) {
                    FloatKind fk = FloatKind.ofName(i.suffix());
                    if (fk == null) {
                        return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, i.span());
                    }
                    return new TExpr.FloatConst(i.value().doubleValue(), Type.of(fk), i.span());
                }
                t = Type.of(k);
            } else {
                t = inf.fresh();
                if (expected != null && inf.isInteger(expected)) {
                    inf.unify(t, expected);
                }
            }
            return new TExpr.IntConst(i.value(), t, true, i.span());
        } else if (lit instanceof Lit.Bool b) {
            return new TExpr.BoolConst(b.value(), b.span());
        } else if (lit instanceof Lit.Char c) {
            return new TExpr.CharConst(c.codePoint(), c.span());
        } else if (lit instanceof Lit.Byte b) {
            return new TExpr.IntConst(BigInteger.valueOf(b.value()), Type.of(IntKind.U8), true, b.span());
        } else if (lit instanceof Lit.Str s) {
            return new TExpr.StrConst(s.value(), s.span());
        } else if (lit instanceof Lit.Float f) {
            String text = f.text().replace("_", "");
            Type t;
            if (f.suffix() != null && FloatKind.ofName(f.suffix()) != null) {
                t = Type.of(FloatKind.ofName(f.suffix()));
            } else {
                t = inf.freshFloat();
                if (expected != null && inf.isFloat(expected)) {
                    inf.unify(t, expected);
                }
            }
            double v = t instanceof Type.Float fl && fl.kind() == FloatKind.F32 ? Float.parseFloat(text) : Double.parseDouble(text);
            return new TExpr.FloatConst(v, t, f.span());
        } else if (lit instanceof Lit.Error err) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, err.span());
        } else if (lit instanceof Lit.ByteStr bs) {
            return new TExpr.ByteStrConst(bs.value(), new Type.Ref(false, new Type.Array(Type.of(IntKind.U8), bs.value().length)), bs.span());
        } else {
            unsupported(lit.span(), "C strings");
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, lit.span());
        }
    }

    private TExpr checkPath(Expr.PathExpr p, Type expected) {
        Path path = p.path();
        if (p.qself() == null && path.isSimple() && !path.global() && scope.lookupConstParam(path.segments().get(0).ident().name()) != null
                && !(scope.lookup(path.segments().get(0).ident().name()) != null
                        && scope.lookup(path.segments().get(0).ident().name()).binding() instanceof Scope.LocalBinding)) {
            // a const parameter's value: known in each instance (Zonker turns it into the constant)
            String n = path.segments().get(0).ident().name();
            return new TExpr.Intrinsic("intrinsics::const_value", List.of(scope.lookupConstParam(n)), List.of(), scope.constParamType(n), p.span());
        }
        if (p.qself() == null && path.segments().size() == 2 && !path.global()) {
            String ty = path.segments().get(0).ident().name();
            String item = path.segments().get(1).ident().name();
            IntKind k = IntKind.ofName(ty);
            if (k != null) {
                switch (item) {
                    case "MAX" -> {
                        return new TExpr.IntConst(k.max(), Type.of(k), p.span());
                    }
                    case "MIN" -> {
                        return new TExpr.IntConst(k.min(), Type.of(k), p.span());
                    }
                    case "BITS" -> {
                        return new TExpr.IntConst(BigInteger.valueOf(k.bits()), Type.of(IntKind.U32), p.span());
                    }
                    default -> {
                        boolean method = primitiveInherent.getOrDefault(ty, List.of()).stream()
                                .anyMatch(a -> a.name().equals(item) && a.fn() != null);
                        if (!method) {
                            diags.report(Diagnostic.error("E0599", "no associated item named `" + item + "` found for type `"
                                    + ty + "` in the current scope").primary(path.segments().get(1).ident().span(),
                                    "associated item not found in `" + ty + "`"));
                            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
                        }
                    }
                }
            }
        }
        if (p.qself() == null && path.segments().size() > 1) {
            PathResolver.Res r = paths.resolve(path, Namespace.VALUE);
            if (!(r instanceof PathResolver.Res.Unknown)) {
                return valueAtPath(r, p);
            }
        }
        if (p.qself() == null && !path.global()) {
            TExpr assoc = typeRelativeValue(p);
            if (assoc != null) {
                return assoc;
            }
        }
        if (p.qself() == null && !path.global() && path.segments().size() == 2
                && primitiveInherent.containsKey(path.segments().get(0).ident().name())
                && scope.lookupType(path.segments().get(0).ident().name()) == null) {
            // `i32::abs`, `str::len`, `char::is_alphabetic` as values
            String ty = path.segments().get(0).ident().name();
            Type prim = IntKind.ofName(ty) != null ? Type.of(IntKind.ofName(ty)) : FloatKind.ofName(ty) != null ? Type.of(FloatKind.ofName(ty))
                    : ty.equals("char") ? Type.CHAR : ty.equals("bool") ? Type.BOOL : ty.equals("str") ? Type.STR : null;
            for (Assoc as : primitiveInherent.get(ty)) {
                if (prim != null && as.name().equals(path.segments().get(1).ident().name()) && as.fn() != null && !tracksCaller(as.fn())) {
                    return assocFnItem(as, prim, p);
                }
            }
        }
        if (p.qself() == null && !path.global() && path.segments().size() == 1
                && path.segments().get(0).args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed
                && scope.lookup(path.segments().get(0).ident().name()) != null) {
            // `None::<i32>`: a constructor whose enum's arguments the turbofish gives
            TExpr value = valueOf(scope.lookup(path.segments().get(0).ident().name()), p.span());
            if (inf.shallow(value.type()) instanceof Type.Adt va && !va.args().isEmpty()) {
                List<Type> given = instantiate(va.args().size(), path.segments().get(0), p.span());
                for (int i = 0; i < given.size(); i++) {
                    inf.unify(va.args().get(i), given.get(i));
                }
                return value;
            }
        }
        if (p.qself() != null || !path.isSimple()) {
            unsupported(p.span(), "paths to items other than local functions and constants");
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
        }
        String name = path.segments().get(0).ident().name();
        Scope.Found found = scope.lookup(name);
        if (found == null) {
            reportUnresolvedValue(name, p.span());
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
        }
        return valueOf(found, p.span());
    }

    /** What a value path through modules names: a constant, a constructor, a type's associated item; errors otherwise. */
    private TExpr valueAtPath(PathResolver.Res r, Expr.PathExpr p) {
        Path path = p.path();
        if (r instanceof PathResolver.Res.Value v) {
            return valueOf(new Scope.Found(v.binding(), false), p.span());
        }
        if (r instanceof PathResolver.Res.TypeRelative tr && tr.index() == path.segments().size() - 1) {
            return typeRelativeItem(p, freshAdtAt(tr.owner(), path.segments().get(tr.index() - 1)), path.last().ident().name(),
                    path.last().ident().span());
        }
        if (r instanceof PathResolver.Res.NotFound nf) {
            notFoundInModule("value", path.last().ident(), nf.module());
        } else if (!(r instanceof PathResolver.Res.Failed)) {
            unsupported(p.span(), "this kind of path in an expression");
        }
        return DataChecks.error(p.span());
    }

    /** Every module of the crate, in the order they are declared (for "consider importing" suggestions). */
    final List<Scope> allModules = new ArrayList<>();
    /** Where a `use` would be inserted in each module: before its first `use`, else before its first item. */
    final Map<Scope, Span> useInsertion = new IdentityHashMap<>();

    /**
     * rustc's "consider importing this function" when exactly one module of the crate has a visible item of
     * that name (of kind {@code kind}, or any kind when null), with the `use` to insert.
     */
    void suggestImport(Diagnostic.Builder b, Namespace ns, String name, String kind) {
        Scope here = scope == null ? null : scope.module();
        if (here == null || !useInsertion.containsKey(here)) {
            return;
        }
        List<String> paths = new ArrayList<>();
        String foundKind = null;
        for (Scope m : allModules) {
            Decl d = m.declHere(ns, name);
            if (d == null || d.isImport() || m == here || !d.vis().visibleFrom(here) || kind != null && !kind.equals(d.kind())) {
                continue;
            }
            paths.add(m.modulePath() + "::" + name);
            foundKind = d.kind();
        }
        if (paths.size() == 1) {
            Span at = useInsertion.get(here);
            b.suggestion(at, "consider importing this " + foundKind, "use " + paths.get(0) + ";\n");
        }
    }

    /** Privacy errors rustc finds in its privacy pass, which runs only on a crate that type-checked cleanly. */
    private final List<Diagnostic.Builder> privacyPass = new ArrayList<>();

    /** E0451: a private field named in a struct literal or pattern outside the struct's module. */
    void privateFieldInLiteral(Type.Adt adt, String field, Span at) {
        privacyPass.add(Diagnostic.error("E0451", "field `" + field + "` of struct `" + adt.def().name() + "` is private")
                .primary(at, "private field"));
    }

    /** E0425 "cannot find function `f` in module `m`", with a similarly named item of that module if there is one. */
    void notFoundInModule(String what, dev.wasmrust.compiler.ast.Ident name, Scope module) {
        String where = module.isCrateRoot() ? "the crate root" : "module `" + module.moduleName() + "`";
        Diagnostic.Builder b = Diagnostic.error("E0425", "cannot find " + what + " `" + name.name() + "` in " + where);
        List<String> candidates = new ArrayList<>();
        for (String n : module.namesHere(Namespace.VALUE)) {
            Decl d = module.declHere(Namespace.VALUE, n);
            if (d != null && d.vis().visibleFrom(scope) && d.kind().equals(what.equals("value") ? d.kind() : "function")) {
                candidates.add(n);
            }
        }
        String similar = Similarity.closest(name.name(), candidates);
        if (similar != null) {
            Decl d = module.declHere(Namespace.VALUE, similar);
            b.primary(name.span(), "").secondary(d.defSpan(), "similarly named " + d.kind() + " `" + similar + "` defined here")
                    .suggestion(name.span(), "a " + d.kind() + " with a similar name exists", similar);
        } else {
            b.primary(name.span(), "not found in " + PathResolver.describe(module));
        }
        diags.report(b);
    }

    private TExpr valueOf(Scope.Found found, Span span) {
        if (found.binding() instanceof Scope.ErrorBinding) {
            return DataChecks.error(span);
        }
        if (found.binding() instanceof Scope.LocalBinding lb) {
            if (found.crossedFn()) {
                diags.report(Diagnostic.error("E0434", "can't capture dynamic environment in a fn item")
                        .primary(span, "")
                        .help("use the `|| { ... }` closure form instead"));
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, span);
            }
            closures.noteUse(lb.local());
            return new TExpr.LocalRef(lb.local(), lb.local().type(), span);
        } else if (found.binding() instanceof Scope.ConstBinding cb) {
            return constValue(cb, span);
        } else if (found.binding() instanceof Scope.CtorBinding cb) {
            return ctorValue(freshAdt(cb.def()), cb.variant(), span);
        } else if (found.binding() instanceof Scope.FnBinding fb) {
            return fnItemValue(fb, null, span);
        }
        unsupported(span, "functions used as values");
        return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, span);
    }

    void reportUnresolvedValue(String name, Span span) {
        Diagnostic.Builder b = Diagnostic.error("E0425", "cannot find value `" + name + "` in this scope")
                .primary(span, "not found in this scope");
        String similar = Similarity.closest(name, scope.visibleLocalNames());
        if (similar != null) {
            b = Diagnostic.error("E0425", "cannot find value `" + name + "` in this scope")
                    .primary(span, "help: a local variable with a similar name exists: `" + similar + "`");
        } else {
            suggestImport(b, Namespace.VALUE, name, null);
        }
        diags.report(b);
    }

    /** A constant's value, checked once in the scope that defines it and inlined at each use. */
    private TExpr constValue(Scope.ConstBinding cb, Span use) {
        Item.Const c = cb.item();
        TExpr v = constValues.get(c);
        if (v == null) {
            if (constInProgress.containsKey(c)) {
                diags.report(Diagnostic.error("E0391", "cycle detected when evaluating `" + c.name().name() + "`")
                        .primary(c.span(), ""));
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, use);
            }
            constInProgress.put(c, true);
            Inference saveInf = inf;
            Scope saveScope = scope;
            Deque<LoopCtx> saveLoops = new ArrayDeque<>(loops);
            Type saveRet = fnReturn;
            inf = new Inference();
            scope = new Scope(cb.definedIn(), true);
            loops.clear();
            fnReturn = null;
            Type t = lowerTy(c.ty());
            if (t == null || c.value() == null) {
                v = new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
            } else {
                TExpr init = check(c.value(), t);
                demand(init, t, c.value().span(), c.ty().span(), "expected due to this");
                v = new Zonker(inf, diags, lintNotesShown).expr(init);
            }
            inf = saveInf;
            scope = saveScope;
            loops.clear();
            loops.addAll(saveLoops);
            fnReturn = saveRet;
            constValues.put(c, v);
            constInProgress.remove(c);
        }
        return v;
    }

    private TExpr checkUnary(Expr.Unary u, Type expected) {
        switch (u.op()) {
            case NEG -> {
                if (u.operand() instanceof Expr.LitExpr l && l.lit() instanceof Lit.Int li && (li.suffix() == null
                        || IntKind.ofName(li.suffix()) != null)) {
                    TExpr lit = checkLit(l.lit(), expected, true);
                    return new TExpr.Unary(UnOp.NEG, lit, lit.type(), u.span());
                }
                TExpr x = check(u.operand(), expected);
                Type t = inf.shallow(x.type());
                if (t instanceof Type.Int i && !i.kind().signed()) {
                    diags.report(Diagnostic.error("E0600", "cannot apply unary operator `-` to type `" + t + "`")
                            .primary(u.span(), "cannot apply unary operator `-`")
                            .note("unsigned values cannot be negated"));
                } else if (!inf.isNumeric(t) && !(t instanceof Type.Error)) {
                    diags.report(Diagnostic.error("E0600", "cannot apply unary operator `-` to type `" + t + "`")
                            .primary(u.span(), "cannot apply unary operator `-`"));
                }
                return new TExpr.Unary(UnOp.NEG, x, x.type(), u.span());
            }
            case NOT -> {
                TExpr x = check(u.operand(), expected);
                Type t = inf.shallow(x.type());
                if (!(t instanceof Type.Bool) && !inf.isInteger(t) && !(t instanceof Type.Error)) {
                    diags.report(Diagnostic.error("E0600", "cannot apply unary operator `!` to type `" + t + "`")
                            .primary(u.span(), "cannot apply unary operator `!`"));
                }
                return new TExpr.Unary(UnOp.NOT, x, x.type(), u.span());
            }
            default -> {
                TExpr x = check(u.operand(), null);
                Type t = inf.shallow(x.type());
                if (t instanceof Type.Ref r) {
                    return new TExpr.Deref(x, r.inner(), u.span());
                }
                if (t instanceof Type.Adt box && box.def().isLang("owned_box")) {
                    return boxDeref(x, box);
                }
                if (!(t instanceof Type.Error)) {
                    diags.report(Diagnostic.error("E0614", "type `" + show(t) + "` cannot be dereferenced")
                            .primary(u.span(), "can't be dereferenced"));
                }
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, u.span());
            }
        }
    }

    private TExpr checkBinary(Expr.Binary b, Type expected) {
        BinOp op = b.op();
        if (op.isLazy()) {
            TExpr l = check(b.lhs(), Type.BOOL);
            demand(l, Type.BOOL, b.lhs().span(), null, null);
            TExpr r = check(b.rhs(), Type.BOOL);
            demand(r, Type.BOOL, b.rhs().span(), null, null);
            return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
        }
        if (op.isComparison()) {
            TExpr l = check(b.lhs(), null);
            TExpr r = check(b.rhs(), l.type());
            Type lt = inf.shallow(l.type());
            if (lt instanceof Type.Error || inf.shallow(r.type()) instanceof Type.Error) {
                return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
            }
            boolean ordering = op != BinOp.EQ && op != BinOp.NE;
            if (stringKind(l.type()) != 0 && stringKind(r.type()) != 0 && stringKind(l.type()) + stringKind(r.type()) == 3) {
                // String and str compare with each other (String: PartialEq<str> and PartialEq<&str>)
                return new TExpr.Binary(op, asStrRef(l), asStrRef(r), Type.BOOL, b.span());
            }
            if (!inf.unify(l.type(), r.type())) {
                diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(b.rhs().span(), "expected " + describeFound(l.type()) + ", found " + describeFound(r.type())));
            } else if (isUnknown(lt)) {
                // an operand whose type a later statement settles (a closure's parameter): checked at the end
                deferredChecks.add(() -> {
                    Type settled = inf.shallow(l.type());
                    if (isUnknown(settled)) {
                        typeAnnotationsNeeded(b.lhs().span());
                    } else if (!comparable(settled, ordering)) {
                        diags.report(Diagnostic.error("E0369", "binary operation `" + op.symbol() + "` cannot be applied to type `"
                                + show(settled) + "`").primary(b.opSpan(), "").secondary(b.lhs().span(), show(settled))
                                .secondary(b.rhs().span(), show(r.type())));
                    }
                });
            } else if (!comparable(lt, ordering)) {
                Diagnostic.Builder d = Diagnostic.error("E0369", "binary operation `" + op.symbol() + "` cannot be applied to type `"
                        + show(lt) + "`").primary(b.opSpan(), "").secondary(b.lhs().span(), show(lt)).secondary(b.rhs().span(), show(r.type()));
                Type base = lt;
                while (base instanceof Type.Ref rr) {
                    base = inf.shallow(rr.inner());
                }
                if (base instanceof Type.Adt a) {
                    String tr = ordering ? "PartialOrd" : "PartialEq";
                    d.noteAt(a.def().nameSpan(), "an implementation of `" + tr + "` might be missing for `" + a + "`")
                            .suggestion(a.def().span().shrinkToLo(), "consider annotating `" + a + "` with `#[derive(" + tr + ")]`",
                                    "#[derive(" + tr + ")]\n");
                }
                diags.report(d);
            }
            return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
        }
        if (op == BinOp.SHL || op == BinOp.SHR) {
            TExpr l = check(b.lhs(), expected);
            TExpr r = check(b.rhs(), null);
            requireInt(l, op, b);
            if (!inf.isInteger(r.type()) && !(inf.shallow(r.type()) instanceof Type.Error)) {
                binopError(op, l.type(), r.type(), b);
            }
            return new TExpr.Binary(op, l, r, l.type(), b.span());
        }
        TExpr l = derefPrimitive(check(b.lhs(), expected));
        if (op == BinOp.ADD && inf.shallow(l.type()) instanceof Type.Adt sa && sa.def().isLang("string")) {
            // String + &str appends, consuming the left operand
            TExpr r = coerce(check(b.rhs(), Type.STR_REF), Type.STR_REF, b.rhs().span());
            return new TExpr.Call("core::String::__add", List.of(), List.of(l, r), sa, b.span());
        }
        TExpr r = derefPrimitive(check(b.rhs(), l.type()));
        Type lt = inf.shallow(l.type());
        boolean bitwise = op == BinOp.BIT_AND || op == BinOp.BIT_OR || op == BinOp.BIT_XOR;
        if (lt instanceof Type.Bool && bitwise) {
            demand(r, Type.BOOL, b.rhs().span(), null, null);
            return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
        }
        if (isUnknown(lt) && inf.unify(l.type(), r.type())) {
            // an operand whose type a later statement settles (a closure's parameter): checked at the end
            deferredChecks.add(() -> {
                Type settled = inf.shallow(l.type());
                if (isUnknown(settled)) {
                    typeAnnotationsNeeded(b.lhs().span());
                } else if (!inf.isInteger(settled) && !(inf.isFloat(settled) && !bitwise)
                        && !(settled instanceof Type.Bool && bitwise) && !(settled instanceof Type.Error)) {
                    binopError(op, settled, r.type(), b);
                }
            });
            return new TExpr.Binary(op, l, r, l.type(), b.span());
        }
        if (!inf.isInteger(lt) && !(inf.isFloat(lt) && !bitwise)) {
            if (!(lt instanceof Type.Error) && !(inf.shallow(r.type()) instanceof Type.Error)) {
                binopError(op, l.type(), r.type(), b);
            }
            return new TExpr.Binary(op, l, r, Type.ERROR, b.span());
        }
        if (!inf.unify(l.type(), r.type())) {
            Type rt = inf.shallow(r.type());
            if (inf.isInteger(lt) && inf.isInteger(rt) || inf.isFloat(lt) && inf.isFloat(rt)) {
                diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(b.rhs().span(), "expected `" + show(l.type()) + "`, found `" + show(r.type()) + "`"));
            } else {
                binopError(op, l.type(), r.type(), b);
            }
        }
        return new TExpr.Binary(op, l, r, l.type(), b.span());
    }

    /** Arithmetic operators are implemented for references to primitives too (`&i32 + i32`): dereference. */
    TExpr derefPrimitive(TExpr e) {
        Type t = inf.shallow(e.type());
        if (t instanceof Type.Ref r) {
            Type inner = inf.shallow(r.inner());
            if (inf.isNumeric(inner) || inner instanceof Type.Bool) {
                return new TExpr.Deref(e, inner, e.span());
            }
        }
        return e;
    }

    /** `to_string()` through `Display`: numbers, `bool`, `char` and `String`. */
    private boolean displayableForToString(Type t) {
        Type s = inf.shallow(t);
        return inf.isNumeric(s) && !inf.isFloat(s) || s instanceof Type.Bool || s instanceof Type.Char
                || s instanceof Type.Float || s instanceof Type.Adt a && a.def().isLang("string")
                || traitImpl(s, "Display") != null;
    }

    /** Whether `==` (or with {@code ordering}, `<`) is defined for values of {@code t}. */
    boolean comparable(Type t, boolean ordering) {
        Type s = inf.shallow(t);
        if (s instanceof Type.Int || s instanceof Type.Float || s instanceof Type.Bool || s instanceof Type.Char
                || s instanceof Type.Unit || s instanceof Type.Str || s instanceof Type.Var v && v.kind() != Type.VarKind.GENERAL) {
            return true;
        }
        if (s instanceof Type.Ref r) {
            return comparable(r.inner(), ordering);
        }
        if (s instanceof Type.Tuple tu) {
            return tu.elems().stream().allMatch(e -> comparable(e, ordering));
        }
        if (s instanceof Type.Array a) {
            return comparable(a.elem(), ordering);
        }
        if (s instanceof Type.Slice sl) {
            return comparable(sl.elem(), ordering);
        }
        if (s instanceof Type.Adt a && a.def().lang() != null) {
            return a.def().isLang("string") || !ordering && a.args().stream().allMatch(x -> comparable(x, false));
        }
        if (s instanceof Type.Adt a) {
            return a.def().derives().contains(ordering ? "PartialOrd" : "PartialEq")
                    && a.args().stream().allMatch(x -> comparable(x, ordering));
        }
        if (s instanceof Type.Param p) {
            return hasBound(p, ordering ? "PartialOrd" : "PartialEq") || hasBound(p, ordering ? "Ord" : "Eq")
                    || hasBound(p, "PartialOrd") || hasBound(p, "Ord");
        }
        return false;
    }

    /** Whether a generic parameter in scope is bounded by the trait named {@code trait}. */
    boolean hasBound(Type.Param p, String trait) {
        return scope != null && scope.hasBound(p.index(), trait);
    }

    /**
     * Whether a generic type is bounded by {@code trait}: a parameter by its bounds, an associated type of one by a
     * where-clause ({@code I::Item: Debug}) or by the bounds its trait declares on it.
     */
    boolean boundedBy(Type t, String trait) {
        Type s = inf == null ? t : inf.shallow(t);
        if (s instanceof Type.Param p) {
            return hasBound(p, trait);
        }
        if (s instanceof Type.Projection proj) {
            return scope != null && scope.hasProjectionBound(proj, trait) || projectionBoundedBy(proj, trait);
        }
        return false;
    }

    private void requireInt(TExpr e, BinOp op, Expr.Binary b) {
        if (!inf.isInteger(e.type()) && !(inf.shallow(e.type()) instanceof Type.Error)) {
            binopError(op, e.type(), Type.ERROR, b);
        }
    }

    private void binopError(BinOp op, Type l, Type r, Expr.Binary b) {
        String verb = switch (op) {
            case ADD -> "add `" + show(r) + "` to `" + show(l) + "`";
            case SUB -> "subtract `" + show(r) + "` from `" + show(l) + "`";
            case MUL -> "multiply `" + show(l) + "` by `" + show(r) + "`";
            case DIV -> "divide `" + show(l) + "` by `" + show(r) + "`";
            case REM -> "calculate the remainder of `" + show(l) + "` divided by `" + show(r) + "`";
            default -> "apply binary operator `" + op.symbol() + "` to type `" + show(l) + "`";
        };
        String code = "E0369";
        if (!inf.isNumeric(l)
                || op == BinOp.SHL || op == BinOp.SHR || op.ordinal() > BinOp.SHR.ordinal()) {
            diags.report(Diagnostic.error(code, "cannot " + verb)
                    .primary(b.opSpan(), "").secondary(b.lhs().span(), show(l)).secondary(b.rhs().span(), show(r)));
        } else {
            diags.report(Diagnostic.error("E0277", "cannot " + verb)
                    .primary(b.opSpan(), "no implementation for `" + show(l) + " " + op.symbol() + " " + show(r) + "`"));
        }
    }

    private TExpr checkCast(Expr.Cast c) {
        Type target = lowerTy(c.ty());
        TExpr x = check(c.expr(), null);
        if (target instanceof Type.Int && castHintApplies(c.expr()) && inf.shallow(x.type()) instanceof Type.Var xv && xv.kind() == Type.VarKind.INT) {
            // rustc's "castable to" expectation: an unsuffixed literal operand takes the cast's type
            inf.unify(x.type(), target);
        }
        if (target == null) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        Type from = inf.shallow(x.type());
        if (from instanceof Type.Error) {
            return new TExpr.Cast(x, target, c.span());
        }
        boolean fromInt = inf.isInteger(from);
        boolean ok;
        if (target instanceof Type.Int) {
            ok = fromInt || from instanceof Type.Bool || from instanceof Type.Char || inf.isFloat(from)
                    || from instanceof Type.Adt a && isFieldlessEnum(a);
            if (inf.isFloat(from) && ((Type.Int) target).kind().bits() == 128) {
                unsupported(c.span(), "casts between 128-bit integers and floats");
            }
        } else if (target instanceof Type.Char) {
            ok = from instanceof Type.Char || from instanceof Type.Var fv && fv.kind() == Type.VarKind.INT && inf.unify(from, Type.of(IntKind.U8))
                    || from instanceof Type.Int i && i.kind() == IntKind.U8;
            if (!ok && fromInt) {
                diags.report(Diagnostic.error("E0604", "only `u8` can be cast as `char`, not `" + show(from) + "`")
                        .primary(c.span(), "invalid cast"));
                return new TExpr.Cast(x, target, c.span());
            }
        } else if (target instanceof Type.Bool) {
            ok = from instanceof Type.Bool;
            if (!ok && fromInt) {
                diags.report(Diagnostic.error("E0054", "cannot cast `" + show(from) + "` as `bool`")
                        .primary(c.span(), "")
                        .help("compare with zero instead: `" + sources.file(c.expr().span()).slice(c.expr().span()) + " != 0`"));
                return new TExpr.Cast(x, target, c.span());
            }
        } else if (target instanceof Type.Float) {
            ok = fromInt || inf.isFloat(from);
            if (from instanceof Type.Int fi && fi.kind().bits() == 128) {
                unsupported(c.span(), "casts between 128-bit integers and floats");
            }
        } else {
            ok = from.equals(target);
        }
        if (!ok) {
            diags.report(Diagnostic.error("E0605", "non-primitive cast: `" + show(from) + "` as `" + target + "`")
                    .primary(c.span(), "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object"));
        }
        return new TExpr.Cast(x, target, c.span());
    }

    static boolean isFieldlessEnum(Type.Adt a) {
        return a.def().isEnum() && !a.def().variants().isEmpty()
                && a.def().variants().stream().allMatch(v -> v.ctor() == AdtDef.CtorKind.UNIT);
    }

    private static TExpr respan(TExpr t, Span span) {
        if (t instanceof TExpr.Binary b) {
            return new TExpr.Binary(b.op(), b.lhs(), b.rhs(), b.type(), span);
        }
        if (t instanceof TExpr.Unary u) {
            return new TExpr.Unary(u.op(), u.operand(), u.type(), span);
        }
        if (t instanceof TExpr.Cast c) {
            return new TExpr.Cast(c.expr(), c.type(), span);
        }
        return t;
    }

    /** An unsuffixed integer literal, possibly negated, parenthesized or the tail of a statement-less block. */
    private static boolean castHintApplies(Expr e) {
        if (e instanceof Expr.LitExpr l) {
            return l.lit() instanceof Lit.Int;
        }
        if (e instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            return castHintApplies(u.operand());
        }
        if (e instanceof Expr.Paren p) {
            return castHintApplies(p.inner());
        }
        if (e instanceof Expr.BlockExpr b && b.label() == null && b.block().stmts().isEmpty() && b.block().tail() != null) {
            return castHintApplies(b.block().tail());
        }
        return false;
    }

    private Scope.LocalBinding assignableLocal(Expr lhs, Span whole, Span op, String code) {
        if (!(lhs instanceof Expr.PathExpr p) || !p.path().isSimple() || p.qself() != null) {
            if (lhs instanceof Expr.Paren pp) {
                return assignableLocal(pp.inner(), whole, op, code);
            }
            unsupported(lhs.span(), "assigning to anything but a local variable");
            return null;
        }
        String name = p.path().segments().get(0).ident().name();
        Scope.Found f = scope.lookup(name);
        if (f == null) {
            reportUnresolvedValue(name, lhs.span());
            return null;
        }
        if (!(f.binding() instanceof Scope.LocalBinding lb) || f.crossedFn()) {
            diags.report(Diagnostic.error(code, "invalid left-hand side of assignment")
                    .primary(op, "").secondary(lhs.span(), "cannot assign to this expression"));
            return null;
        }
        return lb;
    }

    private boolean checkMutable(Scope.LocalBinding lb, Span whole) {
        if (lb.local().mutable() || uninitialised.remove(lb.local().id())) {
            return true;
        }
        String n = lb.local().name();
        afterTypeck.add(Diagnostic.error("E0384", "cannot assign twice to immutable variable `" + n + "`")
                .secondary(lb.nameSpan(), "first assignment to `" + n + "`")
                .primary(whole, "cannot assign twice to immutable variable")
                .suggestion(lb.nameSpan().shrinkToLo(), "consider making this binding mutable", "mut "));
        return false;
    }

    /** The place an assignment writes: a local (with rustc's E0384 rules), a field, a dereference or an index. */
    private TExpr assignablePlace(Expr lhs, Span whole, Span op, String code) {
        Expr inner = lhs;
        while (inner instanceof Expr.Paren pp) {
            inner = pp.inner();
        }
        if (inner instanceof Expr.PathExpr p && p.path().isSimple() && p.qself() == null) {
            Scope.LocalBinding lb = assignableLocal(inner, whole, op, code);
            if (lb == null) {
                return null;
            }
            checkMutable(lb, whole);
            closures.noteUse(lb.local());
            return new TExpr.LocalRef(lb.local(), lb.local().type(), lhs.span());
        }
        if (inner instanceof Expr.Field || inner instanceof Expr.TupleField || inner instanceof Expr.Index
                || inner instanceof Expr.Unary u && u.op() == UnOp.DEREF) {
            TExpr place = mutablePlace(check(inner, null));
            if (inf.shallow(place.type()) instanceof Type.Error) {
                return null;
            }
            requireMutablePlace(place, whole, false);
            return place;
        }
        if (inner instanceof Expr.Underscore || inner instanceof Expr.Tuple || inner instanceof Expr.StructLit) {
            unsupported(lhs.span(), "destructuring assignments");
            return null;
        }
        diags.report(Diagnostic.error(code, "invalid left-hand side of assignment")
                .primary(op, "").secondary(lhs.span(), "cannot assign to this expression"));
        return null;
    }

    private TExpr checkAssign(Expr.Assign a) {
        // rustc points E0070 at the `=` and E0067 at the compound operator, E0384 at the whole assignment
        TExpr place = assignablePlace(a.lhs(), a.span(), a.opSpan(), "E0070");
        if (place == null) {
            check(a.rhs(), null);
            return new TExpr.UnitConst(a.span());
        }
        TExpr v = check(a.rhs(), place.type());
        v = coerce(v, place.type(), a.rhs().span());
        return new TExpr.Assign(place, v, a.span());
    }

    private TExpr checkAssignOp(Expr.AssignOp a) {
        TExpr place = assignablePlace(a.lhs(), a.span(), a.opSpan(), "E0067");
        if (place == null) {
            check(a.rhs(), null);
            return new TExpr.UnitConst(a.span());
        }
        Type lt = place.type();
        if (a.op() == BinOp.ADD && inf.shallow(lt) instanceof Type.Adt sa && sa.def().isLang("string")) {
            TExpr r = coerce(check(a.rhs(), Type.STR_REF), Type.STR_REF, a.rhs().span());
            TExpr self = new TExpr.AddrOf(true, place, new Type.Ref(true, sa), a.lhs().span());
            return new TExpr.Call("core::String::push_str", List.of(), List.of(self, r), Type.UNIT, a.span());
        }
        boolean shift = a.op() == BinOp.SHL || a.op() == BinOp.SHR;
        // `x += &y`: the operators of primitives take references too (AddAssign<&i32> for i32)
        TExpr v = derefPrimitive(check(a.rhs(), shift ? null : lt));
        boolean bitwise = a.op() == BinOp.BIT_AND || a.op() == BinOp.BIT_OR || a.op() == BinOp.BIT_XOR;
        boolean boolBitwise = inf.shallow(lt) instanceof Type.Bool && bitwise;
        boolean floatArith = inf.isFloat(lt) && !bitwise && !shift;
        if (!inf.isInteger(lt) && !boolBitwise && !floatArith) {
            if (!(inf.shallow(lt) instanceof Type.Error)) {
                diags.report(Diagnostic.error("E0368", "binary assignment operation `" + a.op().symbol()
                        + "=` cannot be applied to type `" + show(lt) + "`")
                        .primary(a.lhs().span(), "cannot use `" + a.op().symbol() + "=` on type `" + show(lt) + "`"));
            }
        } else if (shift) {
            if (!inf.isInteger(v.type())) {
                demand(v, Type.of(IntKind.U32), a.rhs().span(), null, null);
            }
        } else {
            demand(v, lt, a.rhs().span(), null, null);
        }
        return new TExpr.CompoundAssign(place, a.op(), v, a.span());
    }

    /** The type expected of the call being checked, for a tuple-like constructor's arguments. */
    private Type callExpected;

    private TExpr checkCall(Expr.Call c, Type expected) {
        Type saveExpected = callExpected;
        callExpected = expected;
        try {
            return checkCallWithExpected(c, expected);
        } finally {
            callExpected = saveExpected;
        }
    }

    private TExpr checkCallWithExpected(Expr.Call c, Type expected) {
        if (!(c.callee() instanceof Expr.PathExpr p) || p.qself() != null || namesLocal(p)) {
            return closures.checkCall(c);
        }
        List<String> segs = p.path().segments().stream().map(s -> s.ident().name()).toList();
        if (segs.equals(List.of("std", "process", "exit"))) {
            if (c.args().size() != 1) {
                argCountError(c, 1, null);
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
            }
            TExpr code = check(c.args().get(0), Type.of(IntKind.I32));
            demand(code, Type.of(IntKind.I32), c.args().get(0).span(), null, null);
            return new TExpr.Exit(code, c.span());
        }
        if (segs.size() == 2 && FloatKind.ofName(segs.get(0)) != null && segs.get(1).equals("from_bits")) {
            FloatKind fk = FloatKind.ofName(segs.get(0));
            Type bits = Type.of(fk == FloatKind.F32 ? IntKind.U32 : IntKind.U64);
            List<TExpr> args = data.arguments(c.args(), List.of(bits), c.callee().span(), c.span(), null, "function");
            if (args == null) {
                return DataChecks.error(c.span());
            }
            return new TExpr.Intrinsic(fk.rustName() + "::from_bits", args, Type.of(fk), c.span());
        }
        if (segs.size() == 2 && segs.get(0).equals("intrinsics") && sources.file(c.span()).name().startsWith("<std>/")) {
            return StdIntrinsics.call(this, c, p.path().last());
        }
        if (segs.size() == 2 && !p.path().global() && scope.lookupTypeParam(segs.get(0)) != null) {
            TExpr viaBound = boundStaticCall(c, scope.lookupTypeParam(segs.get(0)), p.path().last());
            if (viaBound != null) {
                return viaBound;
            }
        }
        if (segs.size() > 1) {
            PathResolver.Res r = paths.resolve(p.path(), Namespace.VALUE);
            if (!(r instanceof PathResolver.Res.Unknown)) {
                return callAtPath(c, p, r);
            }
        }
        if (segs.size() == 2 && !p.path().global() && data.typeNamed(segs.get(0)) != null) {
            Type.Adt owner = data.typeNamed(segs.get(0));
            return typeRelativeCall(c, p, segs.get(0).equals("Self") ? owner : freshAdtAt(owner.def(), p.path().segments().get(0)),
                    segs.get(1));
        }
        if (segs.size() == 2 && !p.path().global() && segs.get(1).equals("from") && c.args().size() == 1
                && (IntKind.ofName(segs.get(0)) != null || FloatKind.ofName(segs.get(0)) != null || segs.get(0).equals("char"))
                && scope.lookupType(segs.get(0)) == null) {
            Type prim = IntKind.ofName(segs.get(0)) != null ? Type.of(IntKind.ofName(segs.get(0)))
                    : FloatKind.ofName(segs.get(0)) != null ? Type.of(FloatKind.ofName(segs.get(0))) : Type.CHAR;
            TExpr conv = staticFrom(c, prim);
            if (conv != null) {
                return conv;
            }
            return DataChecks.error(c.span());
        }
        if (segs.size() == 2 && !p.path().global() && primitiveInherent.containsKey(segs.get(0))) {
            // `char::from_digit(7, 10)`: an associated function the standard library defines on a primitive type
            for (Assoc as : primitiveInherent.get(segs.get(0))) {
                if (as.name().equals(segs.get(1)) && as.fn() != null && as.fn().selfParam() == null) {
                    Instance inst = instanceOf(as, null, p.path().last());
                    List<TExpr> args = data.arguments(c.args(), inst.params(), c.callee().span(), c.span(), as.fn().name().span(), "function");
                    if (args == null || !inst.ok()) {
                        return DataChecks.error(c.span());
                    }
                    List<TExpr> all = new ArrayList<>(args);
                    if (tracksCaller(as.fn())) {
                        all.add(callerArgument(c.span()));
                    }
                    return new TExpr.Call(as.symbol(), inst.typeArgs(), all, inst.ret(), c.span());
                }
                if (as.name().equals(segs.get(1)) && as.fn() != null && as.fn().selfParam() != null && FloatKind.ofName(segs.get(0)) != null
                        && !tracksCaller(as.fn()) && scope.lookupType(segs.get(0)) == null) {
                    // `f64::max(a, b)`, `f64::total_cmp(&a, &b)`: a float method called by its path takes the receiver first
                    Type prim = Type.of(FloatKind.ofName(segs.get(0)));
                    Instance inst = instanceOf(as, prim, p.path().last());
                    List<Type> params = new ArrayList<>();
                    params.add(switch (as.fn().selfParam().kind()) {
                        case REF -> new Type.Ref(false, prim);
                        case REF_MUT -> new Type.Ref(true, prim);
                        default -> prim;
                    });
                    params.addAll(inst.params());
                    List<TExpr> args = data.arguments(c.args(), params, c.callee().span(), c.span(), as.fn().name().span(), "function");
                    if (args == null || !inst.ok()) {
                        return DataChecks.error(c.span());
                    }
                    return new TExpr.Call(as.symbol(), inst.typeArgs(), args, inst.ret(), c.span());
                }
            }
        }
        if (segs.size() == 1 && segs.get(0).equals("Self") && selfType instanceof Type.Adt sa && !sa.def().isEnum()) {
            return ctorCall(c, sa, 0);
        }
        if (segs.size() > 1 && List.of("std", "core", "alloc").contains(segs.get(0)) && preludeScope != null) {
            Scope module = stdModule(segs);
            Scope.Binding inModule = module == null ? null : module.valueHere(segs.get(segs.size() - 1), null);
            if (inModule instanceof Scope.FnBinding) {
                // `std::io::stdin()`: a module the library's source has
                return callBinding(c, p, inModule, segs.get(segs.size() - 1));
            }
            // `std::mem::drop(x)`: the standard library's functions live in one namespace, whatever module rustc puts them in
            Scope.Found f = preludeScope.lookup(segs.get(segs.size() - 1));
            if (f != null && f.binding() instanceof Scope.FnBinding) {
                return callBinding(c, p, f.binding(), segs.get(segs.size() - 1));
            }
            // `std::collections::HashMap::new()`: a standard library type's associated function, by the type's name
            AdtDef owner = segs.size() >= 3 ? preludeScope.lookupType(segs.get(segs.size() - 2)) : null;
            if (owner != null) {
                return typeRelativeCall(c, p, freshAdt(owner), segs.get(segs.size() - 1));
            }
        }
        if (p.path().global() || p.path().segments().size() != 1) {
            // `use`, modules and associated functions are not resolved yet: never claim the path is wrong
            unsupported(p.span(), "calling `" + p.path() + "` (paths to items other than local functions)");
            for (Expr a : c.args()) {
                check(a, null);
            }
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        String name = segs.get(0);
        Scope.Found f = scope.lookup(name);
        if (f == null) {
            Diagnostic.Builder b = Diagnostic.error("E0425", "cannot find function `" + name + "` in this scope")
                    .primary(p.span(), "not found in this scope");
            suggestImport(b, Namespace.VALUE, name, "function");
            diags.report(b);
            for (Expr a : c.args()) {
                check(a, null);
            }
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        return callBinding(c, p, f.binding(), name);
    }

    /** A call through a path into modules: a function, a constructor, or a type's associated function. */
    private TExpr callAtPath(Expr.Call c, Expr.PathExpr p, PathResolver.Res r) {
        Path path = p.path();
        if (r instanceof PathResolver.Res.Value v) {
            return callBinding(c, p, v.binding(), path.last().ident().name());
        }
        if (r instanceof PathResolver.Res.TypeRelative tr && tr.index() == path.segments().size() - 1) {
            return typeRelativeCall(c, p, freshAdtAt(tr.owner(), path.segments().get(tr.index() - 1)), path.last().ident().name());
        }
        if (r instanceof PathResolver.Res.NotFound nf) {
            notFoundInModule("function", path.last().ident(), nf.module());
        } else if (!(r instanceof PathResolver.Res.Failed)) {
            unsupported(p.span(), "calling `" + path + "`");
        }
        for (Expr a : c.args()) {
            check(a, null);
        }
        return DataChecks.error(c.span());
    }

    private TExpr callBinding(Expr.Call c, Expr.PathExpr p, Scope.Binding binding, String name) {
        if (binding instanceof Scope.ErrorBinding) {
            for (Expr a : c.args()) {
                check(a, null);
            }
            return DataChecks.error(c.span());
        }
        if (binding instanceof Scope.CtorBinding cb) {
            return ctorCall(c, freshAdt(cb.def()), cb.variant());
        }
        if (!(binding instanceof Scope.FnBinding fb)) {
            Type t = binding instanceof Scope.LocalBinding lb ? lb.local().type() : Type.ERROR;
            diags.report(Diagnostic.error("E0618", "expected function, found `" + show(t) + "`")
                    .primary(p.span(), "").note("`" + name + "` is not a function"));
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        Item.Fn fn = fb.fn();
        Scope generics = fnGenerics(fb.scope(), fn, 0);
        DataChecks.Signature sig = data.signature(fn, generics, null);
        List<Type> typeArgs = instantiateFn(fn, p.path().last());
        closures.instantiated(generics, typeArgs, c.span(), boundSite(fn.name().name(), p.span(), sig.params(), c.args()));
        List<Type> paramTypes = sig.params().stream().map(t -> Types.subst(t, typeArgs)).toList();
        Type ret = Types.subst(sig.ret(), typeArgs);
        boolean sigOk = sig.ok();
        if (c.args().size() != paramTypes.size()) {
            argCountError(c, paramTypes.size(), fn);
            for (Expr a : c.args()) {
                check(a, null);
            }
            return new TExpr.IntConst(BigInteger.ZERO, ret, c.span());
        }
        // closures last, as rustc does, so that the other arguments settle their parameter types first
        TExpr[] checkedArgs = new TExpr[c.args().size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < c.args().size(); i++) {
                if ((c.args().get(i) instanceof Expr.Closure) != (pass == 1)) {
                    continue;
                }
                TExpr a = check(c.args().get(i), paramTypes.get(i));
                checkedArgs[i] = coerceArgument(a, paramTypes.get(i), c.args().get(i).span(), c.callee().span(), fn.name().span(), "function");
            }
            closures.solve();
        }
        List<TExpr> args = new ArrayList<>(java.util.Arrays.asList(checkedArgs));
        closures.locate(paramTypes, args, c.callee().span());
        if (!sigOk) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        if (tracksCaller(fn)) {
            args.add(callerArgument(c.span()));
        }
        return new TExpr.Call(fb.symbol(), typeArgs, args, ret, c.span());
    }

    /**
     * {@code a.cmp(&b)} and {@code a.partial_cmp(&b)} (Ord and PartialOrd) for every type that has the ordering
     * operators: the standard library's {@code __cmp} over the same three-way comparison as {@code <}. A float
     * has no total order, so it has no {@code cmp}.
     */
    private TExpr orderingMethod(Expr.MethodCall m, TExpr cur, Type t) {
        String name = m.method().ident().name();
        if (!(name.equals("cmp") || name.equals("partial_cmp")) || m.args().size() != 1 || preludeScope == null
                || preludeScope.lookupType("Ordering") == null) {
            return null;
        }
        Type self = t instanceof Type.Ref r ? inf.shallow(r.inner()) : t;
        if (isUnknown(self) || self instanceof Type.Ref || !comparable(self, true)
                || name.equals("cmp") && Types.any(inf.deep(self), x -> x instanceof Type.Float || x instanceof Type.Var v && v.kind() == Type.VarKind.FLOAT)) {
            return null;
        }
        TExpr recv = t instanceof Type.Ref ? cur : new TExpr.AddrOf(false, cur, new Type.Ref(false, self), cur.span());
        Type refT = new Type.Ref(false, self);
        TExpr other = coerceArgument(check(m.args().get(0), refT), refT, m.args().get(0).span(), m.method().ident().span(), null, "method");
        Type ord = new Type.Adt(preludeScope.lookupType("Ordering"), List.of());
        Type ret = name.equals("cmp") ? ord : new Type.Adt(optionDef, List.of(ord));
        return new TExpr.Call(name.equals("cmp") ? "core::__cmp" : "core::__partial_cmp", List.of(self), List.of(recv, other), ret, m.span());
    }

    /**
     * Whether values of {@code t} are {@code Copy} for the move check. Mutable references count as Copy
     * (Rust reborrows them implicitly where they are passed), and so do types not known here.
     */
    static boolean isCopyType(Type t, java.util.Set<Integer> copyParams) {
        if (t instanceof Type.Tuple tu) {
            return tu.elems().stream().allMatch(e -> isCopyType(e, copyParams));
        }
        if (t instanceof Type.Array a) {
            return isCopyType(a.elem(), copyParams);
        }
        if (t instanceof Type.Adt a) {
            return a.def().lang() == null && a.def().derives().contains("Copy") && a.args().stream().allMatch(x -> isCopyType(x, copyParams));
        }
        if (t instanceof Type.Closure c) {
            return c.captures().stream().allMatch(x -> isCopyType(x, copyParams));
        }
        if (t instanceof Type.Param p) {
            return copyParams.contains(p.index());
        }
        return true;
    }

    /** A span without the blanks it ends with. */
    private Span trimEnd(Span sp) {
        String text = sources.file(sp).slice(sp);
        int n = text.length();
        while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
            n--;
        }
        return new Span(sp.file(), sp.lo(), sp.lo() + n);
    }

    /** Functions by symbol, for the move check's "this parameter takes ownership" note. */
    final Map<String, Item.Fn> fnsBySymbol = new HashMap<>();

    /** The signature of the function {@code symbol} as the borrow check reads it. */
    private dev.wasmrust.compiler.borrow.CallSignature callSignature(String symbol) {
        Item.Fn fn = fnsBySymbol.get(symbol);
        if (fn == null) {
            fn = assocFns.get(symbol);
        }
        if (fn == null) {
            fn = assocFn(symbol);
            if (fn != null) {
                assocFns.put(symbol, fn);
            }
        }
        return fn == null ? dev.wasmrust.compiler.borrow.CallSignature.UNKNOWN : dev.wasmrust.compiler.borrow.ReturnOrigins.of(fn, symbol);
    }

    /** The methods {@link #assocFn} found, by symbol. */
    private final Map<String, Item.Fn> assocFns = new HashMap<>();

    /** A method by its symbol among the impls (their bodies are checked on first use, so not all are in fnsBySymbol). */
    private Item.Fn assocFn(String symbol) {
        List<List<Assoc>> all = new ArrayList<>(inherent.values());
        all.addAll(primitiveInherent.values());
        traitImpls.values().forEach(m -> all.addAll(m.values()));
        for (List<Assoc> as : all) {
            for (Assoc a : as) {
                if (a.fn() != null && symbol.equals(a.symbol())) {
                    return a.fn();
                }
            }
        }
        return null;
    }

    /** The parameter {@code index} of the function {@code symbol} when it takes a value (not `self`), or null. */
    private dev.wasmrust.compiler.borrow.MoveCheck.Param ownedParameter(String symbol, int index) {
        Item.Fn fn = fnsBySymbol.get(symbol);
        if (fn == null || fn.selfParam() != null || index >= fn.params().size()) {
            return null;
        }
        return new dev.wasmrust.compiler.borrow.MoveCheck.Param(fn.name().name(), fn.name().span(), fn.params().get(index).ty().span());
    }

    /**
     * {@code From::from(value)} into {@code target} (also what {@code value.into()} means): the identity, a
     * lossless conversion between primitive types (the standard library's `From` impls among them, such as
     * `i64: From<i32>`, `f64: From<u8>`, `u32: From<char>`), or an impl `From<S> for target` (yours or the
     * standard library's). An integer or float literal takes the type of the one impl it fits. Null if none.
     */
    TExpr fromConversion(TExpr value, Type target, Span span) {
        Type src = inf.shallow(value.type());
        Type dst = inf.shallow(target);
        if (src instanceof Type.Var v && v.kind() != Type.VarKind.GENERAL) {
            Type only = null;
            int n = 0;
            for (TraitImpl impl : implTable) {
                if (impl.trait().equals("From") && impl.traitArgs().size() == 1 && impl.implParams() == 0 && impl.self().equals(inf.deep(dst))) {
                    Type a = impl.traitArgs().get(0);
                    if (v.kind() == Type.VarKind.INT ? a instanceof Type.Int : a instanceof Type.Float) {
                        only = a;
                        n++;
                    }
                }
            }
            if (n == 1) {
                inf.unify(src, only);
            } else if (dst instanceof Type.Int || dst instanceof Type.Float) {
                inf.unify(src, v.kind() == Type.VarKind.INT && dst instanceof Type.Int ? Type.of(IntKind.I32)
                        : v.kind() == Type.VarKind.INT ? Type.of(IntKind.I32) : Type.of(FloatKind.F64));
            }
            src = inf.shallow(value.type());
        }
        if (src instanceof Type.Var || dst instanceof Type.Var) {
            return null;
        }
        if (inf.deep(src).equals(inf.deep(dst))) {
            return value;
        }
        if (losslessPrimitive(src, dst)) {
            return new TExpr.Cast(value, dst, span);
        }
        TraitImpl impl = fromImpl(src, dst);
        if (impl == null) {
            return null;
        }
        Type[] b = Projections.bindings(impl, dst, List.of(src), inf::shallow);
        // `Vec::from([1, 2])`: the header settles what the target's own arguments left open (`Vec<_>` is `Vec<i32>`)
        inf.unify(Projections.substPartial(impl.traitArgs().get(0), b), src);
        inf.unify(Projections.substPartial(impl.self(), b), dst);
        List<Type> implArgs = new ArrayList<>();
        for (Type x : b) {
            implArgs.add(x == null ? Type.ERROR : x);
        }
        return new TExpr.Call(impl.methods().get("from"), implArgs, List.of(value), dst, span);
    }

    /** {@code T::from(x)} through `From` impls; reports E0277 and returns an error value when there is none. */
    private TExpr staticFrom(Expr.Call c, Type target) {
        TExpr arg = check(c.args().get(0), null);
        TExpr conv = fromConversion(arg, target, c.span());
        if (conv != null) {
            return conv;
        }
        if (!(inf.shallow(arg.type()) instanceof Type.Error)) {
            diags.report(Diagnostic.error("E0277", "the trait bound `" + show(target) + ": From<" + show(arg.type()) + ">` is not satisfied")
                    .primary(c.args().get(0).span(), "the trait `From<" + show(arg.type()) + ">` is not implemented for `" + show(target) + "`"));
        }
        return DataChecks.error(c.span());
    }

    /** Whether the standard library has `impl From<src> for dst` between these primitive types. */
    private static boolean losslessPrimitive(Type src, Type dst) {
        if (src instanceof Type.Bool) {
            return dst instanceof Type.Int || dst instanceof Type.Float;
        }
        if (src instanceof Type.Char) {
            return dst instanceof Type.Int di && (di.kind() == IntKind.U32 || di.kind() == IntKind.U64 || di.kind() == IntKind.U128);
        }
        if (dst instanceof Type.Char) {
            return src instanceof Type.Int si && si.kind() == IntKind.U8;
        }
        if (src instanceof Type.Float sf) {
            return dst instanceof Type.Float df && sf.kind() == FloatKind.F32 && df.kind() == FloatKind.F64;
        }
        if (!(src instanceof Type.Int si)) {
            return false;
        }
        IntKind a = si.kind();
        if (dst instanceof Type.Float df) {
            int limit = df.kind() == FloatKind.F32 ? 16 : 32;
            return a.bits() <= limit && a != IntKind.USIZE && a != IntKind.ISIZE;
        }
        if (!(dst instanceof Type.Int di)) {
            return false;
        }
        IntKind b = di.kind();
        if (b == IntKind.USIZE) {
            return a == IntKind.U8 || a == IntKind.U16;
        }
        if (b == IntKind.ISIZE) {
            return a == IntKind.I8 || a == IntKind.I16 || a == IntKind.U8;
        }
        if (a == IntKind.USIZE || a == IntKind.ISIZE) {
            return false;
        }
        if (a.signed() && !b.signed()) {
            return false;
        }
        return a.signed() == b.signed() ? b.bits() > a.bits() : b.bits() > a.bits();
    }

    /** The impl `From<err> for target` (`?`'s error conversion), or null. */
    private TraitImpl fromImpl(Type err, Type target) {
        TraitImpl impl = Projections.find(implTable, "From", List.of(inf.deep(err)), inf.deep(target), inf::shallow);
        return impl != null && impl.methods().containsKey("from") ? impl : null;
    }

    /** Checks that must wait until the whole function body has settled its types. */
    List<Runnable> deferredChecks = new ArrayList<>();

    /** A general inference variable nothing has settled yet. */
    boolean isUnknown(Type t) {
        return inf.shallow(t) instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL;
    }

    void typeAnnotationsNeeded(Span at) {
        diags.report(Diagnostic.error("E0282", "type annotations needed").primary(at, "cannot infer type"));
    }

    /** {@code T::f(args)} for a type parameter {@code T}: an associated function of a trait bounding it. */
    private TExpr boundStaticCall(Expr.Call c, Type.Param p, dev.wasmrust.compiler.ast.PathSegment seg) {
        String name = seg.ident().name();
        for (String bound : scope.boundsOf(p.index())) {
            TraitDef trait = lookupTraitAnywhere(bound);
            Item.Fn fn = trait == null ? null : trait.method(name);
            if (fn == null) {
                continue;
            }
            Assoc as = boundAssoc(p, trait, fn);
            Instance inst = instanceOf(as, p, seg);
            List<Type> params = new ArrayList<>(inst.params());
            List<TExpr> args = data.arguments(c.args(), fn.selfParam() != null ? selfFirst(inst) : params, c.callee().span(), c.span(),
                    fn.name().span(), "function");
            if (args == null || !inst.ok()) {
                return DataChecks.error(c.span());
            }
            return new TExpr.Call(as.symbol(), boundCallTypeArgs(p, trait, as, inst.typeArgs()), args, inst.ret(), c.span());
        }
        return null;
    }

    /** A method called as a function ({@code T::m(x, ...)}): its receiver is the first argument. */
    private List<Type> selfFirst(Instance inst) {
        return inst.params();
    }

    /** Whether a simple path names a local variable (a call of it calls a closure or function value). */
    private boolean namesLocal(Expr.PathExpr p) {
        if (!p.path().isSimple() || p.path().global()) {
            return false;
        }
        Scope.Found f = scope.lookup(p.path().segments().get(0).ident().name());
        return f != null && f.binding() instanceof Scope.LocalBinding;
    }

    /** A function item named as a value: zero-sized, callable, and usable where an {@code Fn*} bound is expected. */
    private TExpr fnItemValue(Scope.FnBinding fb, dev.wasmrust.compiler.ast.PathSegment seg, Span span) {
        Item.Fn fn = fb.fn();
        Scope generics = fnGenerics(fb.scope(), fn, 0);
        DataChecks.Signature sig = data.signature(fn, generics, null);
        List<Type> typeArgs = instantiateFn(fn, seg);
        if (!sig.ok()) {
            return DataChecks.error(span);
        }
        if (tracksCaller(fn)) {
            unsupported(span, "`#[track_caller]` functions used as values");
            return DataChecks.error(span);
        }
        closures.instantiated(generics, typeArgs, span, new ClosureChecker.BoundSite(fn.name().name(), span, i -> span));
        Type t = new Type.FnDef(fb.symbol(), fn.name().name(), typeArgs,
                sig.params().stream().map(x -> Types.subst(x, typeArgs)).toList(), Types.subst(sig.ret(), typeArgs));
        return new TExpr.FnItem(t, span);
    }

    /**
     * {@code <self as trait>::name}, normalized when {@code self} is known; {@code trait} null means the trait
     * that declares {@code name} among those bounding {@code self} (or implemented by it). Null if none does.
     */
    Type projection(Type self, String trait, String name) {
        if (self instanceof Type.Param bp && scope.assocBinding(bp.index(), name) != null) {
            return scope.assocBinding(bp.index(), name);
        }
        if (trait == null && self instanceof Type.Param p) {
            for (String b : scope.boundsOf(p.index())) {
                TraitDef td = lookupTraitAnywhere(b);
                if (td != null && td.assocTypes().contains(name)) {
                    trait = td.name();
                    break;
                }
            }
        }
        if (trait == null) {
            for (TraitImpl impl : implTable) {
                if (impl.assocTypes().containsKey(name) && Projections.find(implTable, impl.trait(), List.of(), self,
                        t -> inf == null ? t : inf.shallow(t)) != null) {
                    trait = impl.trait();
                    break;
                }
            }
        }
        if (trait == null) {
            return null;
        }
        Type p = new Type.Projection(self, trait, name);
        return inf == null ? Projections.normalize(p, implTable, t -> t) : inf.shallow(p);
    }

    /**
     * A trait's method called through a bound on the generic parameter {@code p}: resolved to an impl at
     * monomorphization (symbol {@code trait::Trait/arity::method}). Its own generic parameters are numbered
     * after those of the function being checked, which stand for themselves.
     */
    Assoc boundAssoc(Type.Param p, TraitDef trait, Item.Fn fn) {
        Scope sigScope = new Scope(trait.scope(), false);
        List<Type> targs = scope.boundArgsOf(p.index(), trait.name());
        for (int i = 0; i < trait.params().size(); i++) {
            sigScope.defineAlias(trait.params().get(i), i < targs.size() ? targs.get(i) : Type.ERROR);
        }
        // `Self::Item` in the signature: the associated types of every trait bounding `p`
        List<TraitDef> traits = new ArrayList<>();
        traits.add(trait);
        for (String b : scope.boundsOf(p.index())) {
            TraitDef td = lookupTraitAnywhere(b);
            if (td != null && td != trait) {
                traits.add(td);
            }
        }
        for (TraitDef td : traits) {
            for (String at : td.assocTypes()) {
                if (sigScope.lookupAlias("Self::" + at) != null) {
                    continue;
                }
                Type bound = scope.assocBinding(p.index(), at);
                sigScope.defineAlias("Self::" + at, bound != null ? bound : new Type.Projection(p, td.name(), at));
            }
        }
        String sym = "trait::" + trait.name() + (trait.params().isEmpty() ? "" : "/" + trait.params().size()) + "::" + fn.name().name();
        return new Assoc(fn.name().name(), fn, null, sym, p, sigScope, callerParamCount());
    }

    /** Self, the trait's arguments, then the method's own: what monomorphization needs to find the impl. */
    List<Type> boundCallTypeArgs(Type.Param p, TraitDef trait, Assoc as, List<Type> all) {
        List<Type> typeArgs = new ArrayList<>();
        typeArgs.add(p);
        typeArgs.addAll(scope.boundArgsOf(p.index(), trait.name()));
        typeArgs.addAll(all.subList(Math.min(as.implParams(), all.size()), all.size()));
        return typeArgs;
    }

    private int callerParamCount() {
        int n = 0;
        for (Type.Param tp : scope.allTypeParams()) {
            n = Math.max(n, tp.index() + 1);
        }
        return n;
    }

    TraitDef lookupTraitAnywhere(String name) {
        TraitDef td = scope == null ? null : scope.lookupTrait(name);
        return td != null || preludeScope == null ? td : preludeScope.lookupTrait(name);
    }

    /** Every `impl Trait for T` of the crate and the standard library, for associated types and monomorphization. */
    final List<TraitImpl> implTable = new ArrayList<>();

    /** A fresh inference context for one function body, normalizing projections through the trait impls. */
    Inference newInference() {
        Inference i = new Inference();
        i.normalizer = t -> declaredBinding(Projections.normalize(t, implTable, i::shallow), i);
        return i;
    }

    /** A signature's type without reporting again (the function's own check reports problems once). */
    private Type lowerTyQuiet(Ty ty) {
        Diagnostics real = diags;
        diags = new Diagnostics();
        try {
            return lowerTy(ty);
        } finally {
            diags = real;
        }
    }

    private void argCountError(Expr.Call c, int want, Item.Fn fn) {
        int got = c.args().size();
        Diagnostic.Builder b = Diagnostic.error("E0061", "this function takes " + want + " argument" + (want == 1 ? "" : "s")
                        + " but " + got + " argument" + (got == 1 ? " was" : "s were") + " supplied")
                .primary(c.callee().span(), "");
        if (fn != null) {
            b.noteAt(fn.name().span(), "function defined here");
        }
        diags.report(b);
    }

    private TExpr checkIf(Expr.If i, Type expected) {
        if (i.cond() instanceof Expr.Let let) {
            return checkIfLet(i, let, expected);
        }
        if (containsLet(i.cond())) {
            unsupported(i.cond().span(), "`let` chains");
            return new TExpr.UnitConst(i.span());
        }
        TExpr cond = check(i.cond(), Type.BOOL);
        if (i.cond() instanceof Expr.Assign a && !inf.unify(cond.type(), Type.BOOL)) {
            // `if x = 3`: rustc suggests the comparison
            Diagnostic.Builder b = Diagnostic.error("E0308", "mismatched types")
                    .primary(a.span(), "expected `bool`, found `()`");
            String text = sources.file(a.span()).text();
            int eq = text.indexOf('=', a.lhs().span().hi());
            if (eq >= 0 && eq < a.rhs().span().lo()) {
                Span at = new Span(a.span().file(), eq + 1, eq + 1);
                b.suggestion(at, "you might have meant to compare for equality", "=");
            }
            diags.report(b);
        } else {
            demand(cond, Type.BOOL, i.cond().span(), null, null);
        }
        if (i.elseExpr() == null) {
            TExpr then = checkBlock(i.then(), Type.UNIT, null);
            if (!(then.type() instanceof Type.Never) && !inf.unify(then.type(), Type.UNIT)) {
                diags.report(Diagnostic.error("E0317", "`if` may be missing an `else` clause")
                        .primary(i.span(), "expected " + describeFound(then.type()) + ", found `()`")
                        .note("`if` expressions without `else` evaluate to `()`")
                        .help("consider adding an `else` block that evaluates to the expected type"));
            }
            return new TExpr.If(cond, then, null, Type.UNIT, i.span());
        }
        // `let x; if c { x = 1; } else { x = 2; }` assigns once on every path: each branch starts from the same state
        java.util.Set<Integer> before = new java.util.HashSet<>(uninitialised);
        TExpr then = checkBlock(i.then(), expected, null);
        java.util.Set<Integer> afterThen = new java.util.HashSet<>(uninitialised);
        uninitialised.clear();
        uninitialised.addAll(before);
        Type want = expected != null ? expected : (then.type() instanceof Type.Never ? null : then.type());
        TExpr other = check(i.elseExpr(), want);
        uninitialised.retainAll(afterThen);
        Type t = joinBranches(i, then, other);
        return new TExpr.If(cond, then, other, t, i.span());
    }

    // ---- methods ----

    private TExpr checkMethodCall(Expr.MethodCall m, Type expected) {
        return methodCall(m, check(m.receiver(), null), expected);
    }

    /** A method call whose receiver is already checked. */
    private TExpr methodCall(Expr.MethodCall m, TExpr recv, Type expected) {
        String name = m.method().ident().name();
        Span nameSpan = m.method().ident().span();
        TExpr cur = recv;
        for (int step = 0; step < 16; step++) {
            Type t = inf.shallow(cur.type());
            if (t instanceof Type.Error) {
                for (Expr a : m.args()) {
                    check(a, null);
                }
                return DataChecks.error(m.span());
            }
            if (t instanceof Type.Adt adt) {
                Assoc as = data.findAssoc(adt.def(), name);
                if (as != null && as.isMethod()) {
                    return callMethod(m, cur, as);
                }
            }
            if (t instanceof Type.Var ov && ov.kind() == Type.VarKind.INT && List.of("min", "max", "clamp").contains(name)) {
                // Ord's methods: a trait method settles the literal's type by the usual default
                inf.unify(ov, Type.of(IntKind.I32));
                t = inf.shallow(ov);
            }
            if (t instanceof Type.Var nv && nv.kind() != Type.VarKind.GENERAL && primitiveInherent.containsKey(
                    nv.kind() == Type.VarKind.INT ? "i32" : "f64") && primitiveInherent.get(nv.kind() == Type.VarKind.INT ? "i32" : "f64")
                    .stream().anyMatch(a -> a.name().equals(name))) {
                // rustc names i32 for integers but f32 (not the f64 default) for floats
                String concrete = nv.kind() == Type.VarKind.INT ? "i32" : "f32";
                Diagnostic.Builder d = Diagnostic.error("E0689", "can't call method `" + name + "` on ambiguous numeric type `" + nv + "`")
                        .primary(nameSpan, "");
                Scope.Found local = m.receiver() instanceof Expr.PathExpr rp && rp.qself() == null && rp.path().isSimple()
                        ? scope.lookup(rp.path().segments().get(0).ident().name()) : null;
                if (m.receiver() instanceof Expr.LitExpr lit) {
                    d.suggestion(lit.span(), "you must specify a concrete type for this numeric value, like `" + concrete + "`",
                            sources.file(lit.span()).slice(lit.span()) + "_" + concrete);
                } else if (local != null && local.binding() instanceof Scope.LocalBinding lb && lb.nameSpan() != null) {
                    // `let x: f32 = 2.0;`
                    d.suggestion(lb.nameSpan(), "you must specify a type for this binding, like `" + concrete + "`",
                            sources.file(lb.nameSpan()).slice(lb.nameSpan()) + ": " + concrete);
                } else {
                    d.help("you must specify a type for this binding, like `" + concrete + "`");
                }
                diags.report(d);
                return DataChecks.error(m.span());
            }
            if (!(t instanceof Type.Adt) && !(t instanceof Type.Var) && primitiveInherent.containsKey(primitiveKey(t))
                    && !Builtins.isIntrinsicMethod(t, name)) {
                // a float method the compiler lowers inline (sqrt, abs, min, ...) keeps its intrinsic for method
                // calls; the std's wrapper of the same name serves paths such as `f64::max`
                for (Assoc as : primitiveInherent.get(primitiveKey(t))) {
                    if (as.name().equals(name) && as.isMethod()) {
                        return callMethod(m, cur, as);
                    }
                }
            }
            if (name.equals("to_string") && m.args().isEmpty() && stringDef != null && !(t instanceof Type.Ref)
                    && !(t instanceof Type.Str) && displayableForToString(t)) {
                return new TExpr.FormatString(List.of(cur), List.of(new dev.wasmrust.compiler.thir.FmtPiece.Arg(0,
                        dev.wasmrust.compiler.thir.FmtSpec.DISPLAY)), new Type.Adt(stringDef, List.of()), m.span());
            }
            if (name.equals("clone") && m.args().isEmpty() && !(t instanceof Type.Ref) && cloneable(t)) {
                // Clone: derived (field by field) or the standard library's; a reference is cloned only
                // when what it points to is not Clone (method lookup tries the referent first)
                TExpr addr = new TExpr.AddrOf(false, cur, new Type.Ref(false, t), cur.span());
                return new TExpr.Intrinsic("intrinsics::clone", List.of(t), List.of(addr), t, m.span());
            }
            if (name.equals("clone") && m.args().isEmpty() && t instanceof Type.Ref r && !cloneable(r.inner())) {
                return cur;
            }
            if (name.equals("parse") && t instanceof Type.Str && m.args().isEmpty()) {
                return parseCall(m, cur);
            }
            TExpr viaTrait = traitMethodCall(m, cur, t);
            if (viaTrait != null) {
                return viaTrait;
            }
            TExpr ordering = orderingMethod(m, cur, t);
            if (ordering != null) {
                return ordering;
            }
            TExpr builtin = Builtins.method(this, m, cur, t);
            if (builtin != null) {
                return builtin;
            }
            if (t instanceof Type.Ref r) {
                cur = new TExpr.Deref(cur, r.inner(), cur.span());
                continue;
            }
            if (t instanceof Type.Array arr) {
                // an array's methods are its slice's (unsizing, the last step of method lookup)
                Type sliceRef = new Type.Ref(false, new Type.Slice(arr.elem()));
                TExpr unsized = new TExpr.Unsize(new TExpr.AddrOf(false, cur, new Type.Ref(false, arr), cur.span()), arr.len(), sliceRef, cur.span());
                cur = new TExpr.Deref(unsized, new Type.Slice(arr.elem()), cur.span());
                continue;
            }
            if (t instanceof Type.Adt box && box.def().isLang("owned_box")) {
                cur = boxDeref(cur, box);
                continue;
            }
            if (t instanceof Type.Adt la && (la.def().isLang("string") || la.def().isLang("vec"))) {
                // methods of str and slices through String's and Vec's Deref
                TExpr target = langTarget(cur, la, false);
                if (target != null) {
                    cur = target;
                    continue;
                }
            }
            if (t instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL) {
                diags.report(Diagnostic.error("E0282", "type annotations needed").primary(m.receiver().span(), "")
                        .note("type must be known at this point"));
                return DataChecks.error(m.span());
            }
            break;
        }
        Type t = inf.shallow(recv.type());
        if (name.equals("into") && m.args().isEmpty() && !(t instanceof Type.Var tv && tv.kind() == Type.VarKind.GENERAL)) {
            // `Into::into` is `From::from` into the type the context expects
            if (expected == null || isUnknown(expected)) {
                diags.report(Diagnostic.error("E0283", "type annotations needed").primary(nameSpan, "")
                        .note("cannot satisfy `_: From<" + show(t) + ">`"));
                return DataChecks.error(m.span());
            }
            TExpr conv = fromConversion(recv, expected, m.span());
            if (conv != null) {
                return conv;
            }
            diags.report(Diagnostic.error("E0277", "the trait bound `" + show(expected) + ": From<" + show(recv.type()) + ">` is not satisfied")
                    .primary(nameSpan, "the trait `From<" + show(recv.type()) + ">` is not implemented for `" + show(expected) + "`")
                    .note("required for `" + show(recv.type()) + "` to implement `Into<" + show(expected) + ">`"));
            return DataChecks.error(m.span());
        }
        if (name.equals("or_default") && m.args().isEmpty() && t instanceof Type.Adt entry && entry.def().path().equals("core::Entry")
                && entry.args().size() == 2) {
            // `Entry::or_default()` is `or_insert(Default::default())`
            TExpr dflt = defaultValue(entry.args().get(1), m.span());
            if (dflt == null) {
                return DataChecks.error(m.span());
            }
            return new TExpr.Call("core::Entry::or_insert", entry.args(), List.of(recv, dflt),
                    new Type.Ref(true, entry.args().get(1)), m.span());
        }
        if ((name.equals("max") || name.equals("min")) && m.args().size() == 1 || name.equals("clamp") && m.args().size() == 2) {
            // Ord's provided methods on a type with `#[derive(Ord)]`
            Type self = t;
            if (self instanceof Type.Adt oa && oa.def().derives().contains("Ord")) {
                List<TExpr> args = new ArrayList<>();
                args.add(recv);
                for (Expr a : m.args()) {
                    TExpr v = check(a, self);
                    demand(v, self, a.span(), null, null);
                    args.add(v);
                }
                if (name.equals("clamp")) {
                    args.add(callerArgument(m.span()));
                }
                return new TExpr.Call("core::__ord_" + name, List.of(self), args, self, m.span());
            }
        }
        if (name.equals("unwrap_or_default") && m.args().isEmpty() && t instanceof Type.Adt opt && opt.def() == optionDef) {
            // `Option::unwrap_or_default`: `match self { Some(x) => x, None => Default::default() }`
            Type inner = opt.args().get(0);
            TExpr dflt = defaultValue(inner, m.span());
            if (dflt == null) {
                return DataChecks.error(m.span());
            }
            TLocal x = newLocal("__value", inner, false);
            dev.wasmrust.compiler.thir.TPat some = new dev.wasmrust.compiler.thir.TPat.Variant(opt, 1, List.of(
                    new dev.wasmrust.compiler.thir.TPat.Binding(x, dev.wasmrust.compiler.thir.TPat.BindMode.MOVE, null, inner, null)),
                    opt, m.span());
            List<dev.wasmrust.compiler.thir.TArm> arms = List.of(
                    new dev.wasmrust.compiler.thir.TArm(some, null, new TExpr.LocalRef(x, inner, m.span()), m.span()),
                    new dev.wasmrust.compiler.thir.TArm(new dev.wasmrust.compiler.thir.TPat.Wild(opt, m.span()), null, dflt, m.span()));
            return new TExpr.Match(recv, arms, inner, m.span());
        }
        Type base = t;
        while (base instanceof Type.Ref r) {
            base = inf.shallow(r.inner());
        }
        String kind = base instanceof Type.Adt a ? (a.def().isEnum() ? "enum `" : "struct `") + show(base) + "`"
                : "type `" + show(t) + "`";
        Diagnostic.Builder b = Diagnostic.error("E0599", "no method named `" + name + "` found for " + kind + " in the current scope");
        if (base instanceof Type.Adt a) {
            b.secondary(new Span(a.def().span().file(), a.def().span().lo(), a.def().nameSpan().hi()),
                    "method `" + name + "` not found for this " + (a.def().isEnum() ? "enum" : "struct"));
            String similar = Similarity.closest(name, data.assocNames(a.def(), true));
            Assoc assocFn = data.findAssoc(a.def(), name);
            if (assocFn != null && assocFn.fn() != null) {
                b.primary(nameSpan, "this is an associated function, not a method")
                        .note("found the following associated functions; to be used as methods, functions must have a `self` parameter")
                        .noteAt(assocFn.fn().name().span(), "the candidate is defined in an impl for the type `" + a + "`");
            } else if (similar != null) {
                b.primary(nameSpan, "").suggestion(nameSpan, "there is a method `" + similar + "` with a similar name", similar);
            } else {
                b.primary(nameSpan, "method not found in `" + show(base) + "`");
            }
        } else {
            String similar = Similarity.closest(name, Builtins.methodNames(base));
            String stdSimilar = similar == null ? Similarity.closest(name, stdMethodNames(base)) : null;
            if (similar != null || stdSimilar != null) {
                // rustc shows this suggestion verbosely, as a patched copy of the line
                String to = similar != null ? similar : stdSimilar;
                b.primary(nameSpan, "").suggestion(nameSpan, "there is a method `" + to + "` with a similar name", to);
            } else {
                b.primary(nameSpan, "method not found in `" + show(t) + "`");
            }
        }
        boolean std = !(base instanceof Type.Adt ua) || ua.def().path().startsWith("core::");
        if (std && Similarity.closest(name, base instanceof Type.Adt sa ? data.assocNames(sa.def(), true) : Builtins.methodNames(base)) == null
                && (base instanceof Type.Adt || Similarity.closest(name, stdMethodNames(base)) == null)) {
            // the standard library is still growing: do not claim that Rust lacks the method
            b.note("WasmRust's standard library does not have every method of `" + show(base) + "` yet");
        }
        diags.report(b);
        for (Expr a : m.args()) {
            check(a, null);
        }
        return DataChecks.error(m.span());
    }

    /** A call of an inherent method: the receiver is adjusted to the method's `self` (auto-referencing). */
    private TExpr callMethod(Expr.MethodCall m, TExpr recv, Assoc as) {
        Item.Fn fn = as.fn();
        checkAssocVisible(as, m.method().ident().span());
        Instance inst = instanceOf(as, recv.type(), m.method());
        TExpr self = switch (fn.selfParam().kind()) {
            case REF -> autoref(recv, false);
            case REF_MUT -> autoref(recv, true);
            default -> recv;
        };
        List<TExpr> args = data.arguments(m.args(), inst.params(), m.method().ident().span(), m.span(), fn.name().span() , "method");
        if (args == null || !inst.ok()) {
            return DataChecks.error(m.span());
        }
        closures.locate(inst.params(), args, m.method().ident().span());
        List<TExpr> all = new ArrayList<>();
        all.add(self);
        all.addAll(args);
        if (tracksCaller(fn)) {
            all.add(callerArgument(m.method().ident().span()));
        }
        return new TExpr.Call(as.symbol(), inst.typeArgs(), all, inst.ret(), m.span());
    }

    /** The methods the standard library's Rust source defines on a primitive type (float_methods.rs's, ...), for suggestions. */
    private List<String> stdMethodNames(Type t) {
        if (t instanceof Type.Adt || t instanceof Type.Var || !primitiveInherent.containsKey(primitiveKey(t))) {
            return List.of();
        }
        return primitiveInherent.get(primitiveKey(t)).stream()
                .filter(a -> a.isMethod() && !a.name().startsWith("__")).map(Assoc::name).distinct().toList();
    }

    /** Where an unmet bound on each type parameter is reported: the first argument whose type mentions it, else the callee. */
    private static ClosureChecker.BoundSite boundSite(String owner, Span callee, List<Type> declared, List<Expr> args) {
        return new ClosureChecker.BoundSite(owner, callee, i -> {
            for (int k = 0; k < declared.size() && k < args.size(); k++) {
                if (Types.any(declared.get(k), x -> x instanceof Type.Param p && p.index() == i)) {
                    return args.get(k).span();
                }
            }
            return callee;
        });
    }

    /** An associated function instantiated for a call: its type arguments and its signature under them. */
    record Instance(List<Type> typeArgs, Type self, List<Type> params, Type ret, boolean ok) {}

    /**
     * Instantiates an associated function for a value of type {@code selfValue} (the impl's parameters are
     * inferred by unifying the impl's self type with it; the function's own come from a turbofish or fresh).
     */
    Instance instanceOf(Assoc as, Type selfValue, dev.wasmrust.compiler.ast.PathSegment seg) {
        Item.Fn fn = as.fn();
        List<Type> implArgs = new ArrayList<>();
        Map<Integer, Type.Param> own = new HashMap<>();
        if (as.symbol().startsWith("trait::")) {
            // called through a bound: the parameters numbered first are the caller's own, standing for themselves
            for (Type.Param tp : scope.allTypeParams()) {
                own.put(tp.index(), tp);
            }
        }
        for (int i = 0; i < as.implParams(); i++) {
            implArgs.add(own.containsKey(i) ? own.get(i) : inf.freshGeneral());
        }
        Type self = Types.subst(as.selfType(), implArgs);
        if (selfValue != null) {
            inf.unify(self, selfValue);
        }
        List<Type> all = new ArrayList<>(implArgs);
        all.addAll(instantiateFn(fn, seg));
        // bounds mention `Self` (`F: FnMut(Self::Item) -> B`): read them with the impl's self type
        Type saveSelf = selfType;
        selfType = as.selfType();
        Scope generics;
        try {
            generics = fnGenerics(as.scope(), fn, as.implParams());
        } finally {
            selfType = saveSelf;
        }
        Span callee = seg != null ? seg.ident().span() : fn.name().span();
        closures.instantiated(generics, all, callee, new ClosureChecker.BoundSite(fn.name().name(), callee, i -> callee));
        DataChecks.Signature sig = data.signature(fn, generics, as.selfType());
        List<Type> params = sig.params().stream().map(t -> Types.subst(t, all)).toList();
        return new Instance(all, self, params, Types.subst(sig.ret(), all), sig.ok());
    }

    /** {@code &recv} or {@code &mut recv} for a method receiver; a reborrow when it is a dereference. */
    TExpr autoref(TExpr recv, boolean mutable) {
        Type t = recv.type();
        if (mutable) {
            recv = mutablePlace(recv);
            requireMutablePlace(recv, recv.span(), true);
        }
        return new TExpr.AddrOf(mutable, recv, new Type.Ref(mutable, t), recv.span());
    }

    /**
     * Reports (after type checking, like rustc's borrow checker) a mutable borrow or an assignment through a
     * place that is not mutable: an immutable local, or a field or index of one, or a `&` reference.
     */
    void requireMutablePlace(TExpr place, Span at, boolean borrow) {
        TExpr root = place;
        while (true) {
            if (root instanceof TExpr.Field f) {
                root = f.base();
            } else if (root instanceof TExpr.Index i && !(inf.shallow(i.base().type()) instanceof Type.Slice)) {
                root = i.base();
            } else {
                break;
            }
        }
        if (root instanceof TExpr.LocalRef lr) {
            TLocal l = lr.local();
            if (l.mutable() || uninitialised.contains(l.id())) {
                return;
            }
            Scope.Found f = scope.lookup(l.name());
            Span nameSpan = f != null && f.binding() instanceof Scope.LocalBinding lb && lb.local().id() == l.id() ? lb.nameSpan() : null;
            String what = describePlace(place);
            String whose = place instanceof TExpr.LocalRef ? "it" : "`" + l.name() + "`";
            Diagnostic.Builder b = borrow
                    ? Diagnostic.error("E0596", "cannot borrow `" + what + "` as mutable, as " + whose + " is not declared as mutable")
                            .primary(at, "cannot borrow as mutable")
                    : Diagnostic.error("E0594", "cannot assign to `" + what + "`, as " + whose + " is not declared as mutable")
                            .primary(at, "cannot assign");
            if (nameSpan != null) {
                b.suggestion(nameSpan.shrinkToLo(), "consider changing this to be mutable", "mut ");
            }
            afterTypeck.add(b);
        } else if (root instanceof TExpr.Deref d && inf.shallow(d.ref().type()) instanceof Type.Ref r && !r.mutable()) {
            String what = describePlace(place);
            afterTypeck.add(borrow
                    ? Diagnostic.error("E0596", "cannot borrow `" + what + "` as mutable, as it is behind a `&` reference")
                            .primary(at, "`" + what + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable")
                    : Diagnostic.error("E0594", "cannot assign to `" + what + "`, which is behind a `&` reference")
                            .primary(at, "`" + what + "` is a `&` reference, so the data it refers to cannot be written"));
        }
    }

    /** A place written the way rustc names it in borrow errors ({@code p.x}, {@code *r}, {@code a[_]}). */
    String describePlace(TExpr place) {
        if (place instanceof TExpr.LocalRef l) {
            return l.local().name();
        }
        if (place instanceof TExpr.Field f) {
            String base = describePlace(f.base());
            Type bt = inf.shallow(f.base().type());
            String field = Integer.toString(f.index());
            if (bt instanceof Type.Adt a && !a.def().isEnum()) {
                field = a.def().struct().fields().get(f.index()).name();
            }
            if (f.base() instanceof TExpr.Deref d) {
                base = describePlace(d.ref());
            }
            return base + "." + field;
        }
        if (place instanceof TExpr.Deref d) {
            return "*" + describePlace(d.ref());
        }
        if (place instanceof TExpr.Index i) {
            return describePlace(i.base()) + "[_]";
        }
        return "value";
    }

    // ---- references, arrays, indexing ----

    private TExpr checkAddrOf(Expr.AddrOf a, Type expected) {
        if (a.raw()) {
            unsupported(a.span(), "raw pointers");
            return DataChecks.error(a.span());
        }
        boolean mut = a.mutability().isMut();
        Type exp = expected == null ? null : inf.shallow(expected);
        Type innerExpected = exp instanceof Type.Ref r ? r.inner() : null;
        if (innerExpected != null && inf.shallow(innerExpected) instanceof Type.Slice) {
            innerExpected = null;
        }
        TExpr inner = check(a.expr(), innerExpected);
        if (mut && isPlace(inner)) {
            inner = mutablePlace(inner);
            requireMutablePlace(inner, a.span(), true);
        }
        return new TExpr.AddrOf(mut, inner, new Type.Ref(mut, inner.type()), a.span());
    }

    static boolean isPlace(TExpr e) {
        return e instanceof TExpr.LocalRef || e instanceof TExpr.Field || e instanceof TExpr.Deref || e instanceof TExpr.Index;
    }

    private TExpr checkIndex(Expr.Index ix) {
        TExpr base = data.autoderef(check(ix.base(), null));
        if (ix.index() instanceof Expr.Range r) {
            return rangeIndex(ix, base, r);
        }
        Type bt = inf.shallow(base.type());
        TExpr idx = check(ix.index(), null);
        Type it = inf.shallow(idx.type());
        if (bt instanceof Type.Error || it instanceof Type.Error) {
            return DataChecks.error(ix.span());
        }
        if (bt instanceof Type.Adt va && va.def().isLang("vec") && !(ix.index() instanceof Expr.Range)) {
            idx = coerce(idx, Type.of(IntKind.USIZE), ix.index().span());
            // rustc locates an overloaded index at the end of its base expression
            Span at = new Span(ix.span().file(), ix.base().span().hi(), ix.span().hi());
            return vecIndex(base, idx, false, at);
        }
        Type elem = bt instanceof Type.Array a ? a.elem() : bt instanceof Type.Slice sl ? sl.elem() : null;
        if (elem == null && bt instanceof Type.Adt coll && coll.def().path().startsWith("core::")
                && data.findAssoc(coll.def(), "index") != null) {
            // `map[&key]`: the standard library's `Index` for the collection, `*map.index(&key)`
            Expr.MethodCall call = new Expr.MethodCall(List.of(), ix.base(), new dev.wasmrust.compiler.ast.PathSegment(
                    new dev.wasmrust.compiler.ast.Ident("index", false, ix.index().span()), null), List.of(ix.index()), ix.span());
            TExpr ref = methodCall(call, base, null);
            if (inf.shallow(ref.type()) instanceof Type.Ref r) {
                return new TExpr.Deref(ref, r.inner(), ix.span());
            }
            return ref;
        }
        if (elem == null) {
            diags.report(Diagnostic.error("E0608", "cannot index into a value of type `" + show(bt) + "`")
                    .primary(ix.span(), ""));
            return DataChecks.error(ix.span());
        }
        if (ix.index() instanceof Expr.Range) {
            unsupported(ix.index().span(), "indexing with a range");
            return DataChecks.error(ix.span());
        }
        if (!inf.unify(it, Type.of(IntKind.USIZE))) {
            diags.report(Diagnostic.error("E0277", "the type `[" + show(elem) + "]` cannot be indexed by `" + show(it) + "`")
                    .primary(ix.index().span(), "slice indices are of type `usize` or ranges of `usize`")
                    .help("the trait `SliceIndex<[" + show(elem) + "]>` is not implemented for `" + show(it) + "`"));
            return DataChecks.error(ix.span());
        }
        return new TExpr.Index(base, idx, elem, ix.span());
    }

    private TExpr checkArray(Expr.Array a, Type expected) {
        Type exp = expected == null ? null : inf.shallow(expected);
        Type elemExpected = exp instanceof Type.Array arr ? arr.elem() : null;
        List<TExpr> elems = new ArrayList<>();
        Type elemType = elemExpected;
        for (Expr x : a.elems()) {
            TExpr t = check(x, elemType);
            if (elemType == null) {
                elemType = t.type() instanceof Type.Never ? null : t.type();
            } else {
                t = coerce(t, elemType, x.span());
            }
            elems.add(t);
        }
        if (elemType == null) {
            elemType = inf.freshGeneral();
        }
        return new TExpr.ArrayLit(elems, new Type.Array(elemType, elems.size()), a.span());
    }

    private TExpr checkRepeat(Expr.Repeat r, Type expected) {
        Type exp = expected == null ? null : inf.shallow(expected);
        TExpr v = check(r.elem(), exp instanceof Type.Array arr ? arr.elem() : null);
        Long n = arrayLength(r.count());
        if (n == null) {
            return DataChecks.error(r.span());
        }
        return new TExpr.ArrayRepeat(v, n, new Type.Array(v.type(), n), r.span());
    }

    /** The type of an `if`/`else` (or `if let`/`else`): a diverging branch takes the other's; E0308 if they differ. */
    private Type joinBranches(Expr.If i, TExpr then, TExpr other) {
        if (then.type() instanceof Type.Never) {
            return other.type();
        }
        if (other.type() instanceof Type.Never) {
            return then.type();
        }
        if (!inf.unify(then.type(), other.type())) {
            Span thenTail = then instanceof TExpr.Block tb && tb.tail() != null ? tb.tail().span() : i.then().span();
            Span elseTail = other instanceof TExpr.Block ob && ob.tail() != null ? ob.tail().span() : i.elseExpr().span();
            diags.report(Diagnostic.error("E0308", "`if` and `else` have incompatible types")
                    .primary(elseTail, "expected " + describeFound(then.type()) + ", found " + describeFound(other.type()))
                    .secondary(thenTail, "expected because of this"));
        }
        return then.type();
    }

    // ---- if let, while let ----

    /**
     * {@code s[a..b]} (any range form) on a {@code str}, {@code String}, array, slice or {@code Vec}: a place of type
     * {@code str} or {@code [T]}, the standard library's bounds-checked subslice (its panics located at the
     * {@code [} as rustc's are). In a place that is written or borrowed mutably it becomes {@code __slice_index_mut}.
     */
    private TExpr rangeIndex(Expr.Index ix, TExpr base, Expr.Range r) {
        Type usize = Type.of(IntKind.USIZE);
        TExpr lo = r.lo() == null ? new TExpr.IntConst(BigInteger.ZERO, usize, ix.index().span())
                : coerce(check(r.lo(), usize), usize, r.lo().span());
        TExpr hi = r.hi() == null ? new TExpr.IntConst(BigInteger.ZERO, usize, ix.index().span())
                : coerce(check(r.hi(), usize), usize, r.hi().span());
        int flags = (r.hi() != null ? 1 : 0) | (r.inclusive() ? 2 : 0);
        TExpr flagsExpr = new TExpr.IntConst(BigInteger.valueOf(flags), Type.of(IntKind.U32), ix.index().span());
        Span at = new Span(ix.span().file(), ix.base().span().hi(), ix.span().hi());
        Type bt = inf.shallow(base.type());
        if (bt instanceof Type.Error || inf.shallow(lo.type()) instanceof Type.Error || inf.shallow(hi.type()) instanceof Type.Error) {
            return DataChecks.error(ix.span());
        }
        if (stringKind(base.type()) != 0 || bt instanceof Type.Str) {
            TExpr str = bt instanceof Type.Str ? new TExpr.AddrOf(false, base, Type.STR_REF, base.span()) : asStrRef(base);
            TExpr call = new TExpr.Call("core::__str_index", List.of(), List.of(str, lo, hi, flagsExpr, callerArgument(at)), Type.STR_REF, at);
            return new TExpr.Deref(call, Type.STR, ix.span());
        }
        TExpr slice;
        Type elem;
        if (bt instanceof Type.Array a) {
            elem = a.elem();
            Type sref = new Type.Ref(false, new Type.Slice(elem));
            slice = new TExpr.Deref(new TExpr.Unsize(new TExpr.AddrOf(false, base, new Type.Ref(false, a), base.span()), a.len(), sref,
                    base.span()), new Type.Slice(elem), base.span());
        } else if (bt instanceof Type.Slice sl) {
            elem = sl.elem();
            slice = base;
        } else if (bt instanceof Type.Adt va && va.def().isLang("vec")) {
            elem = va.args().get(0);
            slice = langTarget(base, va, false);
        } else {
            diags.report(Diagnostic.error("E0608", "cannot index into a value of type `" + show(bt) + "`").primary(ix.span(), ""));
            return DataChecks.error(ix.span());
        }
        Type sliceT = new Type.Slice(elem);
        TExpr view = new TExpr.AddrOf(false, slice, new Type.Ref(false, sliceT), base.span());
        TExpr call = new TExpr.Call("core::__slice_index", List.of(elem), List.of(view, lo, hi, flagsExpr, callerArgument(at)),
                new Type.Ref(false, sliceT), at);
        return new TExpr.Deref(call, sliceT, ix.span());
    }

    /** {@code a..b} and {@code a..=b} as values: the standard library's {@code Range} and {@code RangeInclusive}. */
    private TExpr checkRangeValue(Expr.Range r) {
        if (r.lo() == null || r.hi() == null) {
            // `a..`, `..b` and `..`: the standard library's RangeFrom, RangeTo and RangeFull
            TExpr bound = r.lo() != null ? check(r.lo(), null) : r.hi() != null ? check(r.hi(), null) : null;
            String name = r.lo() != null ? "RangeFrom" : r.hi() != null ? "RangeTo" : "RangeFull";
            AdtDef def = preludeScope.lookupType(name);
            Type.Adt t = new Type.Adt(def, bound == null ? List.of() : List.of(bound.type()));
            return new TExpr.Construct(t, 0, bound == null ? List.of() : List.of(bound), null, r.span());
        }
        TExpr lo = check(r.lo(), null);
        TExpr hi = check(r.hi(), lo.type());
        hi = coerce(hi, lo.type(), r.hi().span());
        return rangeValue(lo, hi, r.inclusive(), r.span());
    }

    private TExpr rangeValue(TExpr lo, TExpr hi, boolean inclusive, Span span) {
        AdtDef def = preludeScope.lookupType(inclusive ? "RangeInclusive" : "Range");
        Type.Adt t = new Type.Adt(def, List.of(lo.type()));
        if (inclusive) {
            return new TExpr.Call("core::RangeInclusive::new", List.of(lo.type()), List.of(lo, hi), t, span);
        }
        return new TExpr.Construct(t, 0, List.of(lo, hi), null, span);
    }

    /** Whether values of {@code t} are iterators (implement {@code Iterator}, or are bounded by it). */
    boolean isIterator(Type t) {
        Type s = inf.shallow(t);
        if (s instanceof Type.Param p) {
            return hasBound(p, "Iterator");
        }
        if (s instanceof Type.Projection proj) {
            return boundedBy(proj, "Iterator");
        }
        return (s instanceof Type.Adt || s instanceof Type.Closure) && traitImpl(s, "Iterator") != null;
    }

    /**
     * {@code for PAT in ITER BODY} over an iterator: {@code { let mut it = ITER; while let Some(PAT) = it.next() BODY }},
     * with a name for {@code it} that no program can write.
     */
    private TExpr forOverIterator(Expr.ForLoop f, TExpr iter) {
        Span sp = f.iter().span();
        Scope saved = scope;
        scope = new Scope(scope, false);
        try {
            String name = "for<iter>";
            TLocal it = newLocal(name, iter.type(), true);
            scope.define(name, new Scope.LocalBinding(it, sp, sp));
            dev.wasmrust.compiler.ast.Ident itName = new dev.wasmrust.compiler.ast.Ident(name, false, sp);
            Expr itRef = new Expr.PathExpr(List.of(), null, new Path(false, List.of(new dev.wasmrust.compiler.ast.PathSegment(itName, null)), sp), sp);
            Expr next = new Expr.MethodCall(List.of(), itRef, new dev.wasmrust.compiler.ast.PathSegment(
                    new dev.wasmrust.compiler.ast.Ident("next", false, sp), null), List.of(), sp);
            Pat some = new Pat.TupleStructPat(null, new Path(false, List.of(new dev.wasmrust.compiler.ast.PathSegment(
                    new dev.wasmrust.compiler.ast.Ident("Some", false, f.pat().span()), null)), f.pat().span()), List.of(f.pat()), f.pat().span());
            Expr.Let let = new Expr.Let(List.of(), some, next, f.span());
            TExpr loop = checkWhileLet(new Expr.While(List.of(), f.label(), let, f.body(), f.span()), let);
            return new TExpr.Block(List.of(TStmt.Let.scrutinee(it, iter)), loop, Type.UNIT, f.span());
        } finally {
            scope = saved;
        }
    }

    /** {@code if let P = e { a } else { b }} is {@code match e { P => a, _ => b }}. */
    private TExpr checkIfLet(Expr.If i, Expr.Let let, Type expected) {
        TExpr scrut = check(let.scrutinee(), null);
        Scope saved = scope;
        scope = new Scope(saved, false);
        PatternChecker.Bindings b = new PatternChecker.Bindings();
        dev.wasmrust.compiler.thir.TPat p = patterns.check(let.pat(), scrut.type(), b);
        patterns.define(b);
        TExpr then;
        if (i.elseExpr() == null) {
            then = checkBlock(i.then(), Type.UNIT, null);
            demand(then, Type.UNIT, i.then().span(), null, null);
        } else {
            then = checkBlock(i.then(), expected, null);
        }
        scope = saved;
        TExpr other;
        Type t;
        if (i.elseExpr() == null) {
            other = new TExpr.UnitConst(i.span());
            t = Type.UNIT;
        } else {
            Type want = expected != null ? expected : (then.type() instanceof Type.Never ? null : then.type());
            other = check(i.elseExpr(), want);
            t = joinBranches(i, then, other);
        }
        List<dev.wasmrust.compiler.thir.TArm> arms = List.of(
                new dev.wasmrust.compiler.thir.TArm(p, null, then, i.then().span()),
                new dev.wasmrust.compiler.thir.TArm(new dev.wasmrust.compiler.thir.TPat.Wild(scrut.type(), let.span()), null, other, i.span()));
        return new TExpr.Match(scrut, arms, t, i.span());
    }

    /** {@code while let P = e { body }} is {@code loop { match e { P => body, _ => break } }}. */
    private TExpr checkWhileLet(Expr.While w, Expr.Let let) {
        LoopCtx ctx = new LoopCtx(labelName(w.label()), nextLabel++, false, false);
        TExpr scrut = check(let.scrutinee(), null);
        Scope saved = scope;
        scope = new Scope(saved, false);
        PatternChecker.Bindings b = new PatternChecker.Bindings();
        dev.wasmrust.compiler.thir.TPat p = patterns.check(let.pat(), scrut.type(), b);
        patterns.define(b);
        loops.push(ctx);
        TExpr body = checkBlock(w.body(), Type.UNIT, null);
        demand(body, Type.UNIT, w.body().span(), null, null);
        loops.pop();
        scope = saved;
        List<dev.wasmrust.compiler.thir.TArm> arms = List.of(
                new dev.wasmrust.compiler.thir.TArm(p, null, body, w.body().span()),
                new dev.wasmrust.compiler.thir.TArm(new dev.wasmrust.compiler.thir.TPat.Wild(scrut.type(), let.span()), null,
                        new TExpr.Break(ctx.id, null, w.span()), w.span()));
        TExpr m = new TExpr.Match(scrut, arms, Type.UNIT, w.span());
        return new TExpr.Loop(ctx.id, m, Type.UNIT, w.span());
    }

    // ---- type-relative paths: variants, associated items, float constants ----

    /** A unit struct or unit variant as a value; other constructors used as values are not supported yet. */
    private TExpr ctorValue(Type.Adt adt, int variant, Span span) {
        AdtDef.Variant v = adt.def().variants().get(variant);
        if (v.ctor() == AdtDef.CtorKind.UNIT) {
            return new TExpr.Construct(adt, variant, List.of(), null, span);
        }
        if (v.ctor() == AdtDef.CtorKind.NAMED) {
            String what = adt.def().isEnum() ? adt + "::" + v.name() : adt.toString();
            diags.report(Diagnostic.error("E0533", "expected value, found struct " + (adt.def().isEnum() ? "variant" : "") + " `" + what + "`")
                    .primary(span, "not a value"));
            return DataChecks.error(span);
        }
        unsupported(span, "tuple constructors used as function values");
        return DataChecks.error(span);
    }

    /** {@code Type::NAME}: an enum variant, an associated constant, or a float type's constant; null if none applies. */
    private TExpr typeRelativeValue(Expr.PathExpr p) {
        List<String> segs = p.path().segments().stream().map(x -> x.ident().name()).toList();
        if (segs.size() == 4 && (segs.get(0).equals("std") || segs.get(0).equals("core")) && segs.get(2).equals("consts")
                && FloatKind.ofName(segs.get(1)) != null) {
            return floatConst(FloatKind.ofName(segs.get(1)), segs.get(3), p);
        }
        if (segs.size() != 2) {
            return null;
        }
        FloatKind fk = FloatKind.ofName(segs.get(0));
        if (fk != null && primitiveInherent.getOrDefault(segs.get(0), List.of()).stream()
                .anyMatch(a -> a.name().equals(segs.get(1)) && a.fn() != null)) {
            // `f64::max` as a value: the std's method, resolved below as a primitive's function item
            return null;
        }
        if (fk != null) {
            return floatConst(fk, segs.get(1), p);
        }
        Type.Adt owner = data.typeNamed(segs.get(0));
        if (owner == null) {
            return null;
        }
        return typeRelativeItem(p, owner, segs.get(1), p.path().segments().get(1).ident().span());
    }

    /**
     * {@code String::from}, {@code Vec::new}, {@code Point::norm}, {@code i32::abs} as a value: a function item
     * whose first parameter is the receiver when the function is a method.
     */
    private TExpr assocFnItem(Assoc as, Type owner, Expr.PathExpr p) {
        Item.Fn fn = as.fn();
        Instance inst = instanceOf(as, owner, p.path().last());
        if (!inst.ok()) {
            return DataChecks.error(p.span());
        }
        List<Type> params = new ArrayList<>();
        if (fn.selfParam() != null) {
            params.add(switch (fn.selfParam().kind()) {
                case REF -> new Type.Ref(false, inst.self());
                case REF_MUT -> new Type.Ref(true, inst.self());
                default -> inst.self();
            });
        }
        params.addAll(inst.params());
        return new TExpr.FnItem(new Type.FnDef(as.symbol(), fn.name().name(), inst.typeArgs(), params, inst.ret()), p.span());
    }

    /** {@code Type::item} in an expression: a variant, an associated constant; E0599 otherwise. */
    private TExpr typeRelativeItem(Expr.PathExpr p, Type.Adt owner, String item, Span itemSpan) {
        if (owner.def().isEnum()) {
            int v = owner.def().variantIndex(item);
            if (v >= 0) {
                return ctorValue(owner, v, p.span());
            }
        }
        Assoc as = data.findAssoc(owner.def(), item);
        if (as != null && as.konst() != null) {
            Type saveSelf = selfType;
            selfType = as.selfType();
            try {
                return constValue(new Scope.ConstBinding(as.konst(), as.scope()), p.span());
            } finally {
                selfType = saveSelf;
            }
        }
        if (as != null && as.fn() != null && !tracksCaller(as.fn())) {
            checkAssocVisible(as, itemSpan);
            return assocFnItem(as, owner, p);
        }
        if (as != null) {
            unsupported(p.span(), "associated functions used as values");
            return DataChecks.error(p.span());
        }
        if (owner.def().isEnum()) {
            data.noVariant(owner, item, itemSpan);
        } else {
            diags.report(Diagnostic.error("E0599", "no associated item named `" + item + "` found for struct `" + owner
                    + "` in the current scope").primary(itemSpan, "associated item not found in `" + owner + "`")
                    .secondary(owner.def().nameSpan(), "associated item `" + item + "` not found for this struct"));
        }
        return DataChecks.error(p.span());
    }

    /** A mathematical constant given in decimal, correctly rounded to the type. */
    private static double exact(boolean f32, String decimal) {
        return f32 ? Float.parseFloat(decimal) : Double.parseDouble(decimal);
    }

    private TExpr floatConst(FloatKind k, String name, Expr.PathExpr p) {
        boolean f32 = k == FloatKind.F32;
        Double v = switch (name) {
            case "MAX" -> f32 ? (double) Float.MAX_VALUE : Double.MAX_VALUE;
            case "MIN" -> f32 ? (double) -Float.MAX_VALUE : -Double.MAX_VALUE;
            case "MIN_POSITIVE" -> f32 ? (double) Float.MIN_NORMAL : Double.MIN_NORMAL;
            case "EPSILON" -> f32 ? (double) Math.ulp(1.0f) : Math.ulp(1.0);
            case "INFINITY" -> Double.POSITIVE_INFINITY;
            case "NEG_INFINITY" -> Double.NEGATIVE_INFINITY;
            case "NAN" -> Double.NaN;
            case "PI" -> exact(f32, "3.14159265358979323846264338327950288");
            case "E" -> exact(f32, "2.71828182845904523536028747135266250");
            case "TAU" -> exact(f32, "6.28318530717958647692528676655900577");
            case "SQRT_2" -> exact(f32, "1.41421356237309504880168872420969808");
            case "LN_2" -> exact(f32, "0.693147180559945309417232121458176568");
            case "LN_10" -> exact(f32, "2.30258509299404568401799145468436421");
            case "FRAC_PI_2" -> exact(f32, "1.57079632679489661923132169163975144");
            case "FRAC_PI_4" -> exact(f32, "0.785398163397448309615660845819875721");
            case "FRAC_1_SQRT_2" -> exact(f32, "0.707106781186547524400844362104849039");
            default -> null;
        };
        if (v == null) {
            diags.report(Diagnostic.error("E0599", "no associated item named `" + name + "` found for type `" + k.rustName()
                    + "` in the current scope").primary(p.path().segments().get(p.path().segments().size() - 1).ident().span(),
                    "associated item not found in `" + k.rustName() + "`"));
            return DataChecks.error(p.span());
        }
        return new TExpr.FloatConst(f32 ? (double) (float) (double) v : v, Type.of(k), p.span());
    }

    // ---- constructor and associated-function calls ----

    private TExpr ctorCall(Expr.Call c, Type.Adt adt, int variant) {
        AdtDef.Variant v = adt.def().variants().get(variant);
        String what = adt.def().isEnum() ? adt + "::" + v.name() : adt.toString();
        if (v.ctor() != AdtDef.CtorKind.TUPLE) {
            diags.report(Diagnostic.error("E0618", "expected function, found " + (adt.def().isEnum() ? "enum variant" : "struct")
                    + " `" + what + "`").primary(c.callee().span(), "").secondary(v.span(), "`" + what + "` defined here"));
            for (Expr a : c.args()) {
                check(a, null);
            }
            return DataChecks.error(c.span());
        }
        Type want = callExpected == null ? null : inf.shallow(callExpected);
        if (want instanceof Type.Adt wa && wa.def() == adt.def()) {
            // the expected type settles the parameters first (`let r: Result<i32, String> = Err("bad".into())`)
            Type.Adt fresh = adt;
            callExpected = null;
            inf.unify(fresh, wa);
        }
        List<Type> params = v.fields().stream().map(f -> Types.fieldType(adt, f)).toList();
        List<TExpr> args = data.arguments(c.args(), params, c.callee().span(), c.span(), v.span(),
                adt.def().isEnum() ? "enum variant" : "struct");
        if (args == null) {
            return DataChecks.error(c.span());
        }
        return new TExpr.Construct(adt, variant, args, null, c.span());
    }

    private TExpr typeRelativeCall(Expr.Call c, Expr.PathExpr p, Type.Adt owner, String item) {
        Span itemSpan = p.path().last().ident().span();
        if (owner.def().isEnum()) {
            int v = owner.def().variantIndex(item);
            if (v >= 0) {
                return ctorCall(c, owner, v);
            }
        }
        Assoc as = data.findAssoc(owner.def(), item);
        if (as == null && item.equals("from") && c.args().size() == 1) {
            TExpr conv = staticFrom(c, owner);
            if (conv != null) {
                return conv;
            }
        }
        if (as == null && item.equals("default") && c.args().isEmpty() && owner.def().derives().contains("Default")
                && !owner.def().isEnum()) {
            TExpr d = defaultValue(owner, c.span());
            if (d != null) {
                return d;
            }
        }
        ThroughTrait via = as == null ? traitAssocOf(owner, item) : null;
        if (via != null) {
            as = via.assoc();
        }
        if (as == null || as.fn() == null) {
            if (owner.def().isEnum()) {
                data.noVariant(owner, item, itemSpan);
            } else {
                Diagnostic.Builder b = Diagnostic.error("E0599", "no function or associated item named `" + item + "` found for struct `"
                        + owner + "` in the current scope")
                        .secondary(owner.def().nameSpan(), "function or associated item `" + item + "` not found for this struct");
                String similar = Similarity.closest(item, data.assocNames(owner.def(), false));
                if (similar != null) {
                    b.primary(itemSpan, "").suggestionInline(itemSpan, "there is an associated function `" + similar
                            + "` with a similar name", similar);
                } else {
                    b.primary(itemSpan, "function or associated item not found in `" + owner + "`");
                }
                diags.report(b);
            }
            for (Expr a : c.args()) {
                check(a, null);
            }
            return DataChecks.error(c.span());
        }
        Item.Fn fn = as.fn();
        checkAssocVisible(as, itemSpan);
        Instance inst = instanceOf(as, owner, p.path().last());
        List<Type> params = new ArrayList<>();
        if (fn.selfParam() != null) {
            params.add(switch (fn.selfParam().kind()) {
                case REF -> new Type.Ref(false, inst.self());
                case REF_MUT -> new Type.Ref(true, inst.self());
                default -> inst.self();
            });
        }
        params.addAll(inst.params());
        List<TExpr> args = data.arguments(c.args(), params, c.callee().span(), c.span(), fn.name().span(), "function");
        if (args == null || !inst.ok()) {
            return DataChecks.error(c.span());
        }
        closures.locate(params, args, p.path().last().ident().span());
        if (tracksCaller(fn)) {
            args = new ArrayList<>(args);
            args.add(callerArgument(c.span()));
        }
        TExpr.Call call = new TExpr.Call(as.symbol(), inst.typeArgs(), args, inst.ret(), c.span());
        if (via != null && via.self() != null) {
            inf.solvePendingProjections();
            closures.solve();
            return via.call(call);
        }
        return call;
    }

    /**
     * E0624 for an inherent method or associated function used outside the module of its `impl` without
     * being visible there. Trait methods are as visible as their trait.
     */
    private void checkAssocVisible(Assoc as, Span at) {
        Item.Fn fn = as.fn();
        if (fn == null || as.symbol().startsWith("<") || as.symbol().startsWith("trait::") || as.scope().module() == null
                || visibility(fn.vis(), as.scope()).visibleFrom(scope)) {
            return;
        }
        String kind = fn.selfParam() != null ? "method" : "associated function";
        diags.report(Diagnostic.error("E0624", kind + " `" + fn.name().name() + "` is private")
                .primary(at, "private " + kind)
                .secondary(signatureSpan(fn), "private " + kind + " defined here"));
    }

    // ---- the `?` operator ----

    /**
     * {@code e?} on {@code Option<T>} is {@code match e { Some(v) => v, None => return None }}; on
     * {@code Result<T, E>} it returns {@code Err(e)} — the error type must be the function's (conversions
     * through {@code From} come with traits).
     */
    private TExpr checkTry(Expr.Try t) {
        TExpr inner = check(t.expr(), null);
        Type it = inf.shallow(inner.type());
        if (it instanceof Type.Error) {
            return DataChecks.error(t.span());
        }
        Span q = new Span(t.span().file(), t.span().hi() - 1, t.span().hi());
        if (!(it instanceof Type.Adt adt) || adt.def() != optionDef && adt.def() != resultDef) {
            diags.report(Diagnostic.error("E0277", "the `?` operator can only be applied to values that implement `Try`")
                    .primary(t.span(), "the `?` operator cannot be applied to type `" + show(it) + "`")
                    .help("the trait `Try` is not implemented for `" + show(it) + "`"));
            return DataChecks.error(t.span());
        }
        boolean option = adt.def() == optionDef;
        Type ret = fnReturn == null ? null : inf.shallow(fnReturn);
        boolean retOk = ret instanceof Type.Adt ra && ra.def() == adt.def() || ret instanceof Type.Var;
        if (!retOk) {
            String fnKind = option ? "Option" : "Result";
            diags.report(Diagnostic.error("E0277", "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)")
                    .primary(q, "cannot use the `?` operator in a function that returns `" + (ret == null ? "()" : show(ret)) + "`")
                    .help("the trait `FromResidual<" + (option ? "Option<Infallible>" : "Result<Infallible, " + show(adt.args().get(1)) + ">")
                            + ">` is not implemented for `" + (ret == null ? "()" : show(ret)) + "`"));
            return DataChecks.error(t.span());
        }
        Type.Adt retAdt = (Type.Adt) inf.shallow(ret instanceof Type.Var ? freshAdtUnify(adt.def(), ret) : ret);
        Type value = adt.args().get(0);
        TLocal v = newLocal("v", value, false);
        int residualVariant = option ? 0 : 1;
        int okVariant = option ? 1 : 0;
        List<dev.wasmrust.compiler.thir.TPat> okFields = List.of(new dev.wasmrust.compiler.thir.TPat.Binding(v,
                dev.wasmrust.compiler.thir.TPat.BindMode.MOVE, null, value, t.span()));
        dev.wasmrust.compiler.thir.TArm okArm = new dev.wasmrust.compiler.thir.TArm(
                new dev.wasmrust.compiler.thir.TPat.Variant(adt, okVariant, okFields, adt, t.span()), null,
                new TExpr.LocalRef(v, value, t.span()), t.span());
        TExpr residual;
        dev.wasmrust.compiler.thir.TPat residualPat;
        if (option) {
            residualPat = new dev.wasmrust.compiler.thir.TPat.Variant(adt, residualVariant, List.of(), adt, t.span());
            residual = new TExpr.Construct(retAdt, 0, List.of(), null, t.span());
        } else {
            Type err = adt.args().get(1);
            Type target = retAdt.args().get(1);
            TExpr converted = null;
            TLocal e = null;
            if (!(inf.shallow(err) instanceof Type.Var) && !(inf.shallow(target) instanceof Type.Var)
                    && !inf.shallow(err).equals(inf.shallow(target)) && fromImpl(err, target) != null) {
                // `?` converts the error with `From::from` (an impl `From<E> for F`)
                TraitImpl impl = fromImpl(err, target);
                Type[] b = Projections.bindings(impl, inf.shallow(target), List.of(err), inf::shallow);
                List<Type> implArgs = new ArrayList<>();
                for (Type x : b) {
                    implArgs.add(x == null ? Type.ERROR : x);
                }
                e = newLocal("e", err, false);
                converted = new TExpr.Call(impl.methods().get("from"), implArgs, List.of(new TExpr.LocalRef(e, err, t.span())),
                        target, t.span());
            }
            if (converted == null && !inf.unify(err, retAdt.args().get(1))) {
                diags.report(Diagnostic.error("E0277", "`?` couldn't convert the error to `" + show(retAdt.args().get(1)) + "`")
                        .primary(q, "the trait `From<" + show(err) + ">` is not implemented for `" + show(retAdt.args().get(1)) + "`")
                        .note("the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait"));
                return DataChecks.error(t.span());
            }
            if (e == null) {
                e = newLocal("e", err, false);
                converted = new TExpr.LocalRef(e, err, t.span());
            }
            residualPat = new dev.wasmrust.compiler.thir.TPat.Variant(adt, residualVariant, List.of(new dev.wasmrust.compiler.thir.TPat.Binding(e,
                    dev.wasmrust.compiler.thir.TPat.BindMode.MOVE, null, err, t.span())), adt, t.span());
            residual = new TExpr.Construct(retAdt, 1, List.of(converted), null, t.span());
        }
        dev.wasmrust.compiler.thir.TArm residualArm = new dev.wasmrust.compiler.thir.TArm(residualPat, null,
                new TExpr.Return(residual, t.span()), t.span());
        return new TExpr.Match(inner, List.of(okArm, residualArm), value, t.span());
    }

    private Type freshAdtUnify(AdtDef def, Type var) {
        Type.Adt a = freshAdt(def);
        inf.unify(var, a);
        return a;
    }

    // ---- the standard library's smart types ----

    /** {@code *b} for a {@code Box<T>}: the value its pointer field points to. */
    TExpr boxDeref(TExpr b, Type.Adt box) {
        Type inner = box.args().get(0);
        TExpr ptr = new TExpr.Field(b, 0, new Type.Ref(true, inner), b.span());
        return new TExpr.Deref(ptr, inner, b.span());
    }

    /** {@code v[i]} on a {@code Vec}: {@code *Vec::index(&v, i)} ({@code index_mut} where the place is written). */
    TExpr vecIndex(TExpr vec, TExpr idx, boolean mutable, Span span) {
        Type.Adt va = (Type.Adt) inf.shallow(vec.type());
        Type elem = va.args().get(0);
        TExpr self = new TExpr.AddrOf(mutable, vec, new Type.Ref(mutable, va), vec.span());
        TExpr call = new TExpr.Call("core::Vec::" + (mutable ? "index_mut" : "index"), List.of(elem),
                List.of(self, idx, callerArgument(span)), new Type.Ref(mutable, elem), span);
        return new TExpr.Deref(call, elem, span);
    }

    /** Rewrites a place that will be written or mutably borrowed so that `Vec` indexing uses `index_mut`. */
    TExpr mutablePlace(TExpr p) {
        if (p instanceof TExpr.Deref d && d.ref() instanceof TExpr.Call c && c.function().equals("core::__slice_index")
                && c.args().get(0) instanceof TExpr.AddrOf view) {
            TExpr base = mutablePlace(view.place());
            requireMutablePlace(base, p.span(), true);
            Type sliceRef = new Type.Ref(true, view.place().type());
            List<TExpr> args = new ArrayList<>(c.args());
            args.set(0, new TExpr.AddrOf(true, base, sliceRef, view.span()));
            return new TExpr.Deref(new TExpr.Call("core::__slice_index_mut", c.typeArgs(), args, sliceRef, c.span()), d.type(), d.span());
        }
        if (p instanceof TExpr.Deref d && d.ref() instanceof TExpr.Unsize u && u.ref() instanceof TExpr.AddrOf a && !a.mutable()) {
            TExpr base = mutablePlace(a.place());
            requireMutablePlace(base, p.span(), true);
            Type.Ref rt = (Type.Ref) u.type();
            return new TExpr.Deref(new TExpr.Unsize(new TExpr.AddrOf(true, base, new Type.Ref(true, a.place().type()), a.span()),
                    u.len(), new Type.Ref(true, rt.inner()), u.span()), d.type(), d.span());
        }
        if (p instanceof TExpr.Deref d && d.ref() instanceof TExpr.Call c && c.function().equals("core::Vec::as_slice")) {
            TExpr vec = ((TExpr.AddrOf) c.args().get(0)).place();
            TExpr base = mutablePlace(vec);
            requireMutablePlace(base, p.span(), true);
            Type elem = c.typeArgs().get(0);
            TExpr self = new TExpr.AddrOf(true, base, new Type.Ref(true, vec.type()), vec.span());
            return new TExpr.Deref(new TExpr.Call("core::Vec::as_mut_slice", List.of(elem), List.of(self),
                    new Type.Ref(true, new Type.Slice(elem)), c.span()), d.type(), d.span());
        }
        if (p instanceof TExpr.Deref d && d.ref() instanceof TExpr.Call c && c.function().equals("core::Vec::index")) {
            TExpr vec = ((TExpr.AddrOf) c.args().get(0)).place();
            TExpr base = mutablePlace(vec);
            requireMutablePlace(base, p.span(), true);
            return vecIndex(base, c.args().get(1), true, d.span());
        }
        if (p instanceof TExpr.Field f) {
            return new TExpr.Field(mutablePlace(f.base()), f.index(), f.type(), f.span());
        }
        if (p instanceof TExpr.Index i) {
            return new TExpr.Index(mutablePlace(i.base()), i.index(), i.type(), i.span());
        }
        if (p instanceof TExpr.Deref d && d.ref() instanceof TExpr.Field bf && inf.shallow(bf.base().type()) instanceof Type.Adt ba
                && ba.def().isLang("owned_box")) {
            return new TExpr.Deref(new TExpr.Field(mutablePlace(bf.base()), 0, bf.type(), bf.span()), d.type(), d.span());
        }
        return p;
    }

    /** What a `String`, `Vec<T>` or `Box<T>` place dereferences to (`str`, `[T]`, `T`) as a place, or null. */
    TExpr langTarget(TExpr place, Type.Adt a, boolean mutable) {
        if (a.def().isLang("owned_box")) {
            return boxDeref(place, a);
        }
        if (a.def().isLang("vec")) {
            Type elem = a.args().get(0);
            Type slice = new Type.Ref(mutable, new Type.Slice(elem));
            TExpr self = new TExpr.AddrOf(mutable, mutable ? mutablePlace(place) : place, new Type.Ref(mutable, a), place.span());
            return new TExpr.Deref(new TExpr.Call(mutable ? "core::Vec::as_mut_slice" : "core::Vec::as_slice", List.of(elem),
                    List.of(self), slice, place.span()), new Type.Slice(elem), place.span());
        }
        if (a.def().isLang("string") && !mutable) {
            TExpr self = new TExpr.AddrOf(false, place, new Type.Ref(false, a), place.span());
            return new TExpr.Deref(new TExpr.Call("core::String::as_str", List.of(), List.of(self), Type.STR_REF, place.span()),
                    Type.STR, place.span());
        }
        return null;
    }

    // ---- for loops over arrays, slices and vectors ----

    /**
     * {@code for x in &v}, {@code v.iter()}, {@code v.iter_mut()}, {@code &mut v} or {@code v} (by value) over an
     * array, slice or {@code Vec}: an index loop over the elements, binding each (or a reference to it) with
     * the loop's pattern. Null when the iterated expression is not one of these (reported as unsupported).
     */
    private TExpr forOverSequence(Expr.ForLoop f) {
        Expr it = f.iter();
        boolean byRef = false;
        boolean mut = false;
        Expr coll = it;
        if (it instanceof Expr.AddrOf a && !a.raw()) {
            byRef = true;
            mut = a.mutability().isMut();
            coll = a.expr();
        } else if (it instanceof Expr.MethodCall cm && cm.args().isEmpty()
                && List.of("chars", "char_indices", "bytes").contains(cm.method().ident().name())) {
            // the characters (or bytes) of a string, iterated by value
            TExpr str = coerce(check(cm.receiver(), null), Type.STR_REF, cm.receiver().span());
            if (!Type.isStrRef(inf.shallow(str.type()))) {
                return null;
            }
            String n = cm.method().ident().name();
            if (n.equals("bytes")) {
                Type bytes = new Type.Ref(false, new Type.Slice(Type.of(IntKind.U8)));
                TExpr slice = new TExpr.Call("core::str::as_bytes", List.of(), List.of(str), bytes, cm.span());
                return forOver(f, new TExpr.Deref(slice, new Type.Slice(Type.of(IntKind.U8)), cm.span()), false, false);
            }
            Type elem = n.equals("chars") ? Type.CHAR : new Type.Tuple(List.of(Type.of(IntKind.USIZE), Type.CHAR));
            Type.Adt vec = new Type.Adt(scope.lookupType("Vec") == null ? preludeScope.lookupType("Vec") : preludeScope.lookupType("Vec"), List.of(elem));
            TExpr chars = new TExpr.Call(n.equals("chars") ? "core::__chars" : "core::__char_indices", List.of(), List.of(str), vec, cm.span());
            return forOver(f, chars, false, false);
        } else if (it instanceof Expr.MethodCall mc && mc.args().isEmpty()
                && List.of("iter", "iter_mut", "into_iter").contains(mc.method().ident().name())) {
            String n = mc.method().ident().name();
            byRef = !n.equals("into_iter");
            mut = n.equals("iter_mut");
            TExpr recv = check(mc.receiver(), null);
            Type rt = inf.shallow(recv.type());
            while (rt instanceof Type.Ref r) {
                rt = inf.shallow(r.inner());
            }
            if (!(rt instanceof Type.Array || rt instanceof Type.Slice || rt instanceof Type.Adt va && va.def().isLang("vec"))
                    && !(rt instanceof Type.Error)) {
                TExpr call = methodCall(mc, recv, null);
                return isIterator(call.type()) || inf.shallow(call.type()) instanceof Type.Error ? forOverIterator(f, call) : null;
            }
            return forOver(f, recv, byRef, mut);
        }
        return forOver(f, check(coll, null), byRef, mut);
    }

    /** The loop over a checked sequence value {@code c} (an array, slice or Vec, or a reference to one). */
    private TExpr forOver(Expr.ForLoop f, TExpr c, boolean byRef, boolean mut) {
        Expr it = f.iter();
        TExpr iterated = c;
        boolean borrowed = byRef && !(inf.shallow(c.type()) instanceof Type.Ref);
        boolean borrowedMut = mut;
        Type ct = inf.shallow(c.type());
        if (ct instanceof Type.Error) {
            return new TExpr.UnitConst(f.span());
        }
        if (borrowed && borrowedMut && isIterator(ct)) {
            // `for x in &mut it`: the loop advances `it` through the reference (`&mut I` is an iterator too)
            return forOverIterator(f, autoref(c, true));
        }
        if (isIterator(ct) || ct instanceof Type.Ref ir && ir.mutable() && isIterator(ir.inner())) {
            return forOverIterator(f, c);
        }
        if (ct instanceof Type.Ref r) {
            // iterating a reference iterates by reference
            byRef = true;
            mut = mut || r.mutable() && it instanceof Expr.MethodCall mc2 && mc2.method().ident().name().equals("iter_mut");
            c = data.autoderef(c);
            ct = inf.shallow(c.type());
        }
        if (!byRef && ct instanceof Type.Adt owned && owned.def().isLang("vec") && preludeScope.lookupType("IntoIter") != null) {
            // `for x in v` moves the vector into its by-value iterator (`IntoIterator::into_iter(v)`)
            Type elemType = owned.args().get(0);
            Type iterType = new Type.Adt(preludeScope.lookupType("IntoIter"), List.of(elemType));
            return forOverIterator(f, new TExpr.Call("core::Vec::into_iter", List.of(elemType), List.of(c), iterType, f.iter().span()));
        }
        TExpr place;
        Type elem;
        long fixedLen = -1;
        if (ct instanceof Type.Array a) {
            place = c;
            elem = a.elem();
            fixedLen = a.len();
        } else if (ct instanceof Type.Slice sl) {
            place = c;
            elem = sl.elem();
        } else if (ct instanceof Type.Adt va && va.def().isLang("vec")) {
            place = langTarget(c, va, mut);
            elem = va.args().get(0);
        } else {
            if (borrowed) {
                // what `IntoIterator::into_iter` gets: `for x in &b` was split into `b` and by-reference
                iterated = borrowedMut ? autoref(iterated, true) : new TExpr.AddrOf(false, iterated, new Type.Ref(false, iterated.type()),
                        iterated.span());
            }
            TExpr viaTrait = intoIterator(f, iterated);
            if (viaTrait != null) {
                return viaTrait;
            }
            TraitDef intoIter = lookupTraitAnywhere("IntoIterator");
            if (intoIter != null) {
                unimplemented(iterated.type(), intoIter, f.iter().span(), null);
            } else {
                unsupported(f.iter().span(), "iterating over `" + show(ct) + "`");
            }
            return new TExpr.UnitConst(f.span());
        }
        if (mut) {
            place = mutablePlace(place);
            requireMutablePlace(place, f.iter().span(), true);
        }
        Type usize = Type.of(IntKind.USIZE);
        Type seqRef = new Type.Ref(mut, inf.shallow(place.type()));
        TLocal seq = newLocal("__seq", seqRef, false);
        TLocal idx = newLocal("__i", usize, false);
        TExpr len = fixedLen >= 0 ? new TExpr.IntConst(BigInteger.valueOf(fixedLen), usize, f.iter().span())
                : new TExpr.Intrinsic("slice::len", List.of(new TExpr.LocalRef(seq, seqRef, f.iter().span())), usize, f.iter().span());
        TExpr element = new TExpr.Index(new TExpr.Deref(new TExpr.LocalRef(seq, seqRef, f.iter().span()), place.type(), f.iter().span()),
                new TExpr.LocalRef(idx, usize, f.iter().span()), elem, f.iter().span());
        Type bound = byRef ? new Type.Ref(mut, elem) : elem;
        TExpr value = byRef ? new TExpr.AddrOf(mut, element, bound, f.iter().span()) : element;
        Scope saved = scope;
        scope = new Scope(scope, false);
        PatternChecker.Bindings b = new PatternChecker.Bindings();
        dev.wasmrust.compiler.thir.TPat pat = patterns.check(f.pat(), bound, b);
        patterns.define(b);
        LoopCtx ctx = new LoopCtx(labelName(f.label()), nextLabel++, false, false);
        loops.push(ctx);
        TExpr body = checkBlock(f.body(), Type.UNIT, null);
        demand(body, Type.UNIT, f.body().span(), null, null);
        loops.pop();
        scope = saved;
        TExpr inner = new TExpr.Block(List.of(new TStmt.Let(pat, value, null), new TStmt.ExprStmt(body)), null, Type.UNIT, f.body().span());
        TExpr loop = new TExpr.ForRange(ctx.id, idx, new TExpr.IntConst(BigInteger.ZERO, usize, f.span()), len, false, inner, f.span());
        TExpr init = new TExpr.AddrOf(mut, place, seqRef, f.iter().span());
        return new TExpr.Block(List.of(TStmt.Let.scrutinee(seq, init)), loop, Type.UNIT, f.span());
    }

    /**
     * {@code for PAT in e} where {@code e}'s type implements {@code IntoIterator} (a parameter bounded by it, a type
     * with an impl of it, a reference to one): the loop over {@code IntoIterator::into_iter(e)}. Null otherwise.
     */
    private TExpr intoIterator(Expr.ForLoop f, TExpr iterated) {
        Type t = inf.shallow(iterated.type());
        Span sp = f.iter().span();
        Expr.MethodCall call = new Expr.MethodCall(List.of(), f.iter(), new dev.wasmrust.compiler.ast.PathSegment(
                new dev.wasmrust.compiler.ast.Ident("into_iter", false, sp), null), List.of(), sp);
        boolean implemented = t instanceof Type.Param p ? hasBound(p, "IntoIterator") : matchedImplMethod(t, "into_iter") != null
                || !implsFor(t).getOrDefault("IntoIterator", List.of()).isEmpty();
        if (!implemented) {
            return null;
        }
        TExpr iter = traitMethodCall(call, iterated, t);
        return iter == null ? null : forOverIterator(f, iter);
    }

    /**
     * rustc's E0277 for {@code t} not implementing {@code trait} at {@code at} ({@code callee} names the call whose
     * bound asks for it; null in a {@code for} loop). When a blanket impl would give the trait to types meeting a
     * bound ({@code impl<I: Iterator> IntoIterator for I}), rustc reports that bound, noting what it was required for.
     */
    void unimplemented(Type t, TraitDef trait, Span at, Span callee) {
        unimplemented(t, trait, at, callee, null, null);
    }

    /** {@link #unimplemented}, with the bound of the function {@code owner} that asked for the trait (null: none shown). */
    void unimplemented(Type t, TraitDef trait, Span at, Span callee, Span bound, String owner) {
        TraitDef reported = trait;
        for (TraitImpl impl : implTable) {
            if (impl.trait().equals(trait.name()) && impl.blanket() && impl.paramBounds().size() == 1
                    && lookupTraitAnywhere(impl.paramBounds().get(0).trait()) != null) {
                reported = lookupTraitAnywhere(impl.paramBounds().get(0).trait());
            }
        }
        String shown = show(t);
        TraitDef.OnUnimplemented on = reported.onUnimplemented() != null ? reported.onUnimplemented() : trait.onUnimplemented();
        Diagnostic.Builder d = on != null ? Diagnostic.error("E0277", on.message(shown)).primary(at, on.label(shown))
                : Diagnostic.error("E0277", "the trait bound `" + shown + ": " + reported.name() + "` is not satisfied")
                        .primary(at, "the trait `" + reported.name() + "` is not implemented for `" + shown + "`");
        if (callee != null) {
            d.secondary(callee, "required by a bound introduced by this call");
        }
        String help = "the trait `" + reported.name() + "` is not implemented for `" + shown + "`";
        Type s = inf.shallow(t);
        if (s instanceof Type.Adt adt && adt.def().span() != null && !adt.def().path().startsWith("core::")) {
            d.helpAt(new Span(adt.def().span().file(), adt.def().span().lo(), adt.def().nameSpan().hi()), help);
        } else {
            d.help(help);
        }
        if (on != null && on.integerNote() != null && (s instanceof Type.Var v && v.kind() == Type.VarKind.INT || s instanceof Type.Int)) {
            d.note(on.integerNote());
        }
        if (reported != trait) {
            d.note("required for `" + shown + "` to implement `" + trait.name() + "`");
        }
        if (bound != null && owner != null && !sources.file(bound).name().startsWith("<std>/")) {
            // rustc shows the standard library's own bounds in its sources, which a program cannot see here
            d.noteAt("required by a bound in `" + owner + "`", List.of(
                    dev.wasmrust.compiler.diag.Label.primary(bound, "required by this bound in `" + owner + "`")));
        }
        diags.report(d);
    }

    /** 1 for `String` (behind any references), 2 for `str` (behind at least one), else 0. */
    int stringKind(Type t) {
        Type s = inf.shallow(t);
        boolean ref = false;
        while (s instanceof Type.Ref r) {
            s = inf.shallow(r.inner());
            ref = true;
        }
        if (s instanceof Type.Adt a && a.def().isLang("string")) {
            return 1;
        }
        return s instanceof Type.Str && ref ? 2 : 0;
    }

    /** A `String` or `str` value (behind references) as one `&str`. */
    TExpr asStrRef(TExpr e) {
        TExpr cur = e;
        while (inf.shallow(cur.type()) instanceof Type.Ref r && !(inf.shallow(r.inner()) instanceof Type.Str)) {
            cur = new TExpr.Deref(cur, r.inner(), cur.span());
        }
        Type t = inf.shallow(cur.type());
        if (t instanceof Type.Adt a && a.def().isLang("string")) {
            return new TExpr.AddrOf(false, langTarget(cur, a, false), Type.STR_REF, e.span());
        }
        return cur;
    }

    // ---- trait methods ----

    /**
     * A method from a trait: implemented for the receiver's type (`impl Trait for T`), or promised by a bound
     * of a generic parameter (resolved to the impl when the generic function is instantiated). Null if none.
     */
    private TExpr traitMethodCall(Expr.MethodCall m, TExpr recv, Type t) {
        String name = m.method().ident().name();
        if (t instanceof Type.Param p) {
            for (String bound : scope.boundsOf(p.index())) {
                TraitDef trait = lookupTraitAnywhere(bound);
                Item.Fn fn = trait == null ? null : trait.method(name);
                if (fn != null && fn.selfParam() != null) {
                    Assoc as = boundAssoc(p, trait, fn);
                    TExpr call = callMethod(m, recv, as);
                    if (call instanceof TExpr.Call c) {
                        return new TExpr.Call(c.function(), boundCallTypeArgs(p, trait, as, c.typeArgs()), c.args(), c.type(), c.span());
                    }
                    return call;
                }
            }
            return null;
        }
        if (t instanceof Type.Projection proj) {
            return projectionMethodCall(m, recv, proj);
        }
        Map<String, List<Assoc>> impls = implsFor(t);
        Assoc found = null;
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, List<Assoc>> e : impls.entrySet()) {
            for (Assoc as : e.getValue()) {
                if (as.name().equals(name) && as.isMethod()) {
                    found = as;
                    keys.add(e.getKey());
                }
            }
        }
        if (keys.size() > 1) {
            TExpr call = genericTraitMethodCall(m, recv, t, keys);
            if (call != null) {
                return call;
            }
        }
        if (found == null) {
            found = matchedImplMethod(t, name);
        }
        return found == null ? null : callMethod(m, recv, found);
    }

    /**
     * A method of a generic trait that {@code t} implements more than once ({@code Extend<T>} and {@code Extend<&T>}
     * for {@code Vec<T>}): called through the trait with its arguments inferred from the call, the impl chosen by
     * them at monomorphization. Null unless every key names the same generic trait.
     */
    private TExpr genericTraitMethodCall(Expr.MethodCall m, TExpr recv, Type t, List<String> keys) {
        String traitName = keys.get(0).contains("<") ? keys.get(0).substring(0, keys.get(0).indexOf('<')) : keys.get(0);
        TraitDef trait = lookupTraitAnywhere(traitName);
        if (trait == null || trait.params().isEmpty() || !keys.stream().allMatch(k -> k.startsWith(traitName + "<"))) {
            return null;
        }
        Item.Fn fn = trait.method(m.method().ident().name());
        if (fn == null || fn.selfParam() == null) {
            return null;
        }
        ThroughTrait via = throughTrait(trait, t, fn);
        TExpr call = callMethod(m, recv, via.assoc());
        // the impl (and so the trait's arguments) is known from the arguments' types already: settle it now
        inf.solvePendingProjections();
        closures.solve();
        return call instanceof TExpr.Call c ? via.call(c) : call;
    }

    /** A function of a generic trait called for {@code self} with the trait's arguments still to be inferred. */
    private record ThroughTrait(Assoc assoc, Type self, List<Type> traitArgs) {
        /** The call with the type arguments monomorphization resolves it by: Self, the trait's, then the function's. */
        TExpr.Call call(TExpr.Call c) {
            List<Type> typeArgs = new ArrayList<>();
            typeArgs.add(self);
            typeArgs.addAll(traitArgs);
            typeArgs.addAll(c.typeArgs().subList(Math.min(assoc.implParams(), c.typeArgs().size()), c.typeArgs().size()));
            return new TExpr.Call(c.function(), typeArgs, c.args(), c.type(), c.span());
        }
    }

    private ThroughTrait throughTrait(TraitDef trait, Type self, Item.Fn fn) {
        Scope sigScope = new Scope(trait.scope(), false);
        List<Type> traitArgs = new ArrayList<>();
        for (String p : trait.params()) {
            Type a = inf.freshGeneral();
            traitArgs.add(a);
            sigScope.defineAlias(p, a);
        }
        for (String at : trait.assocTypes()) {
            sigScope.defineAlias("Self::" + at, new Type.Projection(self, trait.name(), at));
        }
        // which impl (and so which arguments) is decided once the call's argument types are known
        closures.requireTrait(self, trait.name(), traitArgs, null);
        String sym = "trait::" + trait.name() + "/" + trait.params().size() + "::" + fn.name().name();
        return new ThroughTrait(new Assoc(fn.name().name(), fn, null, sym, self, sigScope, callerParamCount()), self, traitArgs);
    }

    /**
     * {@code Type::f(...)} where {@code f} comes from a trait {@code Type} implements ({@code String::from_iter}): the
     * impl's function when there is one impl with it, else (a generic trait implemented several times) a call
     * through the trait. Null when no impl has {@code f}.
     */
    private ThroughTrait traitAssocOf(Type owner, String item) {
        List<String> keys = new ArrayList<>();
        Assoc found = null;
        for (Map.Entry<String, List<Assoc>> e : implsFor(owner).entrySet()) {
            for (Assoc as : e.getValue()) {
                if (as.name().equals(item) && as.fn() != null) {
                    found = as;
                    keys.add(e.getKey());
                }
            }
        }
        if (keys.size() == 1) {
            return new ThroughTrait(found, null, List.of());
        }
        if (keys.isEmpty()) {
            return null;
        }
        String traitName = keys.get(0).contains("<") ? keys.get(0).substring(0, keys.get(0).indexOf('<')) : keys.get(0);
        TraitDef trait = lookupTraitAnywhere(traitName);
        if (trait == null || trait.params().isEmpty() || !keys.stream().allMatch(k -> k.startsWith(traitName + "<"))
                || trait.method(item) == null) {
            return null;
        }
        return throughTrait(trait, owner, trait.method(item));
    }

    /**
     * The method {@code name} of the impl that matches {@code t} by its header when no impl is registered under
     * {@code t}'s key: a blanket impl ({@code impl<I: Iterator> IntoIterator for I}) or one for a reference type
     * ({@code impl<T> IntoIterator for &Vec<T>}). Null if none.
     */
    private Assoc matchedImplMethod(Type t, String name) {
        if (t instanceof Type.Var) {
            return null;
        }
        for (TraitImpl impl : implTable) {
            if (!impl.methods().containsKey(name)
                    || Projections.find(implTable, impl.trait(), impl.traitArgs(), t, inf::shallow) != impl) {
                continue;
            }
            Map<String, List<Assoc>> byTrait = traitImpls.get(implKey(impl.self()));
            List<Assoc> list = byTrait == null ? null : byTrait.get(traitKey(impl.trait(), impl.traitArgs()));
            for (Assoc as : list == null ? List.<Assoc>of() : list) {
                if (as.name().equals(name) && as.isMethod() && as.selfType().equals(impl.self())) {
                    return as;
                }
            }
        }
        return null;
    }

    /**
     * A method on a value of an associated type not normalized yet ({@code <I as IntoIterator>::IntoIter} in a
     * generic function): promised by the bounds the trait declares on that associated type
     * ({@code type IntoIter: Iterator<Item = Self::Item>;}), resolved to an impl at monomorphization like a call
     * through a parameter's bound. Null if no such bound has the method.
     */
    private TExpr projectionMethodCall(Expr.MethodCall m, TExpr recv, Type.Projection proj) {
        String name = m.method().ident().name();
        TraitDef owner = lookupTraitAnywhere(proj.trait());
        if (owner == null) {
            return null;
        }
        for (dev.wasmrust.compiler.ast.Bound b : owner.boundsOn(proj.name())) {
            if (!(b instanceof dev.wasmrust.compiler.ast.Bound.TraitBound tb)) {
                continue;
            }
            TraitDef trait = lookupTraitAnywhere(tb.path().last().ident().name());
            Item.Fn fn = trait == null ? null : trait.method(name);
            if (fn == null || fn.selfParam() == null) {
                continue;
            }
            AssocBound bound = assocBound(owner, proj, trait, tb);
            String sym = "trait::" + trait.name() + (trait.params().isEmpty() ? "" : "/" + trait.params().size()) + "::" + name;
            Assoc as = new Assoc(name, fn, null, sym, proj, bound.sigScope(), callerParamCount());
            TExpr call = callMethod(m, recv, as);
            if (call instanceof TExpr.Call c) {
                List<Type> typeArgs = new ArrayList<>();
                typeArgs.add(proj);
                typeArgs.addAll(bound.traitArgs());
                typeArgs.addAll(c.typeArgs().subList(Math.min(as.implParams(), c.typeArgs().size()), c.typeArgs().size()));
                return new TExpr.Call(c.function(), typeArgs, c.args(), c.type(), c.span());
            }
            return call;
        }
        return null;
    }

    /** A bound on an associated type read for one projection: the scope its trait's signatures are read in, its arguments. */
    private record AssocBound(Scope sigScope, List<Type> traitArgs) {}

    /**
     * The bound {@code tb} declared on {@code proj}'s associated type, with the declaring trait's {@code Self}
     * standing for {@code proj}'s self type ({@code Item = Self::Item} becomes {@code <I as IntoIterator>::Item},
     * or what a bound of {@code I} binds it to).
     */
    private AssocBound assocBound(TraitDef owner, Type.Projection proj, TraitDef trait, dev.wasmrust.compiler.ast.Bound.TraitBound tb) {
        Scope read = new Scope(owner.scope(), false);
        for (String at : owner.assocTypes()) {
            Type outer = projection(proj.self(), owner.name(), at);
            read.defineAlias("Self::" + at, outer != null ? outer : new Type.Projection(proj.self(), owner.name(), at));
        }
        Scope sigScope = new Scope(trait.scope(), false);
        List<Type> traitArgs = new ArrayList<>();
        Scope saveScope = scope;
        Type saveSelf = selfType;
        scope = read;
        selfType = proj.self();
        try {
            if (tb.path().last().args() instanceof dev.wasmrust.compiler.ast.GenericArgs.AngleBracketed ab) {
                for (dev.wasmrust.compiler.ast.GenericArg a : ab.args()) {
                    if (a instanceof dev.wasmrust.compiler.ast.GenericArg.TypeArg ta) {
                        Type t = lowerTyQuiet(ta.ty());
                        traitArgs.add(t == null ? Type.ERROR : t);
                    } else if (a instanceof dev.wasmrust.compiler.ast.GenericArg.Binding bd) {
                        Type t = lowerTyQuiet(bd.ty());
                        sigScope.defineAlias("Self::" + bd.name().name(), t == null ? Type.ERROR : t);
                    }
                }
            }
        } finally {
            scope = saveScope;
            selfType = saveSelf;
        }
        for (int i = 0; i < trait.params().size(); i++) {
            sigScope.defineAlias(trait.params().get(i), i < traitArgs.size() ? traitArgs.get(i) : Type.ERROR);
        }
        for (String at : trait.assocTypes()) {
            if (sigScope.lookupAlias("Self::" + at) == null) {
                sigScope.defineAlias("Self::" + at, new Type.Projection(proj, trait.name(), at));
            }
        }
        return new AssocBound(sigScope, traitArgs);
    }

    /**
     * A projection on an associated type that the declaring trait binds in a bound: {@code <<I as IntoIterator>::IntoIter
     * as Iterator>::Item} is {@code <I as IntoIterator>::Item} by {@code type IntoIter: Iterator<Item = Self::Item>;}.
     * Other types are returned as they are.
     */
    private Type declaredBinding(Type t, Inference in) {
        if (!(t instanceof Type.Projection outer) || !(in.shallow(outer.self()) instanceof Type.Projection inner)) {
            return t;
        }
        TraitDef owner = lookupTraitAnywhere(inner.trait());
        if (owner == null) {
            return t;
        }
        for (dev.wasmrust.compiler.ast.Bound b : owner.boundsOn(inner.name())) {
            if (b instanceof dev.wasmrust.compiler.ast.Bound.TraitBound tb && tb.path().last().ident().name().equals(outer.trait())) {
                TraitDef trait = lookupTraitAnywhere(outer.trait());
                Type bound = trait == null ? null : assocBound(owner, inner, trait, tb).sigScope().lookupAlias("Self::" + outer.name());
                if (bound != null && !bound.equals(new Type.Projection(inner, trait.name(), outer.name()))) {
                    return bound;
                }
            }
        }
        return t;
    }

    /** Whether the unnormalized projection {@code proj} is bounded by {@code trait} where its trait declares it. */
    boolean projectionBoundedBy(Type.Projection proj, String trait) {
        TraitDef owner = lookupTraitAnywhere(proj.trait());
        if (owner == null) {
            return false;
        }
        for (dev.wasmrust.compiler.ast.Bound b : owner.boundsOn(proj.name())) {
            if (b instanceof dev.wasmrust.compiler.ast.Bound.TraitBound tb && tb.path().last().ident().name().equals(trait)) {
                return true;
            }
        }
        return false;
    }

    // ---- str::parse ----

    /** Integer types `str::parse` can produce (their `__from_str` is in the standard library). */
    private final List<Object[]> parseTargets = new ArrayList<>();

    /**
     * {@code s.parse::<T>()}: {@code Result<T, ParseIntError>}, with {@code T} from the turbofish or inferred
     * later; it must end up an integer type of at most 64 bits (checked when the function is done).
     */
    private TExpr parseCall(Expr.MethodCall m, TExpr recv) {
        List<Type> targs = instantiate(1, m.method(), m.span());
        Type t = targs.get(0);
        // the error type is FromStr's associated type: ParseFloatError for floats known here, else ParseIntError
        boolean isFloat = inf.shallow(t) instanceof Type.Float;
        AdtDef err = preludeScope.lookupType(isFloat ? "ParseFloatError" : "ParseIntError");
        Type.Adt result = new Type.Adt(resultDef, List.of(t, new Type.Adt(err, List.of())));
        parseTargets.add(new Object[] {t, m.method().ident().span(), isFloat});
        TExpr self = new TExpr.AddrOf(false, recv, Type.STR_REF, recv.span());
        return new TExpr.Call("trait::FromStr::__from_str", List.of(t), List.of(self), result, m.span());
    }

    /** Reports parse targets that are not integers of at most 64 bits (floats and others are not yet supported). */
    void checkParseTargets() {
        for (Object[] pt : parseTargets) {
            Type t = inf.resolve((Type) pt[0]);
            boolean floatKnown = (Boolean) pt[2];
            if (t instanceof Type.Float && !floatKnown) {
                unsupported((Span) pt[1], "`parse` into a float inferred later (write `parse::<" + t + ">()`)");
            } else if (!(t instanceof Type.Int i && i.kind().bits() <= 64) && !(t instanceof Type.Float) && !(t instanceof Type.Error)) {
                unsupported((Span) pt[1], "`parse` into `" + t + "` (integers of at most 64 bits and floats work)");
            }
        }
        parseTargets.clear();
    }

    /** Whether values of {@code t} implement Clone (derived, primitive, or the standard library's types). */
    boolean cloneable(Type t) {
        Type s = inf.shallow(t);
        if (inf.isNumeric(s) || s instanceof Type.Bool || s instanceof Type.Char || s instanceof Type.Unit || s instanceof Type.Ref r && !r.mutable()) {
            return true;
        }
        if (s instanceof Type.Tuple tu) {
            return tu.elems().stream().allMatch(this::cloneable);
        }
        if (s instanceof Type.Array a) {
            return cloneable(a.elem());
        }
        if (s instanceof Type.Adt a) {
            if (a.def().lang() != null) {
                return a.args().stream().allMatch(this::cloneable);
            }
            return (a.def().derives().contains("Clone") || traitImpl(s, "Clone") != null) && a.args().stream().allMatch(this::cloneable);
        }
        if (s instanceof Type.Param || s instanceof Type.Projection) {
            return boundedBy(s, "Clone") || boundedBy(s, "Copy");
        }
        return false;
    }

    /**
     * The value of a type's derived or standard `Default`: zeros, `false`, `'\0'`, empty strings and vectors,
     * `None`, and field by field for tuples, arrays and `#[derive(Default)]` structs; null when some part
     * has no default (reported as unsupported).
     */
    TExpr defaultValue(Type t, Span span) {
        Type s = inf.shallow(t);
        if (s instanceof Type.Int) {
            return new TExpr.IntConst(BigInteger.ZERO, s, span);
        }
        if (s instanceof Type.Float) {
            return new TExpr.FloatConst(0.0, s, span);
        }
        if (s instanceof Type.Bool) {
            return new TExpr.BoolConst(false, span);
        }
        if (s instanceof Type.Char) {
            return new TExpr.CharConst(0, span);
        }
        if (s instanceof Type.Unit) {
            return new TExpr.UnitConst(span);
        }
        if (Type.isStrRef(s)) {
            return new TExpr.StrConst("", span);
        }
        if (s instanceof Type.Tuple tu) {
            List<TExpr> elems = new ArrayList<>();
            for (Type e : tu.elems()) {
                TExpr d = defaultValue(e, span);
                if (d == null) {
                    return null;
                }
                elems.add(d);
            }
            return new TExpr.Tuple(elems, s, span);
        }
        if (s instanceof Type.Array a) {
            TExpr d = defaultValue(a.elem(), span);
            return d == null ? null : new TExpr.ArrayRepeat(d, a.len(), s, span);
        }
        if (s instanceof Type.Adt a) {
            if (a.def() == optionDef) {
                return new TExpr.Construct(a, 0, List.of(), null, span);
            }
            if (a.def().isLang("string") || a.def().isLang("vec")) {
                String fn = a.def().isLang("string") ? "core::String::new" : "core::Vec::new";
                return new TExpr.Call(fn, a.def().isLang("vec") ? a.args() : List.of(), List.of(), s, span);
            }
            if (!a.def().isEnum() && a.def().derives().contains("Default")) {
                List<TExpr> fields = new ArrayList<>();
                for (AdtDef.Field f : a.def().struct().fields()) {
                    TExpr d = defaultValue(Types.fieldType(a, f), span);
                    if (d == null) {
                        return null;
                    }
                    fields.add(d);
                }
                return new TExpr.Construct(a, 0, fields, null, span);
            }
        }
        unsupported(span, "`Default` for `" + show(s) + "`");
        return null;
    }
}
