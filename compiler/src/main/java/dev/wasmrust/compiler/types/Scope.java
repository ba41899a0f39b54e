package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TLocal;
import java.util.HashMap;
import java.util.Map;

/**
 * A lexical scope: a block's locals and items. {@code fnBoundary} marks the scope of a function body,
 * beyond which locals are not visible (a nested `fn` cannot capture them, E0434) but items are.
 */
final class Scope {
    sealed interface Binding {}

    record LocalBinding(TLocal local, Span declSpan, Span nameSpan) implements Binding {}

    /** A function item; {@code scope} is where its signature's names resolve. */
    record FnBinding(String symbol, Item.Fn fn, Scope scope) implements Binding {}

    record ConstBinding(Item.Const item, Scope definedIn) implements Binding {}

    /** A tuple-struct or unit-struct constructor (a value named like its type). */
    record CtorBinding(AdtDef def, int variant) implements Binding {}

    /** A name whose `use` failed (reported there): using it reports nothing more, as in rustc. */
    record ErrorBinding() implements Binding {}

    final Scope parent;
    final boolean fnBoundary;
    /** The module this scope is in (itself for a module's scope); null for the standard library's scope. */
    private final ModuleInfo module;
    private final Map<String, Binding> names = new HashMap<>();
    private final Map<String, AdtDef> types = new HashMap<>();
    private final Map<String, Type.Param> typeParams = new HashMap<>();
    private final Map<String, TraitDef> traits = new HashMap<>();
    private final Map<String, Scope> modules = new HashMap<>();
    /** How each name of a namespace was declared here (visibility, kind, spans); absent for locals and the prelude. */
    private final Map<String, Decl> valueDecls = new HashMap<>();
    private final Map<String, Decl> typeDecls = new HashMap<>();
    /** {@code use path::*} in this scope, in source order: consulted after the names declared here. */
    private final java.util.List<GlobImport> globs = new java.util.ArrayList<>();

    record GlobImport(Scope target, ItemVis vis) {}

    void defineTrait(String name, TraitDef t) {
        traits.put(name, t);
    }

    TraitDef lookupTrait(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            TraitDef t = s.traitHere(name, null);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A scope inside the module of {@code parent} (a block, a function body, generics). */
    Scope(Scope parent, boolean fnBoundary) {
        this.parent = parent;
        this.fnBoundary = fnBoundary;
        this.module = parent == null ? null : parent.module;
    }

    /** The scope of a module: its parent is the standard library's scope, since modules do not see their parents' names. */
    private Scope(Scope prelude, ModuleInfo module) {
        this.parent = prelude;
        this.fnBoundary = true;
        this.module = module;
    }

    /** A new module's scope: the crate root when {@code parentModule} is null. */
    static Scope newModule(Scope prelude, String name, Scope parentModule, String symbolPrefix) {
        ModuleInfo info = new ModuleInfo(name, parentModule, symbolPrefix);
        Scope s = new Scope(prelude, info);
        info.scope = s;
        return s;
    }

    /** What makes a scope a module: its name, the module around it and the prefix of its items' symbols. */
    static final class ModuleInfo {
        final String name;
        final Scope parentModule;
        final String symbolPrefix;
        Scope scope;

        ModuleInfo(String name, Scope parentModule, String symbolPrefix) {
            this.name = name;
            this.parentModule = parentModule;
            this.symbolPrefix = symbolPrefix;
        }
    }

    /** The scope of the module this scope belongs to; null in the standard library. */
    Scope module() {
        return module == null ? null : module.scope;
    }

    /** For a module's scope: the module around it (null for the crate root). */
    Scope parentModule() {
        return module == null ? null : module.parentModule;
    }

    boolean isModule() {
        return module != null && module.scope == this;
    }

    boolean isCrateRoot() {
        return isModule() && module.parentModule == null;
    }

    String moduleName() {
        return module == null ? null : module.name;
    }

    String symbolPrefix() {
        return module == null ? "" : module.symbolPrefix;
    }

    /** The module path as rustc prints it in `use` suggestions: `crate::a::b`. */
    String modulePath() {
        Scope m = module();
        if (m == null) {
            return "std";
        }
        return m.parentModule() == null ? "crate" : m.parentModule().modulePath() + "::" + m.moduleName();
    }

    /** Whether this scope's module is {@code ancestor} or inside it (what visibility restricted to {@code ancestor} allows). */
    boolean isWithin(Scope ancestor) {
        for (Scope m = module(); m != null; m = m.parentModule()) {
            if (m == ancestor) {
                return true;
            }
        }
        return false;
    }

    void define(String name, Binding b) {
        names.put(name, b);
    }

    void define(String name, Binding b, Decl decl) {
        names.put(name, b);
        valueDecls.put(name, decl);
    }

    void defineType(String name, AdtDef def) {
        types.put(name, def);
    }

    void defineType(String name, AdtDef def, Decl decl) {
        types.put(name, def);
        typeDecls.put(name, decl);
    }

    void defineTrait(String name, TraitDef t, Decl decl) {
        traits.put(name, t);
        typeDecls.put(name, decl);
    }

    void defineModule(String name, Scope m, Decl decl) {
        modules.put(name, m);
        typeDecls.put(name, decl);
    }

    void addGlob(Scope target, ItemVis vis) {
        globs.add(new GlobImport(target, vis));
    }

    /** How {@code name} was declared in this scope's namespace, or null. */
    Decl declHere(Namespace ns, String name) {
        return ns == Namespace.VALUE ? valueDecls.get(name) : typeDecls.get(name);
    }

    /** Every name declared here (not through globs), for suggestions and glob checks. */
    java.util.Set<String> namesHere(Namespace ns) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (ns == Namespace.VALUE) {
            out.addAll(names.keySet());
        } else {
            out.addAll(types.keySet());
            out.addAll(traits.keySet());
            out.addAll(modules.keySet());
        }
        return out;
    }

