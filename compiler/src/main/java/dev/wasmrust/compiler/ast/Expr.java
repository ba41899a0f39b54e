package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/** Rust expressions. Parentheses are kept ({@link Paren}) so spans and lints can see them. */
public sealed interface Expr {
    Span span();

    List<Attr> attrs();

    record LitExpr(List<Attr> attrs, Lit lit, Span span) implements Expr {}

    /** A path, possibly qualified: {@code x}, {@code Foo::new}, {@code <T as Tr>::f}. {@code qself} may be null. */
    record PathExpr(List<Attr> attrs, QSelf qself, Path path, Span span) implements Expr {}

    record Unary(List<Attr> attrs, UnOp op, Expr operand, Span span) implements Expr {}

    /** {@code opSpan} is the span of the operator token. */
    record Binary(List<Attr> attrs, BinOp op, Expr lhs, Expr rhs, Span opSpan, Span span) implements Expr {}

    record Assign(List<Attr> attrs, Expr lhs, Expr rhs, Span opSpan, Span span) implements Expr {}

    /** {@code lhs op= rhs}. */
    record AssignOp(List<Attr> attrs, BinOp op, Expr lhs, Expr rhs, Span opSpan, Span span) implements Expr {}

    record Call(List<Attr> attrs, Expr callee, List<Expr> args, Span span) implements Expr {}

    /** {@code receiver.method::<T>(args)}; the segment holds the method name and turbofish. */
    record MethodCall(List<Attr> attrs, Expr receiver, PathSegment method, List<Expr> args, Span span) implements Expr {}

    record Field(List<Attr> attrs, Expr base, Ident field, Span span) implements Expr {}

    /** {@code base.0}; {@code x.0.1} is two nested TupleFields. */
    record TupleField(List<Attr> attrs, Expr base, int index, Span indexSpan, Span span) implements Expr {}

    record Index(List<Attr> attrs, Expr base, Expr index, Span span) implements Expr {}

    /** {@code lo..hi}, {@code lo..=hi}, {@code ..}; either end may be null. */
    record Range(List<Attr> attrs, Expr lo, Expr hi, boolean inclusive, Span span) implements Expr {}

    record Cast(List<Attr> attrs, Expr expr, Ty ty, Span span) implements Expr {}

    /** {@code &e}, {@code &mut e}, and {@code &raw const e}/{@code &raw mut e} when {@code raw}. */
    record AddrOf(List<Attr> attrs, Mutability mutability, boolean raw, Expr expr, Span span) implements Expr {}

    /** {@code if cond { } else ...}; {@code elseExpr} is a {@link BlockExpr} or an {@link If}, or null. */
    record If(List<Attr> attrs, Expr cond, Block then, Expr elseExpr, Span span) implements Expr {}

    /** {@code let pat = expr} inside an {@code if}/{@code while} condition (possibly chained with {@code &&}). */
    record Let(List<Attr> attrs, Pat pat, Expr scrutinee, Span span) implements Expr {}

    record While(List<Attr> attrs, Lifetime label, Expr cond, Block body, Span span) implements Expr {}

    record Loop(List<Attr> attrs, Lifetime label, Block body, Span span) implements Expr {}

    record ForLoop(List<Attr> attrs, Lifetime label, Pat pat, Expr iter, Block body, Span span) implements Expr {}

    record Match(List<Attr> attrs, Expr scrutinee, List<MatchArm> arms, Span span) implements Expr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    /** A block expression, possibly labelled ({@code 'a: {}}), {@code unsafe} or {@code const}. */
    record BlockExpr(List<Attr> attrs, Lifetime label, BlockKind kind, Block block, Span span) implements Expr {}

    /** {@code async [move] { }}. */
    record AsyncBlock(List<Attr> attrs, boolean isMove, Block block, Span span) implements Expr {}

    record Await(List<Attr> attrs, Expr expr, Span span) implements Expr {}

    /** {@code move |a, b: i32| -> T body}; {@code ret} may be null. */
    record Closure(List<Attr> attrs, boolean isMove, boolean isAsync, List<ClosureParam> params, Ty ret, Expr body, Span span)
            implements Expr {
        public Closure {
            params = List.copyOf(params);
        }
    }

    record Break(List<Attr> attrs, Lifetime label, Expr value, Span span) implements Expr {}

    record Continue(List<Attr> attrs, Lifetime label, Span span) implements Expr {}

    record Return(List<Attr> attrs, Expr value, Span span) implements Expr {}

    /** {@code expr?}. */
    record Try(List<Attr> attrs, Expr expr, Span span) implements Expr {}

    /** {@code ()} is a tuple with no elements; {@code (a,)} has one. */
    record Tuple(List<Attr> attrs, List<Expr> elems, Span span) implements Expr {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    record Array(List<Attr> attrs, List<Expr> elems, Span span) implements Expr {
        public Array {
            elems = List.copyOf(elems);
        }
    }

    /** {@code [elem; count]}. */
    record Repeat(List<Attr> attrs, Expr elem, Expr count, Span span) implements Expr {}

    /** {@code Path { a, b: e, ..base }}; {@code base} null without {@code ..}; {@code rest} for a bare {@code ..}. */
    record StructLit(List<Attr> attrs, QSelf qself, Path path, List<FieldInit> fields, Expr base, boolean rest, Span span)
            implements Expr {
        public StructLit {
            fields = List.copyOf(fields);
        }
    }

    record MacroCallExpr(List<Attr> attrs, MacroCall mac, Span span) implements Expr {}

    record Paren(List<Attr> attrs, Expr inner, Span span) implements Expr {}

    /** {@code _} on the left of a destructuring assignment. */
    record Underscore(List<Attr> attrs, Span span) implements Expr {}

    /** Unparseable input, already reported. */
    record Error(List<Attr> attrs, Span span) implements Expr {}

    enum BlockKind {
        PLAIN, UNSAFE, CONST
    }

    /** One arm {@code pat if guard => body}; {@code guard} may be null. */
    record MatchArm(List<Attr> attrs, Pat pat, Expr guard, Expr body, Span span) {
        public MatchArm {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code pat: ty} in a closure's parameter list; {@code ty} may be null. */
    record ClosureParam(List<Attr> attrs, Pat pat, Ty ty, Span span) {
        public ClosureParam {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code name: expr}, or the shorthand {@code name} ({@code shorthand} true, expr a path to it). */
    record FieldInit(List<Attr> attrs, Ident name, Expr expr, boolean shorthand, Span span) {
        public FieldInit {
            attrs = List.copyOf(attrs);
        }
    }
}
