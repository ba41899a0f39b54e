package dev.wasmrust.repl.analysis;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.repl.engine.Completion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What can follow {@code value.} or {@code Type::}, read from item declarations (the standard library's
 * Rust source and the session's items): inherent methods, methods of implemented traits (default methods
 * included, so every iterator offers {@code map}), associated functions and constants, enum variants.
 * Types are keyed by their head name ({@code Vec}, {@code i32}, {@code str}, {@code []} for slices/arrays).
 */
public final class MemberIndex {
    private final Map<String, Map<String, Completion>> methods = new LinkedHashMap<>();
    private final Map<String, Map<String, Completion>> associated = new LinkedHashMap<>();
    private final Map<String, Set<String>> traitsOf = new LinkedHashMap<>();
    private final Map<String, Map<String, Completion>> traitMethods = new LinkedHashMap<>();
    private final Map<String, List<Completion>> variants = new LinkedHashMap<>();
    private final Map<String, List<Item>> modules = new LinkedHashMap<>();
    private final Map<String, String> topLevel = new LinkedHashMap<>();
    private final SourceMap sources;

    private MemberIndex(SourceMap sources) {
        this.sources = sources;
    }

    public static MemberIndex of(List<Item> items, SourceMap sources) {
        MemberIndex ix = new MemberIndex(sources);
        for (Item i : items) {
            ix.add(i, "");
        }
        return ix;
    }

    private void add(Item item, String modPrefix) {
        if (item instanceof Item.Impl impl) {
            String head = head(impl.selfTy());
            if (head == null) {
                return;
            }
            if (impl.trait() != null && !impl.trait().segments().isEmpty()) {
                String trait = impl.trait().segments().get(impl.trait().segments().size() - 1).ident().name();
                traitsOf.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(trait);
            }
            for (Item member : impl.items()) {
                addMember(head, member, impl.trait() == null);
            }
        } else if (item instanceof Item.Trait t) {
            Map<String, Completion> ms = traitMethods.computeIfAbsent(t.name().name(), k -> new LinkedHashMap<>());
            for (Item member : t.items()) {
                if (member instanceof Item.Fn f && f.selfParam() != null && visible(f.name().name())) {
                    ms.putIfAbsent(f.name().name(), new Completion(f.name().name(), "method", signature(f)));
                }
            }
            topLevel.putIfAbsent(t.name().name(), "trait");
        } else if (item instanceof Item.Enum e) {
            List<Completion> vs = new ArrayList<>();
            e.variants().forEach(v -> vs.add(new Completion(v.name().name(), "variant", e.name().name() + "::" + v.name().name())));
            variants.put(e.name().name(), vs);
            topLevel.putIfAbsent(e.name().name(), "enum");
        } else if (item instanceof Item.Mod m) {
            modules.put(modPrefix + m.name().name(), m.items());
            topLevel.putIfAbsent(m.name().name(), "mod");
            for (Item inner : m.items()) {
                add(inner, modPrefix + m.name().name() + "::");
            }
        } else if (item.name() != null && modPrefix.isEmpty() && visible(item.name().name())) {
            topLevel.putIfAbsent(item.name().name(), ParsedCell.kindOf(item));
        }
    }

    private void addMember(String head, Item member, boolean inherent) {
        if (member instanceof Item.Fn f && visible(f.name().name())) {
            String name = f.name().name();
            Completion c = new Completion(name, f.selfParam() != null ? "method" : "fn", signature(f));
            (f.selfParam() != null ? methods : associated).computeIfAbsent(head, k -> new LinkedHashMap<>()).putIfAbsent(name, c);
        } else if (member instanceof Item.Const k && inherent && visible(k.name().name())) {
            associated.computeIfAbsent(head, x -> new LinkedHashMap<>())
                    .putIfAbsent(k.name().name(), new Completion(k.name().name(), "const", ""));
        }
    }

    /** Helpers of the standard library's source start with `_`; users never call them. */
    private static boolean visible(String name) {
        return !name.startsWith("_");
    }