    // ---- one scope's own names, explicit ones first, then those of its glob imports ----

    /** A value named here (explicitly or through a glob import visible from {@code from}); null otherwise. */
    Binding valueHere(String name, java.util.Set<Scope> seen) {
        Binding b = names.get(name);
        if (b != null) {
            return b;
        }
        GlobHit<Binding> hit = throughGlobs(Namespace.VALUE, name, seen, (s, n, sn) -> s.valueHere(n, sn));
        return hit == null ? null : hit.value;
    }

    AdtDef typeHere(String name, java.util.Set<Scope> seen) {
        AdtDef d = types.get(name);
        if (d != null || traits.containsKey(name) || modules.containsKey(name)) {
            return d;
        }
        GlobHit<AdtDef> hit = throughGlobs(Namespace.TYPE, name, seen, (s, n, sn) -> s.typeHere(n, sn));
        return hit == null ? null : hit.value;
    }

    TraitDef traitHere(String name, java.util.Set<Scope> seen) {
        TraitDef t = traits.get(name);
        if (t != null || types.containsKey(name) || modules.containsKey(name)) {
            return t;
        }
        GlobHit<TraitDef> hit = throughGlobs(Namespace.TYPE, name, seen, (s, n, sn) -> s.traitHere(n, sn));
        return hit == null ? null : hit.value;
    }

    Scope moduleHere(String name, java.util.Set<Scope> seen) {
        Scope m = modules.get(name);
        if (m != null || types.containsKey(name) || traits.containsKey(name)) {
            return m;
        }
        GlobHit<Scope> hit = throughGlobs(Namespace.TYPE, name, seen, (s, n, sn) -> s.moduleHere(n, sn));
        return hit == null ? null : hit.value;
    }

    /** The declaration of a name found here or through this scope's globs (for visibility checks), or null. */
    Decl declFound(Namespace ns, String name, java.util.Set<Scope> seen) {
        Decl d = declHere(ns, name);
        if (d != null || (ns == Namespace.VALUE ? names.containsKey(name) : namesHere(Namespace.TYPE).contains(name))) {
            return d;
        }
        GlobHit<Decl> hit = throughGlobs(ns, name, seen, (s, n, sn) -> s.declFound(ns, n, sn));
        return hit == null ? null : hit.value().through(hit.glob().vis());
    }

    private record GlobHit<T>(T value, Decl decl, GlobImport glob) {
        GlobHit {
            java.util.Objects.requireNonNull(value);
        }
    }

    @FunctionalInterface
    private interface Finder<T> {
        T find(Scope s, String name, java.util.Set<Scope> seen);
    }

