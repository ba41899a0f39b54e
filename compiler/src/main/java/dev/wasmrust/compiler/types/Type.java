package dev.wasmrust.compiler.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Semantic types. {@link Var} is an inference variable (a general one, or an integer or float literal's
 * type before inference settles it — those default to {@code i32} and {@code f64} as in rustc);
 * {@link Error} stands for a type already reported as wrong, so no follow-on errors are reported about it.
 * {@code toString} spells a type the way rustc prints it in diagnostics.
 */
public sealed interface Type {
    record Int(IntKind kind) implements Type {
        @Override
        public String toString() {
            return kind.rustName();
        }
    }

    record Float(FloatKind kind) implements Type {
        @Override
        public String toString() {
            return kind.rustName();
        }
    }

    record Bool() implements Type {
        @Override
        public String toString() {
            return "bool";
        }
    }

    record Char() implements Type {
        @Override
        public String toString() {
            return "char";
        }
    }

    /** The unsized {@code str}; string literals are {@code &str}, a {@link Ref} to it. */
    record Str() implements Type {
        @Override
        public String toString() {
            return "str";
        }
    }

    record Unit() implements Type {
        @Override
        public String toString() {
            return "()";
        }
    }

    /** A tuple of at least one element ({@code ()} is {@link Unit}). */
    record Tuple(List<Type> elems) implements Type {
        public Tuple {
            elems = List.copyOf(elems);
        }

        @Override
        public String toString() {
            if (elems.size() == 1) {
                return "(" + elems.get(0) + ",)";
            }
            return elems.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** A struct or enum with its generic arguments. */
    record Adt(AdtDef def, List<Type> args) implements Type {
        public Adt {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            if (args.isEmpty()) {
                return def.name();
            }
            return def.name() + args.stream().map(Type::toString).collect(Collectors.joining(", ", "<", ">"));
        }
    }

    record Ref(boolean mutable, Type inner) implements Type {
        @Override
        public String toString() {
            return (mutable ? "&mut " : "&") + inner;
        }
    }

    /**
     * {@code [elem; len]}. In a generic impl over arrays of any length ({@code impl<T, const N: usize> ... for [T; N]})
     * the length is {@code lenArg}, a const parameter (or, while inferring, a variable standing for a length), and
     * {@code len} is -1; substituting a {@link Const} for it gives an ordinary array type.
     */
    record Array(Type elem, long len, Type lenArg) implements Type {
        public Array(Type elem, long len) {
            this(elem, len, null);
        }

        /** The length as a type: the known value, or the parameter or variable standing for it. */
        public Type length() {
            return lenArg != null ? lenArg : new Const(len);
        }

        @Override
        public String toString() {
            return "[" + elem + "; " + (lenArg == null ? String.valueOf(len) : lenArg instanceof Param p ? p.name() : "_") + "]";
        }
    }

    /** The value of a const generic argument ({@code 3} for {@code N} when {@code [T; N]} is {@code [i32; 3]}). */
    record Const(long value) implements Type {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    record Slice(Type elem) implements Type {
        @Override
        public String toString() {
            return "[" + elem + "]";
        }
    }

    /**
     * The unique type of one closure expression: {@code symbol} names the function its body is compiled to,
     * {@code ownerArgs} the type arguments of the generic function it is written in (each instance of that
     * function has its own closure type), {@code captures} the types of its environment's fields in order
     * (a value moved in, or a reference to a variable borrowed). {@code where} is its source location.
     */
    record Closure(String symbol, List<Type> ownerArgs, List<Type> params, Type ret, List<Type> captures, String where)
            implements Type {
        public Closure {
            ownerArgs = List.copyOf(ownerArgs);
            params = List.copyOf(params);
            captures = List.copyOf(captures);
        }

        @Override
        public String toString() {
            return "{closure@" + where + "}";
        }
    }

    /** A function item used as a value: zero-sized, callable like a closure without environment. */
    record FnDef(String symbol, String name, List<Type> typeArgs, List<Type> params, Type ret) implements Type {
        public FnDef {
            typeArgs = List.copyOf(typeArgs);
            params = List.copyOf(params);
        }

        @Override
        public String toString() {
            String ps = params.stream().map(Type::toString).collect(Collectors.joining(", ", "fn(", ")"));
            return ps + (ret instanceof Unit ? "" : " -> " + ret) + " {" + name + "}";
        }
    }

    /**
     * An associated type of a trait implementation not known yet: {@code <self as trait>::name}, e.g. the
     * {@code Item} of a generic parameter bounded by {@code Iterator}. It normalizes to the impl's type once
     * {@code self} is known.
     */
    record Projection(Type self, String trait, String name) implements Type {
        @Override
        public String toString() {
            return "<" + self + " as " + trait + ">::" + name;
        }
    }

    /** A generic parameter of the item being checked, by position among the item's type parameters. */
    record Param(int index, String name) implements Type {
        @Override
        public String toString() {
            return name;
        }
    }

    record Never() implements Type {
        @Override
        public String toString() {
            return "!";
        }
    }

    /** An inference variable; {@code id} indexes the checker's union-find table. */
    record Var(int id, VarKind kind) implements Type {
        @Override
        public String toString() {
            return switch (kind) {
                case INT -> "{integer}";
                case FLOAT -> "{float}";
                default -> "_";
            };
        }
    }

    enum VarKind { GENERAL, INT, FLOAT }

    record Error() implements Type {
        @Override
        public String toString() {
            return "{type error}";
        }
    }

    Type BOOL = new Bool();
    Type CHAR = new Char();
    Type STR = new Str();
    Type STR_REF = new Ref(false, STR);
    Type UNIT = new Unit();
    Type NEVER = new Never();
    Type ERROR = new Error();
    Type F64 = new Float(FloatKind.F64);
    Type F32 = new Float(FloatKind.F32);

    static Type of(IntKind k) {
        return new Int(k);
    }

    static Type of(FloatKind k) {
        return new Float(k);
    }

    static boolean isStrRef(Type t) {
        return t instanceof Ref r && r.inner() instanceof Str;
    }

    /** True for the values that are plain wasm scalars: integers, floats, bool, char and thin references. */
    static boolean isCopyScalar(Type t) {
        return t instanceof Int || t instanceof Float || t instanceof Bool || t instanceof Char || t instanceof Unit
                || t instanceof Never;
    }
}
