package dev.wasmrust.compiler.resolve;

import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolve phase's entry point: collects the items of a crate (and, on demand, of a block) and
 * reports duplicate definitions (E0428) and item kinds the compiler does not support yet.
 */
public final class Resolver {
    private Resolver() {}

    public static ItemScope resolveCrate(Crate crate, Diagnostics diags) {
        return collect(crate.items(), diags);
    }

    public static ItemScope collect(List<Item> items, Diagnostics diags) {
        Map<String, Item.Fn> fns = new LinkedHashMap<>();
        Map<String, Item.Const> consts = new LinkedHashMap<>();
        Map<String, Span> seen = new HashMap<>();
        Map<String, Span> seenTypes = new HashMap<>();
        List<Item> types = new ArrayList<>();
        List<Item.Impl> impls = new ArrayList<>();
        List<Item.Trait> traits = new ArrayList<>();
        List<Item.Use> uses = new ArrayList<>();
        List<Item.Mod> mods = new ArrayList<>();
        java.util.Set<String> statics = new java.util.HashSet<>();
        for (Item item : items) {
            if (item instanceof Item.Fn f) {
                if (define(seen, f.name(), "value", diags)) {
                    fns.put(f.name().name(), f);
                }
            } else if (item instanceof Item.Const c) {
                if (!c.name().name().equals("_") && define(seen, c.name(), "value", diags)) {
                    consts.put(c.name().name(), c);
                }
            } else if (item instanceof Item.Struct st) {
                boolean ctor = !(st.data() instanceof Item.VariantData.Named);
                if (define(seenTypes, st.name(), "type", diags) && (!ctor || define(seen, st.name(), "value", diags))) {
                    types.add(st);
                }
            } else if (item instanceof Item.Enum en) {
                if (define(seenTypes, en.name(), "type", diags)) {
                    types.add(en);
                }
            } else if (item instanceof Item.Impl im) {
                impls.add(im);
            } else if (item instanceof Item.Trait tr) {
                if (define(seenTypes, tr.name(), "type", diags)) {
                    traits.add(tr);
                }
            } else if (item instanceof Item.Use u) {
                uses.add(u);
            } else if (item instanceof Item.Mod m) {
                // a `mod m;` whose file is missing was reported (E0583) by the parser
                if (define(seenTypes, m.name(), "module", diags, headerSpan(m))) {
                    mods.add(m);
                }
            } else if (item instanceof Item.Static st && !st.mutability().isMut()) {
                if (define(seen, st.name(), "value", diags)) {
                    consts.put(st.name().name(), new Item.Const(st.attrs(), st.vis(), st.name(),
                            dev.wasmrust.compiler.ast.Generics.empty(st.name().span().shrinkToHi()), st.ty(), st.value(), st.span()));
                    statics.add(st.name().name());
                }
            } else if (item instanceof Item.MacroRules) {
                // expanded already (macros/): a definition names nothing the later phases look up
            } else if (!(item instanceof Item.Error)) {
                unsupported(item, diags);
            }
        }
        return new ItemScope(fns, consts, types, impls, traits, uses, mods, statics);
    }

    private static boolean define(Map<String, Span> seen, Ident name, String ns, Diagnostics diags) {
        return define(seen, name, ns, diags, name.span());
    }

    /** Records a name of a namespace; E0428 if the module or block has it already ({@code what}: "module", "value", "type"). */
    private static boolean define(Map<String, Span> seen, Ident name, String what, Diagnostics diags, Span at) {
        Span prev = seen.putIfAbsent(name.name(), at);
        if (prev == null) {
            return true;
        }
        String ns = what.equals("value") ? "value" : "type";
        diags.report(Diagnostic.error("E0428", "the name `" + name.name() + "` is defined multiple times")
                .primary(at, "`" + name.name() + "` redefined here")
                .secondary(prev, "previous definition of the " + what + " `" + name.name() + "` here")
                .note("`" + name.name() + "` must be defined only once in the " + ns + " namespace of this module"));
        return false;
    }

    /** `mod m`, `pub struct S`: an item from its start to the end of its name, as rustc points at a definition. */
    public static Span headerSpan(Item item) {
        return new Span(item.span().file(), item.span().lo(), item.name().span().hi());
    }

    private static String describe(Item item) {
        if (item instanceof Item.Struct) {
            return "`struct` items";
        } else if (item instanceof Item.Enum) {
            return "`enum` items";
        } else if (item instanceof Item.Union) {
            return "`union` items";
        } else if (item instanceof Item.Trait) {
            return "traits";
        } else if (item instanceof Item.Impl) {
            return "`impl` blocks";
        } else if (item instanceof Item.TypeAlias) {
            return "type aliases";
        } else if (item instanceof Item.Static) {
            return "`static` items";
        } else if (item instanceof Item.Mod) {
            return "modules";
        } else if (item instanceof Item.Use) {
            return "`use` declarations";
        } else if (item instanceof Item.ExternCrate) {
            return "`extern crate` items";
        } else if (item instanceof Item.ExternBlock) {
            return "`extern` blocks";
        } else if (item instanceof Item.MacroRules) {
            return "`macro_rules!` definitions";
        } else if (item instanceof Item.MacroItem) {
            return "macro invocations in item position";
        }
        return "items of this kind";
    }

    /** Reports an item kind outside the supported subset, pointing at its header rather than its whole body. */
    public static void unsupported(Item item, Diagnostics diags) {
        String what = describe(item);
        Span at = item.name() != null ? item.span().to(item.name().span()) : item.span();
        if (item.name() != null) {
            at = new Span(item.span().file(), item.span().lo(), item.name().span().hi());
        }
        diags.report(Diagnostic.error(what + " are not supported yet").primary(at, "not supported yet")
                .note("WasmRust compiles a growing subset of Rust; see README.md for what works today"));
    }
}