    /**
     * A name through this scope's glob imports: each glob brings the names of its module that are visible from
     * here (Rust's rule), so `use super::*` brings the parent's private items too. Cycles of globs are cut.
     */
    private <T> GlobHit<T> throughGlobs(Namespace ns, String name, java.util.Set<Scope> seen, Finder<T> finder) {
        if (globs.isEmpty()) {
            return null;
        }
        java.util.Set<Scope> visited = seen == null ? new java.util.HashSet<>() : seen;
        if (!visited.add(this)) {
            return null;
        }
        for (GlobImport g : globs) {
            T v = finder.find(g.target(), name, visited);
            if (v == null) {
                continue;
            }
            Decl d = g.target().declFound(ns, name, new java.util.HashSet<>(java.util.Set.of(this)));
            if (d != null && !d.vis().visibleFrom(this)) {
                continue;
            }
            return new GlobHit<>(v, d, g);
        }
        return null;
    }

    void defineTypeParam(String name, Type.Param p) {
        typeParams.put(name, p);
    }

    private final Map<String, Type.Param> constParams = new HashMap<>();

    /** {@code const N: usize} of an impl: usable as an array length ({@code [T; N]}). */
    void defineConstParam(String name, Type.Param p) {
        constParams.put(name, p);
    }

    Type.Param lookupConstParam(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Type.Param p = s.constParams.get(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private final Map<Integer, java.util.Set<String>> bounds = new HashMap<>();

    dev.wasmrust.compiler.source.Span boundSpan(int param, String trait) {
        for (Scope s = this; s != null; s = s.parent) {
            Map<String, dev.wasmrust.compiler.source.Span> m = s.boundSpans.get(param);
            if (m != null && m.containsKey(trait)) {
                return m.get(trait);
            }
        }
        return null;
    }

    void addBound(int param, String trait) {
        bounds.computeIfAbsent(param, k -> new java.util.HashSet<>()).add(trait);
    }

    private final Map<Integer, java.util.LinkedHashMap<String, dev.wasmrust.compiler.source.Span>> boundSpans = new HashMap<>();

    /** Where a bound was written ({@code Ord} in {@code T: Ord + Copy}), for "required by this bound". */
    void addBoundSpan(int param, String trait, dev.wasmrust.compiler.source.Span span) {
        boundSpans.computeIfAbsent(param, k -> new java.util.LinkedHashMap<>()).putIfAbsent(trait, span);
    }

    /** The written bounds of a generic parameter in the order they were written, with their spans. */
    java.util.LinkedHashMap<String, dev.wasmrust.compiler.source.Span> boundSpansOf(int param) {
        java.util.LinkedHashMap<String, dev.wasmrust.compiler.source.Span> out = new java.util.LinkedHashMap<>();
        for (Scope s = this; s != null; s = s.parent) {
            java.util.LinkedHashMap<String, dev.wasmrust.compiler.source.Span> b = s.boundSpans.get(param);
            if (b != null) {
                b.forEach(out::putIfAbsent);
            }
        }
        return out;
    }

    /** The trait names bounding the generic parameter numbered {@code param}. */
    java.util.Set<String> boundsOf(int param) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Scope s = this; s != null; s = s.parent) {
            java.util.Set<String> b = s.bounds.get(param);
            if (b != null) {
                out.addAll(b);
            }
        }
        return out;
    }

    private final Map<Integer, FnSig> fnBounds = new HashMap<>();
    private final Map<String, Type> aliases = new HashMap<>();
    private final Map<Integer, Map<String, Type>> assocBindings = new HashMap<>();

    /** {@code I: Iterator<Item = A>}: the parameter's associated type {@code name} is {@code t}. */
    void bindAssoc(int param, String name, Type t) {
        assocBindings.computeIfAbsent(param, k -> new HashMap<>()).put(name, t);
    }

