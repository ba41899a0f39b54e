package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * Items at module level, in blocks, in traits, impls and extern blocks. Trait and extern items
 * reuse these records with the body left null ({@link Fn#body}, {@link Const#value},
 * {@link TypeAlias#ty}).
 */
public sealed interface Item {
    List<Attr> attrs();

    Visibility vis();

    Span span();

    /** The item's name, or null for items without one (impl, use, extern block, macro call). */
    default Ident name() {
        return null;
    }

    record Fn(List<Attr> attrs, Visibility vis, FnSig sig, Ident name, Generics generics, SelfParam selfParam,
              List<Param> params, Ty ret, Block body, Span span) implements Item {
        public Fn {
            attrs = List.copyOf(attrs);
            params = List.copyOf(params);
        }
    }

    record Struct(List<Attr> attrs, Visibility vis, Ident name, Generics generics, VariantData data, Span span)
            implements Item {
        public Struct {
            attrs = List.copyOf(attrs);
        }
    }

    record Enum(List<Attr> attrs, Visibility vis, Ident name, Generics generics, List<Variant> variants, Span span)
            implements Item {
        public Enum {
            attrs = List.copyOf(attrs);
            variants = List.copyOf(variants);
        }
    }

    record Union(List<Attr> attrs, Visibility vis, Ident name, Generics generics, List<FieldDef> fields, Span span)
            implements Item {
        public Union {
            attrs = List.copyOf(attrs);
            fields = List.copyOf(fields);
        }
    }

    /** {@code unsafe auto trait Name<T>: Super where .. { items }}. */
    record Trait(List<Attr> attrs, Visibility vis, boolean isUnsafe, boolean isAuto, Ident name, Generics generics,
                 List<Bound> supertraits, List<Item> items, Span span) implements Item {
        public Trait {
            attrs = List.copyOf(attrs);
            supertraits = List.copyOf(supertraits);
            items = List.copyOf(items);
        }
    }

    /** {@code unsafe impl<T> !Trait for Ty where .. { items }}; {@code trait} null for an inherent impl. */
    record Impl(List<Attr> attrs, Visibility vis, boolean isUnsafe, Generics generics, boolean negative, Path trait,
                Ty selfTy, List<Item> items, Span span) implements Item {
        public Impl {
            attrs = List.copyOf(attrs);
            items = List.copyOf(items);
        }
    }

    /** {@code type Name<T>: Bounds = Ty;} — bounds only in traits; {@code ty} null in a trait declaration. */
    record TypeAlias(List<Attr> attrs, Visibility vis, Ident name, Generics generics, List<Bound> bounds, Ty ty,
                     Span span) implements Item {
        public TypeAlias {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code const NAME: Ty = value;}; {@code name} is {@code _} for an anonymous const; {@code value} may be null in traits. */
    record Const(List<Attr> attrs, Visibility vis, Ident name, Generics generics, Ty ty, Expr value, Span span)
            implements Item {
        public Const {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code static mut NAME: Ty = value;}; {@code value} null in extern blocks. */
    record Static(List<Attr> attrs, Visibility vis, Mutability mutability, Ident name, Ty ty, Expr value, Span span)
            implements Item {
        public Static {
            attrs = List.copyOf(attrs);
        }
    }

    /**
     * {@code mod name { items }} or {@code mod name;}. For an out-of-line module the parser loads the file
     * when it can ({@code loaded} true, {@code items} filled, {@code file} the loaded file's id); otherwise
     * {@code items} is empty and {@code file} is -1.
     */
    record Mod(List<Attr> attrs, Visibility vis, boolean isUnsafe, Ident name, boolean inline, boolean loaded,
               int file, List<Attr> innerAttrs, List<Item> items, Span span) implements Item {
        public Mod {
            attrs = List.copyOf(attrs);
            innerAttrs = List.copyOf(innerAttrs);
            items = List.copyOf(items);
        }
    }

    record Use(List<Attr> attrs, Visibility vis, UseTree tree, Span span) implements Item {
        public Use {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code extern crate name as rename;}; {@code rename} may be null. */
    record ExternCrate(List<Attr> attrs, Visibility vis, Ident crateName, Ident rename, Span span) implements Item {
        public ExternCrate {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code unsafe extern "abi" { fns and statics }}; {@code abi} may be null. */
    record ExternBlock(List<Attr> attrs, Visibility vis, boolean isUnsafe, String abi, List<Attr> innerAttrs,
                       List<Item> items, Span span) implements Item {
        public ExternBlock {
            attrs = List.copyOf(attrs);
            innerAttrs = List.copyOf(innerAttrs);
            items = List.copyOf(items);
        }
    }

    /** {@code macro_rules! name { rules }} — the rules are kept as token trees. */
    record MacroRules(List<Attr> attrs, Visibility vis, Ident name, TokenTree.Delimited body, Span span)
            implements Item {
        public MacroRules {
            attrs = List.copyOf(attrs);
        }
    }

    /** A macro invocation in item position, e.g. {@code thread_local! { .. }}. */
    record MacroItem(List<Attr> attrs, Visibility vis, MacroCall mac, Span span) implements Item {
        public MacroItem {
            attrs = List.copyOf(attrs);
        }
    }

    /** Unparseable input in item position, already reported. */
    record Error(List<Attr> attrs, Visibility vis, Span span) implements Item {
        public Error {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code const async unsafe extern "C"} qualifiers; {@code abi} is null without {@code extern}, "C" for bare extern. */
    record FnSig(boolean isConst, boolean isAsync, boolean isUnsafe, String abi, Span span) {}

    /** {@code self}, {@code mut self}, {@code &'a self}, {@code &mut self}, {@code self: Box<Self>}. */
    record SelfParam(List<Attr> attrs, SelfKind kind, Mutability mutability, Lifetime lifetime, Ty explicitTy, Span span) {
        public SelfParam {
            attrs = List.copyOf(attrs);
        }
    }

    enum SelfKind {
        /** {@code self} / {@code mut self}. */
        VALUE,
        /** {@code &self} / {@code &'a self}. */
        REF,
        /** {@code &mut self}. */
        REF_MUT,
        /** {@code self: Ty}. */
        EXPLICIT
    }

    record Param(List<Attr> attrs, Pat pat, Ty ty, Span span) {
        public Param {
            attrs = List.copyOf(attrs);
        }
    }

    /** Fields of a struct or variant. */
    sealed interface VariantData {
        record Named(List<FieldDef> fields) implements VariantData {
            public Named {
                fields = List.copyOf(fields);
            }
        }

        record TupleFields(List<FieldDef> fields) implements VariantData {
            public TupleFields {
                fields = List.copyOf(fields);
            }
        }

        record Unit() implements VariantData {}
    }

    /** A field; {@code name} is null for a tuple field. */
    record FieldDef(List<Attr> attrs, Visibility vis, Ident name, Ty ty, Span span) {
        public FieldDef {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code Name(fields) = discriminant}; {@code discriminant} may be null. */
    record Variant(List<Attr> attrs, Ident name, VariantData data, Expr discriminant, Span span) {
        public Variant {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code a::b::{c, d as e, self, *}}. */
    sealed interface UseTree {
        Span span();

        /** {@code prefix} or {@code prefix as rename} ({@code rename} may be null, or {@code _}). */
        record Simple(Path path, Ident rename, Span span) implements UseTree {}

        /** {@code prefix::*} ({@code prefix} may have no segments for a bare {@code *}). */
        record Glob(Path prefix, Span span) implements UseTree {}

        /** {@code prefix::{trees}}. */
        record Nested(Path prefix, List<UseTree> trees, Span span) implements UseTree {
            public Nested {
                trees = List.copyOf(trees);
            }
        }
    }
}
