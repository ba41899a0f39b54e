package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * A struct or enum definition. Identity matters (two definitions with the same name in different
 * scopes are different types), so this is a class; its variants are filled in once, after every
 * type name of the scope is known, because field types may mention the definition itself.
 */
public final class AdtDef {
    public enum Kind { STRUCT, ENUM }

    /** How a variant (or a struct) is written and constructed. */
    public enum CtorKind { UNIT, TUPLE, NAMED }

    /**
     * A field; unless {@code isPublic}, it is visible only inside the module {@code restrictedTo} (a type-checker
     * scope, kept opaque here so that later phases need not know it).
     */
    public record Field(String name, Type type, boolean isPublic, Span span, Object restrictedTo) {}

    public record Variant(String name, CtorKind ctor, List<Field> fields, BigInteger discriminant, Span span) {
        public Variant {
            fields = List.copyOf(fields);
        }

        public int fieldIndex(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final String name;
    private final String path;
    private final Kind kind;
    private final List<String> typeParams;
    private final Span span;
    private final Span nameSpan;
    private List<Variant> variants = List.of();
    private Set<String> derives = Set.of();
    private String lang;
    /** The module that defines this type (a type-checker scope), for privacy; null in the standard library. */
    private Object module;

    public AdtDef(String name, String path, Kind kind, List<String> typeParams, Span span, Span nameSpan) {
        this.name = name;
        this.path = path;
        this.kind = kind;
        this.typeParams = List.copyOf(typeParams);
        this.span = span;
        this.nameSpan = nameSpan;
    }

    public String name() {
        return name;
    }

    /** A unique, path-like name for symbols (nested definitions get their function's path). */
    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isEnum() {
        return kind == Kind.ENUM;
    }

    public List<String> typeParams() {
        return typeParams;
    }

    public Span span() {
        return span;
    }

    public Span nameSpan() {
        return nameSpan;
    }

    public List<Variant> variants() {
        return variants;
    }

    /** The single variant of a struct. */
    public Variant struct() {
        return variants.get(0);
    }

    public int variantIndex(String name) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Set<String> derives() {
        return derives;
    }

    void define(List<Variant> variants, Set<String> derives) {
        this.variants = List.copyOf(variants);
        this.derives = Set.copyOf(derives);
    }

    /**
     * The standard library's role for this type ({@code #[lang = "owned_box"]}, {@code "vec"}, {@code "string"}),
     * which the compiler relies on for dereferencing, indexing and formatting; null for other types.
     */
    public String lang() {
        return lang;
    }

    Object module() {
        return module;
    }

    void setModule(Object module) {
        this.module = module;
    }

    void setLang(String lang) {
        this.lang = lang;
    }

    public boolean isLang(String name) {
        return name.equals(lang);
    }

    @Override
    public String toString() {
        return name;
    }
}
