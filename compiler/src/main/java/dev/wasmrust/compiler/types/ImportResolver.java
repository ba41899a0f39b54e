package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the `use` declarations of a crate (or a block) once every module's own names are declared. Like
 * rustc it iterates to a fixed point, since an import may name what another import (or a glob) brings in;
 * what is still unresolved then is reported (E0432, E0433). An imported name is defined in the importing
 * scope with the `use`'s visibility, so `pub use` re-exports it; duplicates are E0252 (two imports) and
 * E0255 (an import and an item).
 */
final class ImportResolver {
    private final TypeChecker tc;

    ImportResolver(TypeChecker tc) {
        this.tc = tc;
    }

    /**
     * One imported name: {@code segments} is the full path (`a::b::c`), {@code glob} for `a::b::*`; the name
     * bound is {@code rename} or the last segment. {@code span} is the use tree's, where errors point.
     */
    private record Directive(Scope into, List<Ident> segments, Ident rename, boolean glob, ItemVis vis, Span span) {
        Ident last() {
            return segments.get(segments.size() - 1);
        }

        String bindingName() {
            return rename != null ? rename.name() : last().name();
        }

        String pathText(int upTo) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < upTo; i++) {
                sb.append(i > 0 ? "::" : "").append(segments.get(i).name());
            }
            return sb.toString();
        }
    }

    private enum Outcome { DONE, WAIT }

    void resolve(List<TypeChecker.Declared> declared) {
        List<Directive> pending = new ArrayList<>();
        for (TypeChecker.Declared d : declared) {
            for (Item.Use u : d.items().uses()) {
                flatten(d.scope(), tc.visibility(u.vis(), d.scope()), List.of(), u.tree(), pending);
            }
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            List<Directive> still = new ArrayList<>();
            for (Directive d : pending) {
                if (attempt(d, false) == Outcome.DONE) {
                    progress = true;
                } else {
                    still.add(d);
                }
            }
            pending = still;
        }
        for (Directive d : pending) {
            attempt(d, true);
        }
    }

    private void flatten(Scope into, ItemVis vis, List<Ident> prefix, Item.UseTree tree, List<Directive> out) {
        List<Ident> path = new ArrayList<>(prefix);
        if (tree instanceof Item.UseTree.Simple sm) {
            for (PathSegment seg : sm.path().segments()) {
                path.add(seg.ident());
            }
            if (path.size() > 1 && path.get(path.size() - 1).name().equals("self")) {
                // `use a::{self}` imports the module `a`
                path.remove(path.size() - 1);
            }
            if (sm.rename() != null && sm.rename().name().equals("_")) {
                return; // `use Trait as _` only brings methods into scope, which trait impls provide anyway
            }
            out.add(new Directive(into, List.copyOf(path), sm.rename(), false, vis, sm.span()));
        } else if (tree instanceof Item.UseTree.Glob g) {
            for (PathSegment seg : g.prefix().segments()) {
                path.add(seg.ident());
            }
            out.add(new Directive(into, List.copyOf(path), null, true, vis, g.span()));
        } else if (tree instanceof Item.UseTree.Nested n) {
            for (PathSegment seg : n.prefix().segments()) {
                path.add(seg.ident());
            }
            for (Item.UseTree t : n.trees()) {
                flatten(into, vis, path, t, out);
            }
        }
    }

    private static boolean isStd(String first) {
        return first.equals("std") || first.equals("core") || first.equals("alloc");
    }

    /** Resolves one import; with {@code report} false, whatever is not found yet is left for a later round. */
    private Outcome attempt(Directive d, boolean report) {
        List<Ident> segs = d.segments();
        if (segs.isEmpty()) {
            return Outcome.DONE;
        }
        if (isStd(segs.get(0).name())) {
            Scope module = stdModule(d);
            if (module == null) {
                importStd(d);
                return Outcome.DONE;
            }
            if (d.glob()) {
                d.into().addGlob(module, d.vis());
                return Outcome.DONE;
            }
            return importName(d, module, true);
        }
        int moduleSegments = d.glob() ? segs.size() : segs.size() - 1;
        Scope here = d.into();
        Scope cur;
        int i;
        String first = segs.get(0).name();
        if (first.equals("crate")) {
            cur = tc.crateRoot;
            i = 1;
        } else if (first.equals("self") || first.equals("super")) {
            cur = here.module();
            i = first.equals("self") ? 1 : 0;
        } else {
            cur = null;
            i = 0;
        }
        if (cur == null && moduleSegments > 0) {
            // the first segment is a name in scope: a module, or an enum whose variants are imported
            cur = here.lookupModule(first);
            if (cur == null) {
                AdtDef en = here.lookupType(first);
                if (en != null && en.isEnum() && moduleSegments == 1) {
                    return importVariants(d, en, report);
                }
                if (!report) {
                    return Outcome.WAIT;
                }
                unresolvedFirst(d, segs.get(0));
                poison(d);
                return Outcome.DONE;
            }
            i = 1;
        } else if (cur == null) {
            // `use name;` of a single segment: in Rust 2018 that names an external crate
            if (report) {
                tc.diags.report(Diagnostic.error("E0432", "unresolved import `" + first + "`")
                        .primary(d.span(), "no external crate `" + first + "`"));
            }
            return report ? Outcome.DONE : Outcome.WAIT;
        }
        for (; i < moduleSegments; i++) {
            Ident seg = segs.get(i);
            if (seg.name().equals("super")) {
                if (cur.parentModule() == null) {
                    tc.diags.report(Diagnostic.error("E0433", "too many leading `super` keywords")
                            .primary(seg.span(), "there are too many leading `super` keywords"));
                    return Outcome.DONE;
                }
                cur = cur.parentModule();
                continue;
            }
            Scope next = cur.moduleHere(seg.name(), null);
            if (next == null) {
                AdtDef en = cur.typeHere(seg.name(), null);
                if (en != null && en.isEnum() && i == moduleSegments - 1) {
                    checkVisible(cur, Namespace.TYPE, seg, here);
                    return importVariants(d, en, report);
                }
                if (!report) {
                    return Outcome.WAIT;
                }
                tc.diags.report(Diagnostic.error("E0432", "unresolved import `" + d.pathText(i + 1) + "`")
                        .primary(seg.span(), "could not find `" + seg.name() + "` in " + PathResolver.describe(cur)));
                poison(d);
                return Outcome.DONE;
            }
            checkVisible(cur, Namespace.TYPE, seg, here);
            cur = next;
        }
        if (d.glob()) {
            if (cur == here) {
                return Outcome.DONE;
            }
            here.addGlob(cur, d.vis());
            return Outcome.DONE;
        }
        return importName(d, cur, report);
    }

    /** Imports the last segment from module {@code from}, in every namespace it has a meaning in. */
    private Outcome importName(Directive d, Scope from, boolean report) {
        Ident last = d.last();
        String name = last.name();
        Scope.Binding value = from.valueHere(name, null);
        AdtDef type = from.typeHere(name, null);
        TraitDef trait = from.traitHere(name, null);
        Scope module = from.moduleHere(name, null);
        if (value == null && type == null && trait == null && module == null) {
            if (!report) {
                return Outcome.WAIT;
            }
            Diagnostic.Builder b = Diagnostic.error("E0432", "unresolved import `" + d.pathText(d.segments().size()) + "`");
            java.util.List<String> candidates = new java.util.ArrayList<>(from.namesHere(Namespace.VALUE));
            candidates.addAll(from.namesHere(Namespace.TYPE));
            String similar = Similarity.closest(name, candidates);
            b.primary(d.span(), "no `" + name + "` in " + PathResolver.describe(from));
            if (similar != null) {
                b.suggestion(last.span(), "a similar name exists in the module", similar);
            }
            tc.diags.report(b);
            poison(d);
            return Outcome.DONE;
        }
        Scope into = d.into();
        String bind = d.bindingName();
        boolean reported = false;
        if (value != null) {
            Decl decl = from.declFound(Namespace.VALUE, name, null);
            reported = !visible(decl, last, into, false);
            if (define(into, Namespace.VALUE, bind, d, decl)) {
                into.define(bind, value, imported(decl, d, name, "value"));
            }
        }
        if (type != null || trait != null || module != null) {
            Decl decl = from.declFound(Namespace.TYPE, name, null);
            visible(decl, last, into, reported);
            if (define(into, Namespace.TYPE, bind, d, decl)) {
                Decl imported = imported(decl, d, name, "type");
                if (type != null) {
                    into.defineType(bind, type, imported);
                } else if (trait != null) {
                    into.defineTrait(bind, trait, imported);
                } else {
                    into.defineModule(bind, module, imported);
                }
            }
        }
        return Outcome.DONE;
    }

    /** After a failed import its name is still bound, to an error, so that its uses are not reported again. */
    private static void poison(Directive d) {
        if (!d.glob() && d.into().declHere(Namespace.VALUE, d.bindingName()) == null) {
            d.into().define(d.bindingName(), new Scope.ErrorBinding(), new Decl(d.vis(), "import", d.bindingName(), d.span(),
                    d.span()));
        }
    }

    private static Decl imported(Decl decl, Directive d, String name, String kind) {
        return decl != null ? decl.importedAt(d.vis(), d.span()) : new Decl(d.vis(), kind, name, d.span(), d.span());
    }

    /** E0603 when {@code decl} is not visible from {@code into}'s module (reported once per import). */
    private boolean visible(Decl decl, Ident at, Scope into, boolean alreadyReported) {
        if (decl == null || decl.vis().visibleFrom(into)) {
            return true;
        }
        if (!alreadyReported) {
            PathResolver.reportPrivate(tc, decl, at.span(), null);
        }
        return false;
    }

    private void checkVisible(Scope in, Namespace ns, Ident seg, Scope from) {
        Decl decl = in.declFound(ns, seg.name(), null);
        visible(decl, seg, from, false);
    }

    /**
     * Whether {@code name} may be defined in {@code into}'s namespace: E0252 if another import defined it there,
     * E0255 if an item of the module did (rustc then points at the item as the redefinition).
     */
    private boolean define(Scope into, Namespace ns, String name, Directive d, Decl incoming) {
        Decl prev = into.declHere(ns, name);
        if (prev == null) {
            return true;
        }
        if (incoming != null && prev.isImport() && prev.defSpan().equals(incoming.defSpan())) {
            return false; // the same item imported twice through different paths is allowed
        }
        String renameAt = " as other_" + name;
        Span renameSpan = d.rename() != null ? d.span().shrinkToHi() : d.last().span().shrinkToHi();
        Diagnostic.Builder b;
        if (prev.isImport()) {
            b = Diagnostic.error("E0252", "the name `" + name + "` is defined multiple times")
                    .primary(d.span(), "`" + name + "` reimported here")
                    .secondary(prev.importSpan(), "previous import of the " + ns.word() + " `" + name + "` here");
        } else {
            b = Diagnostic.error("E0255", "the name `" + name + "` is defined multiple times")
                    .primary(prev.defSpan(), "`" + name + "` redefined here")
                    .secondary(d.span(), "previous import of the " + ns.word() + " `" + name + "` here");
        }
        b.note("`" + name + "` must be defined only once in the " + ns.word() + " namespace of this module");
        if (d.rename() == null) {
            b.suggestion(renameSpan, "you can use `as` to change the binding name of the import", renameAt);
        }
        tc.diags.report(b);
        return false;
    }

    /** `use Enum::{A, B}` or `use Enum::*`: variants become values in scope. */
    private Outcome importVariants(Directive d, AdtDef en, boolean report) {
        Scope into = d.into();
        if (d.glob()) {
            for (int v = 0; v < en.variants().size(); v++) {
                String vn = en.variants().get(v).name();
                if (into.declHere(Namespace.VALUE, vn) == null) {
                    into.define(vn, new Scope.CtorBinding(en, v), new Decl(d.vis(), "variant", vn, en.variants().get(v).span(),
                            d.span()));
                }
            }
            return Outcome.DONE;
        }
        int v = en.variantIndex(d.last().name());
        if (v < 0) {
            if (!report) {
                return Outcome.WAIT;
            }
            tc.diags.report(Diagnostic.error("E0432", "unresolved import `" + d.pathText(d.segments().size()) + "`")
                    .primary(d.span(), "no `" + d.last().name() + "` in `" + en.name() + "`"));
            return Outcome.DONE;
        }
        Decl decl = new Decl(d.vis(), "variant", d.last().name(), en.variants().get(v).span(), d.span());
        if (define(into, Namespace.VALUE, d.bindingName(), d, decl)) {
            into.define(d.bindingName(), new Scope.CtorBinding(en, v), decl);
        }
        return Outcome.DONE;
    }

    /**
     * The module of the standard library's source that a `use std::io::stdin;` or `use std::io::prelude::*;`
     * imports from (`io`, `display`), walked down as far as the source has modules; null when the path names
     * no such module (most of std is one namespace: `use std::collections::HashMap;` needs no import).
     */
    private Scope stdModule(Directive d) {
        List<Ident> segs = d.segments();
        int moduleSegments = d.glob() ? segs.size() : segs.size() - 1;
        if (moduleSegments < 2 || tc.preludeScope == null) {
            return null;
        }
        Scope cur = tc.preludeScope.moduleHere(segs.get(1).name(), null);
        for (int i = 2; cur != null && i < moduleSegments; i++) {
            Scope next = cur.moduleHere(segs.get(i).name(), null);
            if (next == null) {
                // `std::io::prelude::*`: rustc's re-export module of the traits, which this library's `io` holds itself
                return segs.get(i).name().equals("prelude") && i == moduleSegments - 1 ? cur : null;
            }
            cur = next;
        }
        return cur;
    }

    /**
     * `use std::...`: the standard library's items are in scope already, so only a renamed import needs defining;
     * module paths (`use std::fmt;`) keep working through the standard-path rules of the type checker.
     */
    private void importStd(Directive d) {
        if (d.glob() || d.rename() == null) {
            return;
        }
        String name = d.last().name();
        Scope prelude = tc.preludeScope;
        Scope.Found f = prelude.lookup(name);
        if (f != null) {
            d.into().define(d.rename().name(), f.binding());
        }
        AdtDef t = prelude.lookupType(name);
        if (t != null) {
            d.into().defineType(d.rename().name(), t);
        }
        TraitDef tr = prelude.lookupTrait(name);
        if (tr != null) {
            d.into().defineTrait(d.rename().name(), tr);
        }
    }

    private void unresolvedFirst(Directive d, Ident first) {
        Diagnostic.Builder b = Diagnostic.error("E0432", "unresolved import `" + first.name() + "`")
                .primary(first.span(), "use of unresolved module or unlinked crate `" + first.name() + "`");
        String similar = Similarity.closest(first.name(), PathResolver.visibleModuleNames(d.into()));
        if (similar != null) {
            b.suggestion(first.span(), "there is a crate or module with a similar name", similar);
        } else {
            b.help("you might be missing a crate named `" + first.name() + "`");
        }
        tc.diags.report(b);
    }
}
