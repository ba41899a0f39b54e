package dev.wasmrust.compiler.thir;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import java.math.BigInteger;
import java.util.List;

/** Typed expressions. Loops carry a label id that breaks and continues refer to. */
public sealed interface TExpr {
    Type type();

    Span span();

    /** An integer constant; {@code literal} when written as a literal (so `-128i8` is one negative literal). */
    record IntConst(BigInteger value, Type type, boolean literal, Span span) implements TExpr {
        public IntConst(BigInteger value, Type type, Span span) {
            this(value, type, false, span);
        }
    }

    record BoolConst(boolean value, Span span) implements TExpr {
        public Type type() {
            return Type.BOOL;
        }
    }

    record CharConst(int codePoint, Span span) implements TExpr {
        public Type type() {
            return Type.CHAR;
        }
    }

    record StrConst(String value, Span span) implements TExpr {
        public Type type() {
            return Type.STR_REF;
        }
    }

    /** A byte string literal {@code b"..."}: a reference to a static byte array. */
    record ByteStrConst(byte[] value, Type type, Span span) implements TExpr {}

    /** A float constant; an {@code f32} constant holds the value already rounded to single precision. */
    record FloatConst(double value, Type type, Span span) implements TExpr {}

    record UnitConst(Span span) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    record LocalRef(TLocal local, Type type, Span span) implements TExpr {}

    /**
     * A closure value: its environment, built from {@code captures} in order (each a captured variable's value
     * or its address); {@code type} is a {@code Type.Closure}.
     */
    record Closure(List<TExpr> captures, Type type, Span span) implements TExpr {
        public Closure {
            captures = List.copyOf(captures);
        }
    }

    /** A function item used as a value ({@code type} is a {@code Type.FnDef}); it has no runtime representation. */
    record FnItem(Type type, Span span) implements TExpr {}

    /** A call of a value: a closure, a function item, or a generic parameter bounded by {@code Fn*}. */
    record CallValue(TExpr callee, List<TExpr> args, Type type, Span span) implements TExpr {
        public CallValue {
            args = List.copyOf(args);
        }
    }

    /** {@code -x} (checked for overflow on signed integers) or {@code !x} (logical or bitwise). */
    record Unary(UnOp op, TExpr operand, Type type, Span span) implements TExpr {}

    /** Arithmetic is overflow-checked; {@code &&}/{@code ||} short-circuit. */
    record Binary(BinOp op, TExpr lhs, TExpr rhs, Type type, Span span) implements TExpr {}

    record Cast(TExpr expr, Type type, Span span) implements TExpr {}

    /** {@code place = value}; {@code place} is a local, a field, a dereference or an index. */
    record Assign(TExpr place, TExpr value, Span span) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** {@code x op= v}, overflow-checked like the binary operator. */
    record CompoundAssign(TExpr place, BinOp op, TExpr value, Span span) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /**
     * A call of a checked function by symbol (methods and associated functions included); {@code typeArgs}
     * instantiate a generic function's parameters (an impl's first, then the function's own).
     */
    record Call(String function, List<Type> typeArgs, List<TExpr> args, Type type, Span span) implements TExpr {
        public Call {
            typeArgs = List.copyOf(typeArgs);
            args = List.copyOf(args);
        }

        public Call(String function, List<TExpr> args, Type type, Span span) {
            this(function, List.of(), args, type, span);
        }
    }

    /** {@code otherwise} is null for an {@code if} without {@code else} (then the type is unit). */
    record If(TExpr cond, TExpr then, TExpr otherwise, Type type, Span span) implements TExpr {}

    record Block(List<TStmt> stmts, TExpr tail, Type type, Span span) implements TExpr {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    record Loop(int label, TExpr body, Type type, Span span) implements TExpr {}