    private String signature(Item.Fn f) {
        try {
            var file = sources.file(f.span());
            int end = f.body() != null ? f.body().span().lo() : f.span().hi();
            return file.text().substring(f.span().lo(), end).replaceAll("\\s+", " ").replaceFirst("^pub(\\([^)]*\\))? ", "").strip()
                    .replaceAll(";$", "");
        } catch (RuntimeException e) {
            return "fn " + f.name().name();
        }
    }

    /** The head name of a written type: {@code Vec<T>} → Vec, {@code &str} → str, {@code [T]} → []. */
    static String head(Ty ty) {
        if (ty instanceof Ty.PathTy p && !p.path().segments().isEmpty()) {
            return p.path().segments().get(p.path().segments().size() - 1).ident().name();
        } else if (ty instanceof Ty.RefTy r) {
            return head(r.inner());
        } else if (ty instanceof Ty.SliceTy || ty instanceof Ty.ArrayTy) {
            return "[]";
        } else if (ty instanceof Ty.ParenTy p) {
            return head(p.inner());
        }
        return null;
    }

    /** The head name of a checked type. */
    static String head(Type t) {
        if (t instanceof Type.Ref r) {
            return head(r.inner());
        } else if (t instanceof Type.Adt a) {
            return a.def().name();
        } else if (t instanceof Type.Slice || t instanceof Type.Array) {
            return "[]";
        } else if (t instanceof Type.Str) {
            return "str";
        } else if (t instanceof Type.Int || t instanceof Type.Float || t instanceof Type.Bool || t instanceof Type.Char) {
            return t.toString();
        }
        return null;
    }

    /** Fields and methods of a value of type {@code t}, auto-deref included ({@code String} offers {@code str}'s). */
    public List<Completion> members(Type t) {
        Map<String, Completion> out = new LinkedHashMap<>();
        Type base = t;
        while (base instanceof Type.Ref r) {
            base = r.inner();
        }
        if (base instanceof Type.Adt a && a.def().kind() == AdtDef.Kind.STRUCT) {
            for (AdtDef.Field f : a.def().struct().fields()) {
                if (!f.name().isEmpty() && !Character.isDigit(f.name().charAt(0))) {
                    out.putIfAbsent(f.name(), new Completion(f.name(), "field", f.type().toString()));
                }
            }
        } else if (base instanceof Type.Tuple tup) {
            for (int i = 0; i < tup.elems().size(); i++) {
                out.putIfAbsent(String.valueOf(i), new Completion(String.valueOf(i), "field", tup.elems().get(i).toString()));
            }
        }
        String head = head(base);
        if (head != null) {
            methodsOf(head, out);
            if (head.equals("Vec")) {
                methodsOf("[]", out);
            } else if (head.equals("String")) {
                methodsOf("str", out);
            }
        }
        return List.copyOf(out.values());
    }

    private void methodsOf(String head, Map<String, Completion> out) {
        methods.getOrDefault(head, Map.of()).forEach(out::putIfAbsent);
        for (String trait : traitsOf.getOrDefault(head, Set.of())) {
            traitMethods.getOrDefault(trait, Map.of()).forEach(out::putIfAbsent);
        }
    }

    /** What may follow {@code name::}: variants, associated functions and constants, or a module's items. */
    public List<Completion> pathMembers(String path) {
        Map<String, Completion> out = new LinkedHashMap<>();
        String last = path.contains("::") ? path.substring(path.lastIndexOf("::") + 2) : path;
        variants.getOrDefault(last, List.of()).forEach(c -> out.putIfAbsent(c.value(), c));
        associated.getOrDefault(last, Map.of()).forEach(out::putIfAbsent);
        List<Item> mod = modules.get(path.replaceFirst("^(crate|self)::", ""));
        if (mod != null) {
            for (Item i : mod) {
                if (i.name() != null) {
                    out.putIfAbsent(i.name().name(), new Completion(i.name().name(), ParsedCell.kindOf(i), ""));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Top-level names (the standard library's types, traits and functions) with their kinds. */
    public Map<String, String> topLevel() {
        return topLevel;
    }

    public boolean defines(String name) {
        return topLevel.containsKey(name) || methods.containsKey(name) || associated.containsKey(name)
                || traitMethods.containsKey(name);
    }
}