    Type assocBinding(int param, String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Map<String, Type> m = s.assocBindings.get(param);
            if (m != null && m.containsKey(name)) {
                return m.get(name);
            }
        }
        return null;
    }
    private final Map<Integer, Map<String, java.util.List<Type>>> boundArgs = new HashMap<>();

    /**
     * A name standing for a type in this scope: a generic trait's parameter in an impl of it ({@code A} in
     * {@code impl FromIterator<char> for String}), or an impl's associated type ({@code Self::Item}).
     */
    void defineAlias(String name, Type t) {
        aliases.put(name, t);
    }

    Type lookupAlias(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Type t = s.aliases.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The type arguments of a generic trait bounding a parameter ({@code B: FromIterator<char>}). */
    void addBoundArgs(int param, String trait, java.util.List<Type> args) {
        boundArgs.computeIfAbsent(param, k -> new HashMap<>()).put(trait, java.util.List.copyOf(args));
    }

    java.util.List<Type> boundArgsOf(int param, String trait) {
        for (Scope s = this; s != null; s = s.parent) {
            Map<String, java.util.List<Type>> m = s.boundArgs.get(param);
            if (m != null && m.containsKey(trait)) {
                return m.get(trait);
            }
        }
        return java.util.List.of();
    }
    private final Map<dev.wasmrust.compiler.ast.Ty, Type.Param> implTraits = new java.util.IdentityHashMap<>();

    void defineImplTrait(dev.wasmrust.compiler.ast.Ty ty, Type.Param p) {
        implTraits.put(ty, p);
    }

    /** The anonymous generic parameter an argument-position {@code impl Trait} stands for, or null. */
    Type.Param lookupImplTrait(dev.wasmrust.compiler.ast.Ty ty) {
        for (Scope s = this; s != null; s = s.parent) {
            Type.Param p = s.implTraits.get(ty);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    void addFnBound(int param, FnSig sig) {
        fnBounds.put(param, sig);
    }

    /** The {@code Fn*} bound of the generic parameter numbered {@code param}, or null. */
    FnSig fnBoundOf(int param) {
        for (Scope s = this; s != null; s = s.parent) {
            FnSig b = s.fnBounds.get(param);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** Every generic parameter in scope, ordered by number (a closure's type is parameterized by them). */
    java.util.List<Type.Param> allTypeParams() {
        java.util.TreeMap<Integer, Type.Param> out = new java.util.TreeMap<>();
        for (Scope s = this; s != null; s = s.parent) {
            for (Type.Param p : s.typeParams.values()) {
                out.putIfAbsent(p.index(), p);
            }
        }
        return new java.util.ArrayList<>(out.values());
    }

    private final Map<Type.Projection, java.util.Set<String>> projectionBounds = new HashMap<>();

    /** A where-clause on an associated type of a parameter: {@code I::Item: Debug}. */
    void addProjectionBound(Type.Projection proj, String trait) {
        projectionBounds.computeIfAbsent(proj, k -> new java.util.HashSet<>()).add(trait);
    }

    boolean hasProjectionBound(Type.Projection proj, String trait) {
        for (Scope s = this; s != null; s = s.parent) {
            java.util.Set<String> b = s.projectionBounds.get(proj);
            if (b != null && b.contains(trait)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the generic parameter numbered {@code param} is bounded by {@code trait} where it is declared. */
    boolean hasBound(int param, String trait) {
        for (Scope s = this; s != null; s = s.parent) {
            java.util.Set<String> b = s.bounds.get(param);
            if (b != null && b.contains(trait)) {
                return true;
            }
        }
        return false;
    }

    /** A generic parameter in scope (items nested in a generic function cannot see its parameters: E0401). */
    Type.Param lookupTypeParam(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Type.Param p = s.typeParams.get(name);
            if (p != null) {
                return p;
            }
            if (s.types.containsKey(name) || s.isModule()) {
                return null;
            }
        }
        return null;
    }

    /** Types are items: visible across function boundaries. */
    AdtDef lookupType(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            AdtDef d = s.typeHere(name, null);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A module named by a path's first segment: declared or imported in an enclosing scope of this module. */
    Scope lookupModule(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Scope m = s.moduleHere(name, null);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Names of every type visible here (for "similar name" suggestions). */
    java.util.List<String> visibleTypeNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            out.addAll(s.types.keySet());
        }
        return out;
    }

    /** A lookup result: the binding and whether reaching it crossed a function boundary. */
    record Found(Binding binding, boolean crossedFn) {}

    Found lookup(String name) {
        boolean crossed = false;
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.valueHere(name, null);
            if (b != null) {
                return new Found(b, crossed);
            }
            if (s.fnBoundary) {
                crossed = true;
            }
        }
        return null;
    }

    /** Names of locals visible without crossing a function boundary (for "similar name" suggestions). */
    java.util.List<String> visibleLocalNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            for (Map.Entry<String, Binding> e : s.names.entrySet()) {
                if (e.getValue() instanceof LocalBinding) {
                    out.add(e.getKey());
                }
            }
            if (s.fnBoundary) {
                break;
            }
        }
        return out;
    }
}