    record While(int label, TExpr cond, TExpr body, Span span) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** {@code for var in lo..hi} / {@code lo..=hi} over integers, without overflowing at the type's maximum. */
    record ForRange(int label, TLocal var, TExpr lo, TExpr hi, boolean inclusive, TExpr body, Span span) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** A labeled block {@code 'a: { ... break 'a v; ... }}. */
    record LabeledBlock(int label, TExpr body, Type type, Span span) implements TExpr {}

    record Break(int label, TExpr value, Span span) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    record Continue(int label, Span span) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    record Return(TExpr value, Span span) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    /** {@code print!} family: formats to file descriptor 1 or 2; arguments are evaluated once, in order. */
    record Format(int fd, List<TExpr> args, List<FmtPiece> pieces, Span span) implements TExpr {
        public Format {
            args = List.copyOf(args);
            pieces = List.copyOf(pieces);
        }

        public Type type() {
            return Type.UNIT;
        }
    }

    /** {@code format!}: the formatted text as a new {@code String}. */
    record FormatString(List<TExpr> args, List<FmtPiece> pieces, Type type, Span span) implements TExpr {
        public FormatString {
            args = List.copyOf(args);
            pieces = List.copyOf(pieces);
        }
    }

    /** A panic with a formatted message, reported at {@code span}'s start like rustc's panic location. */
    record Panic(List<TExpr> args, List<FmtPiece> pieces, Span span, TExpr location) implements TExpr {
        public Panic {
            args = List.copyOf(args);
            pieces = List.copyOf(pieces);
        }

        /** A panic located at its own span (rather than at a `#[track_caller]` function's caller, {@code location}). */
        public Panic(List<TExpr> args, List<FmtPiece> pieces, Span span) {
            this(args, pieces, span, null);
        }

        public Type type() {
            return Type.NEVER;
        }
    }

    /** {@code std::process::exit(code)}. */
    record Exit(TExpr code, Span span) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    record Tuple(List<TExpr> elems, Type type, Span span) implements TExpr {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /**
     * A struct, tuple-struct, unit-struct or enum-variant value; {@code fields} are in declaration order,
     * and with a functional update ({@code ..base}) a null entry takes the field from {@code base}.
     */
    record Construct(Type.Adt adt, int variant, List<TExpr> fields, TExpr base, Span span) implements TExpr {
        public Construct {
            fields = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fields));
        }

        public Type type() {
            return adt;
        }
    }

    /** Field {@code index} of a tuple or struct place (the base is already dereferenced). */
    record Field(TExpr base, int index, Type type, Span span) implements TExpr {}

    /** {@code *r} of a reference. */
    record Deref(TExpr ref, Type type, Span span) implements TExpr {}

    /** {@code &place} or {@code &mut place}; a non-place operand is first stored in a temporary. */
    record AddrOf(boolean mutable, TExpr place, Type type, Span span) implements TExpr {}

    /** {@code base[index]} on an array or slice, bounds-checked with rustc's panic message. */
    record Index(TExpr base, TExpr index, Type type, Span span) implements TExpr {}

    record ArrayLit(List<TExpr> elems, Type type, Span span) implements TExpr {
        public ArrayLit {
            elems = List.copyOf(elems);
        }
    }

    /** {@code [value; count]}. */
    record ArrayRepeat(TExpr value, long count, Type type, Span span) implements TExpr {}

    /** An unsizing coercion: {@code &[T; N]} to {@code &[T]}. */
    record Unsize(TExpr ref, long len, Type type, Span span) implements TExpr {}

    /** {@code match}; arms are tried in order ({@code if let} and {@code while let} are desugared to it). */
    record Match(TExpr scrutinee, List<TArm> arms, Type type, Span span) implements TExpr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    /** An operation the compiler supplies (float methods, bit casts), named as the method it implements. */
    record Intrinsic(String name, List<Type> typeArgs, List<TExpr> args, Type type, Span span) implements TExpr {
        public Intrinsic {
            typeArgs = List.copyOf(typeArgs);
            args = List.copyOf(args);
        }

        public Intrinsic(String name, List<TExpr> args, Type type, Span span) {
            this(name, List.of(), args, type, span);
        }
    }
}
