package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the pattern checker needs to know about a type: how its values are built. Types the checker
 * cannot look into ({@code str}, floats, closures, {@code Box}) are {@link Opaque}.
 */
public sealed interface PatType {

    /** The type as rustc prints it in diagnostics ({@code Option<i32>}, {@code &[bool]}, {@code (u8,)}). */
    String display();

    record Bool() implements PatType {
        @Override
        public String display() {
            return "bool";
        }
    }

    /**
     * An integer type. {@code usize} and {@code isize} are recognised by name: as in rustc their extreme
     * values do not count towards exhaustiveness, so that a match means the same on every target.
     */
    record Int(String rustName, BigInteger min, BigInteger max) implements PatType {
        public static Int named(String rustName) {
            boolean signed = rustName.startsWith("i");
            String digits = rustName.substring(1);
            // rustc checks on a 64-bit host; the extreme values of usize/isize are never used anyway
            int bits = digits.equals("size") ? 64 : Integer.parseInt(digits);
            BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
            BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            return new Int(rustName, min, max);
        }

        public boolean signed() {
            return min.signum() < 0;
        }

        public boolean pointerSized() {
            return rustName.equals("usize") || rustName.equals("isize");
        }

        @Override
        public String display() {
            return rustName;
        }
    }

    record Char() implements PatType {
        @Override
        public String display() {
            return "char";
        }
    }

    record Tuple(List<PatType> elems) implements PatType {
        public Tuple {
            elems = List.copyOf(elems);
        }

        @Override
        public String display() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < elems.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(elems.get(i).display());
            }
            return sb.append(elems.size() == 1 ? ",)" : ")").toString();
        }
    }

    /**
     * An enum or a struct. {@code path} is what rustc prints before {@code ::Variant} in a witness
     * ({@code Shape}, {@code m::Shape}); it is empty for {@code Option} and {@code Result}, whose
     * variants rustc prints bare. For a struct it is the struct's printed name and the only variant
     * carries the fields. {@code definition} locates the type's name for the "defined here" note and
     * may be null.
     */
    record Adt(String displayName, String path, List<Variant> variants, boolean isEnum, Definition definition)
            implements PatType {
        public Adt {
            variants = List.copyOf(variants);
        }

        @Override
        public String display() {
            return displayName;
        }
    }

    /** {@code &T} or {@code &mut T}. */
    record Ref(PatType inner, boolean mutable) implements PatType {
        public Ref(PatType inner) {
            this(inner, false);
        }

        @Override
        public String display() {
            return (mutable ? "&mut " : "&") + inner.display();
        }
    }

    record Array(PatType elem, int len) implements PatType {
        @Override
        public String display() {
            return "[" + elem.display() + "; " + len + "]";
        }
    }

    /** The unsized {@code [T]}; a scrutinee of type {@code &[T]} is a {@link Ref} to it. */
    record Slice(PatType elem) implements PatType {
        @Override
        public String display() {
            return "[" + elem.display() + "]";
        }
    }

    /**
     * A type whose values patterns cannot take apart: only wildcards and bindings cover it, and its
     * literal patterns ({@code "a"}, {@code 1.5}) match by equality.
     */
    record Opaque(String name) implements PatType {
        @Override
        public String display() {
            return name;
        }
    }

    /** {@code !}; an enum without variants is an {@link Adt} with no variants. */
    record Never() implements PatType {
        @Override
        public String display() {
            return "!";
        }
    }

    /**
     * A type described on demand, so that recursive types ({@code enum List { Nil, Cons(Box<List>) }}
     * seen through references) can be written down. Equality is identity.
     */
    final class Lazy implements PatType {
        private final String display;
        private final Supplier<PatType> resolve;

        public Lazy(String display, Supplier<PatType> resolve) {
            this.display = display;
            this.resolve = resolve;
        }

        public PatType resolve() {
            PatType t = resolve.get();
            return t instanceof Lazy l ? l.resolve() : t;
        }

        @Override
        public String display() {
            return display;
        }

        @Override
        public String toString() {
            return "Lazy[" + display + "]";
        }
    }

    /** One variant of an enum, or the single variant of a struct. */
    record Variant(String name, VariantKind kind, List<String> fieldNames, List<PatType> fieldTypes, Span nameSpan) {
        public Variant {
            fieldNames = List.copyOf(fieldNames);
            fieldTypes = List.copyOf(fieldTypes);
            if (fieldNames.size() != fieldTypes.size()) {
                throw new IllegalArgumentException("field names and types differ in number for " + name);
            }
        }

        public static Variant unit(String name) {
            return new Variant(name, VariantKind.UNIT, List.of(), List.of(), null);
        }

        public static Variant tuple(String name, List<PatType> fields) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                names.add(Integer.toString(i));
            }
            return new Variant(name, VariantKind.TUPLE, names, fields, null);
        }

        public static Variant struct(String name, List<String> fieldNames, List<PatType> fields) {
            return new Variant(name, VariantKind.STRUCT, fieldNames, fields, null);
        }

        public Variant at(Span span) {
            return new Variant(name, kind, fieldNames, fieldTypes, span);
        }
    }

    enum VariantKind { UNIT, TUPLE, STRUCT }

    /**
     * Where a type is defined: the span of its name, and whether it is defined in the code being
     * compiled (rustc points at library types only for E0004, not for E0005).
     */
    record Definition(Span nameSpan, boolean local) {}

    // ---- conveniences for the common library types ----

    static PatType option(PatType inner, Definition definition) {
        return new Adt("Option<" + inner.display() + ">", "",
                List.of(Variant.unit("None"), Variant.tuple("Some", List.of(inner))), true, definition);
    }

    static PatType result(PatType ok, PatType err, Definition definition) {
        return new Adt("Result<" + ok.display() + ", " + err.display() + ">", "",
                List.of(Variant.tuple("Ok", List.of(ok)), Variant.tuple("Err", List.of(err))), true, definition);
    }
}
