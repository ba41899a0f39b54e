package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves paths of two or more segments through modules: `m::f`, `crate::a::B`, `self::f`, `super::super::C`,
 * `m::Type::assoc` (whose last segment is then relative to the type). Each module step checks visibility
 * (E0603); a missing module is E0433. Paths that do not start with a module (locals, `Self`, types in scope,
 * the standard library's paths) are left to the type checker's own rules ({@link Res.Unknown}).
 */
final class PathResolver {
    private final TypeChecker tc;

    PathResolver(TypeChecker tc) {
        this.tc = tc;
    }

    sealed interface Res {
        /** A module, function, constant or constructor, type or trait found at the end of the path. */
        record Module(Scope module) implements Res {}

        record Value(Scope.Binding binding) implements Res {}

        record TypeDef(AdtDef def) implements Res {}

        record Trait(TraitDef def) implements Res {}

        /** The path names a type at segment {@code index - 1}; segments from {@code index} on are relative to it. */
        record TypeRelative(AdtDef owner, int index) implements Res {}

        /** The modules resolved but the last segment is not in {@code module}: the caller words the error. */
        record NotFound(Scope module) implements Res {}

        /** An error was reported. */
        record Failed() implements Res {}

        /** Not a path through modules; the caller's other rules apply. */
        record Unknown() implements Res {}
    }

    /** How rustc names a module in messages: `` `m` `` or "the crate root". */
    static String describe(Scope module) {
        return module.isCrateRoot() ? "the crate root" : "`" + module.moduleName() + "`";
    }

    Res resolve(Path path, Namespace ns) {
        List<PathSegment> segs = path.segments();
        int n = segs.size();
        if (path.global() || n < 2) {
            return new Res.Unknown();
        }
        Scope here = tc.scope;
        String first = segs.get(0).ident().name();
        Scope cur;
        int i;
        if (first.equals("crate")) {
            cur = tc.crateRoot;
            i = 1;
        } else if (first.equals("self") || first.equals("super")) {
            cur = here.module();
            i = first.equals("self") ? 1 : 0;
            if (cur == null) {
                return new Res.Unknown();
            }
        } else {
            cur = here.lookupModule(first);
            if (cur == null) {
                if (startsOtherwise(first, here)) {
                    return new Res.Unknown();
                }
                undeclared(segs.get(0));
                return new Res.Failed();
            }
            i = 1;
        }
        PrivateModule privateModule = null;
        for (; i < n - 1; i++) {
            PathSegment seg = segs.get(i);
            String s = seg.ident().name();
            if (s.equals("super")) {
                if (cur.parentModule() == null) {
                    tc.diags.report(Diagnostic.error("E0433", "too many leading `super` keywords")
                            .primary(seg.ident().span(), "there are too many leading `super` keywords"));
                    return new Res.Failed();
                }
                cur = cur.parentModule();
                continue;
            }
            Scope next = cur.moduleHere(s, null);
            if (next != null) {
                Decl d = cur.declFound(Namespace.TYPE, s, null);
                if (privateModule == null && d != null && !d.vis().visibleFrom(here)) {
                    privateModule = new PrivateModule(d, seg.ident().span());
                }
                cur = next;
                continue;
            }
            AdtDef def = cur.typeHere(s, null);
            if (def != null) {
                Decl d = cur.declFound(Namespace.TYPE, s, null);
                if (privateModule != null) {
                    reportPrivate(tc, privateModule.decl(), privateModule.at(), null);
                } else if (d != null && !d.vis().visibleFrom(here)) {
                    reportPrivate(tc, d, seg.ident().span(), null);
                }
                return new Res.TypeRelative(def, i + 1);
            }
            tc.diags.report(Diagnostic.error("E0433", "cannot find `" + s + "` in " + describe(cur))
                    .primary(seg.ident().span(), "could not find `" + s + "` in " + describe(cur)));
            return new Res.Failed();
        }
        String last = segs.get(n - 1).ident().name();
        Span lastSpan = segs.get(n - 1).ident().span();
        Res found = lookupIn(cur, last, ns);
        if (found instanceof Res.NotFound) {
            return found;
        }
        Decl d = cur.declFound(ns, last, null);
        if (privateModule != null) {
            String what = d == null ? null : d.kind() + " `" + last + "` is not publicly re-exported";
            reportPrivate(tc, privateModule.decl(), privateModule.at(), what == null ? null : new Hint(lastSpan, what));
        } else if (d != null && !d.vis().visibleFrom(here)) {
            reportPrivate(tc, d, lastSpan, null);
        }
        return found;
    }

    private record PrivateModule(Decl decl, Span at) {}

    /** A secondary label added to a privacy error. */
    record Hint(Span at, String text) {}

    private static Res lookupIn(Scope module, String name, Namespace ns) {
        if (ns == Namespace.VALUE) {
            Scope.Binding b = module.valueHere(name, null);
            return b == null ? new Res.NotFound(module) : new Res.Value(b);
        }
        AdtDef def = module.typeHere(name, null);
        if (def != null) {
            return new Res.TypeDef(def);
        }
        TraitDef t = module.traitHere(name, null);
        if (t != null) {
            return new Res.Trait(t);
        }
        Scope m = module.moduleHere(name, null);
        return m != null ? new Res.Module(m) : new Res.NotFound(module);
    }

    /** Whether a first segment that is no module is something else the type checker knows (a type, `Self`, std). */
    private boolean startsOtherwise(String first, Scope here) {
        return here.lookupType(first) != null || here.lookupTrait(first) != null || here.lookupTypeParam(first) != null
                || first.equals("Self") || IntKind.ofName(first) != null || FloatKind.ofName(first) != null
                || first.equals("bool") || first.equals("char") || first.equals("str")
                || first.equals("std") || first.equals("core") || first.equals("alloc") || first.equals("fmt")
                || first.equals("intrinsics") || tc.preludeScope.lookupType(first) != null;
    }

    /** E0433 for a first segment that names nothing: rustc 1.95's wording for a module or crate that is not there. */
    private void undeclared(PathSegment seg) {
        String name = seg.ident().name();
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
            tc.diags.report(Diagnostic.error("E0433", "cannot find type `" + name + "` in this scope")
                    .primary(seg.ident().span(), "use of undeclared type `" + name + "`"));
            return;
        }
        tc.diags.report(Diagnostic.error("E0433", "cannot find module or crate `" + name + "` in this scope")
                .primary(seg.ident().span(), "use of unresolved module or unlinked crate `" + name + "`")
                .help("you might be missing a crate named `" + name + "`"));
    }

    /** E0603: "function `f` is private", with the note pointing at its definition. */
    static void reportPrivate(TypeChecker tc, Decl decl, Span at, Hint hint) {
        Diagnostic.Builder b = Diagnostic.error("E0603", decl.kind() + " `" + decl.name() + "` is private")
                .primary(at, "private " + decl.kind());
        if (hint != null) {
            b.secondary(hint.at(), hint.text());
        }
        b.noteAt(decl.defSpan(), "the " + decl.kind() + " `" + decl.name() + "` is defined here");
        tc.diags.report(b);
    }

    /** Names of modules in scope from {@code here}, for "similar name" suggestions. */
    static List<String> visibleModuleNames(Scope here) {
        List<String> out = new ArrayList<>();
        for (Scope s = here; s != null; s = s.parent) {
            for (String name : s.namesHere(Namespace.TYPE)) {
                if (s.moduleHere(name, null) != null) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
