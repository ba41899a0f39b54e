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

    final Scope parent;
    final boolean fnBoundary;
    private final Map<String, Binding> names = new HashMap<>();
    private final Map<String, AdtDef> types = new HashMap<>();
    private final Map<String, Type.Param> typeParams = new HashMap<>();
    private final Map<String, TraitDef> traits = new HashMap<>();

    void defineTrait(String name, TraitDef t) {
        traits.put(name, t);
    }

    TraitDef lookupTrait(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            TraitDef t = s.traits.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    Scope(Scope parent, boolean fnBoundary) {
        this.parent = parent;
        this.fnBoundary = fnBoundary;
    }

    void define(String name, Binding b) {
        names.put(name, b);
    }

    void defineType(String name, AdtDef def) {
        types.put(name, def);
    }

    void defineTypeParam(String name, Type.Param p) {
        typeParams.put(name, p);
    }

    private final Map<Integer, java.util.Set<String>> bounds = new HashMap<>();

    void addBound(int param, String trait) {
        bounds.computeIfAbsent(param, k -> new java.util.HashSet<>()).add(trait);
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
            if (s.types.containsKey(name)) {
                return null;
            }
        }
        return null;
    }

    /** Types are items: visible across function boundaries. */
    AdtDef lookupType(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            AdtDef d = s.types.get(name);
            if (d != null) {
                return d;
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
            Binding b = s.names.get(name);
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
