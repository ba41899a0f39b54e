package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Lexer;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Prints an AST as Rust source in rustfmt's layout (four-space indentation, one statement per line)
 * that the parser reads back as the same tree, spans aside.
 *
 * <p>Parentheses kept in the tree ({@link Expr.Paren}, {@link Pat.ParenPat}, {@link Ty.ParenTy}) are
 * printed as written; any others are added only where the grammar needs them: for precedence and
 * associativity, for the statement rule (a block-like expression at the start of a statement ends
 * it), for the struct-literal restriction in the heads of {@code if}, {@code while}, {@code match} and
 * {@code for}, and for expressions that swallow what follows them ({@code return x}, closures,
 * {@code let} in conditions).
 *
 * <p>Chains the parser builds in a loop rather than by recursion (operator chains such as
 * {@code a + b + c + ...}, method chains, casts, {@code else if}) are printed in a loop as well, so
 * their length does not cost stack.
 */
public final class AstPrinter {
    // Binding strength of expressions on their left side; binary operators use BinOp.precedence() (2..10).
    private static final int PREC_ASSIGN = 0;
    private static final int PREC_RANGE = 1;
    private static final int PREC_CAST = 11;
    private static final int PREC_PREFIX = 12;
    private static final int PREC_POSTFIX = 13;
    private static final int PREC_PRIMARY = 14;
    /** A {@code let} scrutinee takes every operator that binds tighter than {@code &&}. */
    private static final int PREC_LET_SCRUTINEE = BinOp.AND.precedence() + 1;

    /** Nothing that could continue an expression follows: a delimiter, {@code ,}, {@code ;}, {@code =>}. */
    private static final int FOLLOW_NONE = -1;
    /** The body block of {@code if}, {@code while}, {@code match} or {@code for} follows. */
    private static final int FOLLOW_BRACE = -2;

    private static final int TOK_OTHER = 0;
    /** {@code <} or {@code <<} follows: a cast's type would read it as the start of generic arguments. */
    private static final int TOK_LT = 1;
    /** {@code .} or {@code ?} follows: the only continuations of a block-like statement the parser accepts. */
    private static final int TOK_DOT = 2;

    private static final int STMT_NO = 0;
    /** On the left edge of an expression statement. */
    private static final int STMT_START = 1;
    /** On the left edge of an expression statement, below a range (which the statement rule cannot continue). */
    private static final int STMT_UNDER_RANGE = 2;

    private static final int AT_ANY = 0;
    /** The callee of a call: {@code (s.f)(x)} is not {@code s.f(x)}. */
    private static final int AT_CALLEE = 1;
    /** Before {@code .name}, {@code .method()} or {@code .await}: {@code 1.} would swallow the dot. */
    private static final int AT_FIELD_BASE = 2;
    /** Before {@code .0}: {@code 1.0} would lex as a float. */
    private static final int AT_TUPLE_BASE = 3;

    /** The expression may not start with {@code {}: a range end or break value in a condition. */
    private static final int BAN_BRACE = 1;
    /** The expression may not start with a label: {@code break 'a: loop {}} reads {@code 'a} as break's label. */
    private static final int BAN_LABEL = 2;

    /** Keywords after which {@code (} starts an operand, not a call; they also do not end an operand. */
    private static final Set<String> KEYWORDS_BEFORE_OPERAND = Set.of("if", "match", "while",
            "for", "in", "return", "break", "let", "as", "else", "loop", "move", "mut", "ref");

    /** What the surroundings of an expression require of it. */
    private record Ctx(int minPrec, int follow, int followTok, boolean noStruct, int stmt, boolean attrsOk, int at,
                       int ban) {}

    /** A position that takes a whole expression: an argument, an element, a block tail's operand. */
    private static final Ctx FULL = new Ctx(0, FOLLOW_NONE, TOK_OTHER, false, STMT_NO, true, AT_ANY, 0);
    /** The head of {@code if}, {@code while}, {@code match}, {@code for}. */
    private static final Ctx HEAD = new Ctx(0, FOLLOW_BRACE, TOK_OTHER, true, STMT_NO, true, AT_ANY, 0);
    /** An expression statement or a block's tail. */
    private static final Ctx STMT = new Ctx(0, FOLLOW_NONE, TOK_OTHER, false, STMT_START, true, AT_ANY, 0);

    private final StringBuilder out = new StringBuilder();
    private int indent;
    private boolean atLineStart = true;
    /** The last two tokens printed in the current token tree run, for spacing; null at the start of a run. */
    private Token lastTok;
    private Token lastTok2;

    private AstPrinter() {}

    public static String print(Crate c) {
        AstPrinter p = new AstPrinter();
        p.attrsOwnLines(c.innerAttrs());
        if (!c.innerAttrs().isEmpty() && !c.items().isEmpty()) {
            p.newline();
        }
        p.items(c.items());
        if (!p.atLineStart) {
            p.newline();
        }
        return p.out.toString();
    }

    public static String print(Cell c) {
        AstPrinter p = new AstPrinter();
        p.attrsOwnLines(c.innerAttrs());
        for (Stmt s : c.stmts()) {
            p.stmt(s);
            p.newline();
        }
        if (c.tail() != null) {
            p.expr(c.tail(), STMT);
            p.newline();
        }
        return p.out.toString();
    }

    public static String print(Item item) {
        AstPrinter p = new AstPrinter();
        p.item(item);
        return p.out.toString();
    }

    public static String print(Stmt stmt) {
        AstPrinter p = new AstPrinter();
        p.stmt(stmt);
        return p.out.toString();
    }

    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e, FULL);
        return p.out.toString();
    }

    public static String print(Pat pat) {
        AstPrinter p = new AstPrinter();
        p.pat(pat, true);
        return p.out.toString();
    }

    public static String print(Ty ty) {
        AstPrinter p = new AstPrinter();
        p.ty(ty, true);
        return p.out.toString();
    }

    public static String print(Block block) {
        AstPrinter p = new AstPrinter();
        p.block(block);
        return p.out.toString();
    }

    // ---- output ----

    private void w(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (atLineStart) {
            out.append("    ".repeat(indent));
            atLineStart = false;
        }
        out.append(s);
    }

    private void newline() {
        out.append('\n');
        atLineStart = true;
    }

    private char lastChar() {
        return out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
    }

    private void ident(Ident id) {
        w(id.raw() ? "r#" + id.name() : id.name());
    }

    // ---- attributes ----

    private void attrsOwnLines(List<Attr> attrs) {
        for (Attr a : attrs) {
            if (a.isDoc()) {
                docOwnLine(a);
            } else {
                attr(a);
            }
            newline();
        }
    }

    /** Attributes in the middle of a line, e.g. on a parameter; a line doc comment ends the line. */
    private void attrsInline(List<Attr> attrs) {
        for (Attr a : attrs) {
            if (!a.isDoc()) {
                attr(a);
                w(" ");
            } else if (blockDocIsSafe(a.docText())) {
                w((a.inner() ? "/*!" : "/**") + a.docText() + "*/ ");
            } else {
                w((a.inner() ? "//!" : "///") + a.docText());
                newline();
            }
        }
    }

    private void docOwnLine(Attr a) {
        String text = a.docText();
        if (text.indexOf('\n') < 0 || !blockDocIsSafe(text)) {
            w((a.inner() ? "//!" : "///") + text.replace("\n", " "));
        } else {
            w((a.inner() ? "/*!" : "/**") + text + "*/");
        }
    }

    /** Whether {@code /**text*\/} lexes back as a block doc comment with exactly this text. */
    private static boolean blockDocIsSafe(String text) {
        return !text.isEmpty() && !text.startsWith("*") && !text.contains("*/") && !text.contains("/*");
    }

    private void attr(Attr a) {
        w(a.inner() ? "#![" : "#[");
        path(a.path(), Style.MOD);
        startTokens(new Token(TokenKind.IDENT, a.path().last().ident().name(), a.path().last().ident().span()));
        tokenTrees(a.args());
        token(new Token(TokenKind.CLOSE_BRACKET, "]", Span.DUMMY));
    }

    // ---- paths ----

    private enum Style {
        /** Expressions and patterns: generic arguments need the turbofish. */
        EXPR,
        /** Types and bounds. */
        TYPE,
        /** Attributes, visibility, use trees: no generic arguments. */
        MOD
    }

    private void path(Path p, Style style) {
        if (p.global()) {
            w("::");
        }
        segments(p.segments(), 0, p.segments().size(), style);
    }

    private void segments(List<PathSegment> segs, int from, int to, Style style) {
        for (int i = from; i < to; i++) {
            if (i > from) {
                w("::");
            }
            PathSegment s = segs.get(i);
            ident(s.ident());
            if (s.args() != null) {
                if (s.args() instanceof GenericArgs.AngleBracketed && style != Style.TYPE) {
                    w("::");
                }
                genericArgs(s.args());
            }
        }
    }

    /** {@code <T as Trait>::rest} when {@code qself} is present, else the plain path. */
    private void qpath(QSelf qself, Path p, Style style) {
        if (qself == null) {
            path(p, style);
            return;
        }
        w("<");
        ty(qself.ty(), true);
        int n = Math.min(qself.position(), p.segments().size());
        if (n > 0) {
            w(" as ");
            if (p.global()) {
                w("::");
            }
            segments(p.segments(), 0, n, Style.TYPE);
        }
        w(">::");
        segments(p.segments(), n, p.segments().size(), style);
    }

    private void genericArgs(GenericArgs args) {
        if (args instanceof GenericArgs.AngleBracketed a) {
            w("<");
            if (!a.args().isEmpty() && a.args().get(0) instanceof GenericArg.ConstArg c && c.value() instanceof Expr.Unary) {
                // `<-` would lex as one token
                w(" ");
            }
            for (int i = 0; i < a.args().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                genericArg(a.args().get(i));
            }
            w(">");
        } else if (args instanceof GenericArgs.Parenthesized p) {
            w("(");
            for (int i = 0; i < p.inputs().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                ty(p.inputs().get(i), true);
            }
            w(")");
            if (p.output() != null) {
                w(" -> ");
                ty(p.output(), false);
            }
        }
    }

    private void genericArg(GenericArg a) {
        if (a instanceof GenericArg.LifetimeArg l) {
            w(l.lifetime().name());
        } else if (a instanceof GenericArg.TypeArg t) {
            ty(t.ty(), true);
        } else if (a instanceof GenericArg.ConstArg c) {
            constExpr(c.value());
        } else if (a instanceof GenericArg.Binding b) {
            ident(b.name());
            if (b.args() != null) {
                genericArgs(b.args());
            }
            w(" = ");
            ty(b.ty(), true);
        } else if (a instanceof GenericArg.Constraint c) {
            ident(c.name());
            if (c.args() != null) {
                genericArgs(c.args());
            }
            w(":");
            if (!c.bounds().isEmpty()) {
                w(" ");
                bounds(c.bounds());
            }
        }
    }

    /** A const generic argument or default: a literal, a negated literal, or a block kept on one line. */
    private void constExpr(Expr e) {
        if (e instanceof Expr.BlockExpr b && b.attrs().isEmpty() && b.label() == null && b.kind() == Expr.BlockKind.PLAIN
                && b.block().stmts().isEmpty() && b.block().tail() != null) {
            w("{ ");
            expr(b.block().tail(), STMT);
            w(" }");
        } else {
            expr(e, FULL);
        }
    }

    // ---- generics and bounds ----

    private void genericParams(List<GenericParam> params) {
        if (params.isEmpty()) {
            return;
        }
        w("<");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                w(", ");
            }
            genericParam(params.get(i));
        }
        w(">");
    }

    private void genericParam(GenericParam gp) {
        attrsInline(gp.attrs());
        if (gp instanceof GenericParam.LifetimeParam l) {
            w(l.lifetime().name());
            lifetimeBounds(l.bounds());
        } else if (gp instanceof GenericParam.TypeParam t) {
            ident(t.name());
            if (!t.bounds().isEmpty()) {
                w(": ");
                bounds(t.bounds());
            }
            if (t.dflt() != null) {
                w(" = ");
                ty(t.dflt(), true);
            }
        } else if (gp instanceof GenericParam.ConstParam c) {
            w("const ");
            ident(c.name());
            w(": ");
            ty(c.ty(), true);
            if (c.dflt() != null) {
                w(" = ");
                constExpr(c.dflt());
            }
        }
    }

    private void lifetimeBounds(List<Lifetime> bounds) {
        if (bounds.isEmpty()) {
            return;
        }
        w(": ");
        for (int i = 0; i < bounds.size(); i++) {
            if (i > 0) {
                w(" + ");
            }
            w(bounds.get(i).name());
        }
    }

    private void forLifetimes(List<GenericParam> params) {
        if (!params.isEmpty()) {
            w("for");
            genericParams(params);
            w(" ");
        }
    }

    private void whereClause(Generics g) {
        if (g.where().isEmpty()) {
            return;
        }
        w(" where ");
        for (int i = 0; i < g.where().size(); i++) {
            if (i > 0) {
                w(", ");
            }
            WherePredicate p = g.where().get(i);
            if (p instanceof WherePredicate.BoundPredicate b) {
                forLifetimes(b.forLifetimes());
                if (b.forLifetimes().isEmpty() && b.ty() instanceof Ty.FnPtrTy f && !f.forLifetimes().isEmpty()) {
                    // a leading `for<'a>` would bind the whole predicate
                    w("(");
                    ty(b.ty(), true);
                    w(")");
                } else {
                    ty(b.ty(), false);
                }
                w(":");
                if (!b.bounds().isEmpty()) {
                    w(" ");
                    bounds(b.bounds());
                }
            } else if (p instanceof WherePredicate.LifetimePredicate l) {
                w(l.lifetime().name());
                w(":");
                for (int j = 0; j < l.bounds().size(); j++) {
                    w(j == 0 ? " " : " + ");
                    w(l.bounds().get(j).name());
                }
            }
        }
    }

    private void bounds(List<Bound> bounds) {
        for (int i = 0; i < bounds.size(); i++) {
            if (i > 0) {
                w(" + ");
            }
            Bound b = bounds.get(i);
            if (b instanceof Bound.TraitBound t) {
                if (t.maybe()) {
                    w("?");
                }
                if (t.maybeConst()) {
                    w("~const ");
                }
                forLifetimes(t.forLifetimes());
                path(t.path(), Style.TYPE);
            } else if (b instanceof Bound.LifetimeBound l) {
                w(l.lifetime().name());
            } else if (b instanceof Bound.UseBound u) {
                w("use");
                genericArgs(new GenericArgs.AngleBracketed(u.args(), u.span()));
            }
        }
    }

    // ---- types ----

    /**
     * {@code allowPlus} is false where the parser reads a type without {@code +} bounds (behind {@code &},
     * after {@code as}, {@code ->}, in impl headers), so {@code dyn A + B} needs parentheses there.
     */
    private void ty(Ty t, boolean allowPlus) {
        if (!allowPlus && (t instanceof Ty.DynTraitTy d && d.bounds().size() > 1
                || t instanceof Ty.ImplTraitTy i && i.bounds().size() > 1)) {
            w("(");
            ty(t, true);
            w(")");
            return;
        }
        if (t instanceof Ty.PathTy p) {
            qpath(p.qself(), p.path(), Style.TYPE);
        } else if (t instanceof Ty.RefTy r) {
            w("&");
            if (r.lifetime() != null) {
                w(r.lifetime().name() + " ");
            }
            if (r.mutability().isMut()) {
                w("mut ");
            }
            ty(r.inner(), false);
        } else if (t instanceof Ty.PtrTy p) {
            w(p.mutability().isMut() ? "*mut " : "*const ");
            ty(p.inner(), false);
        } else if (t instanceof Ty.SliceTy s) {
            w("[");
            ty(s.elem(), true);
            w("]");
        } else if (t instanceof Ty.ArrayTy a) {
            w("[");
            ty(a.elem(), true);
            w("; ");
            expr(a.len(), FULL);
            w("]");
        } else if (t instanceof Ty.TupleTy tt) {
            w("(");
            for (int i = 0; i < tt.elems().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                ty(tt.elems().get(i), true);
            }
            if (tt.elems().size() == 1) {
                w(",");
            }
            w(")");
        } else if (t instanceof Ty.NeverTy) {
            w("!");
        } else if (t instanceof Ty.InferTy) {
            w("_");
        } else if (t instanceof Ty.FnPtrTy f) {
            forLifetimes(f.forLifetimes());
            if (f.isUnsafe()) {
                w("unsafe ");
            }
            if (f.abi() != null) {
                w("extern \"" + f.abi() + "\" ");
            }
            w("fn(");
            for (int i = 0; i < f.params().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                Ty.FnPtrParam p = f.params().get(i);
                if (p.name() != null) {
                    ident(p.name());
                    w(": ");
                }
                ty(p.ty(), true);
            }
            if (f.variadic()) {
                w(f.params().isEmpty() ? "..." : ", ...");
            }
            w(")");
            if (f.ret() != null) {
                w(" -> ");
                ty(f.ret(), false);
            }
        } else if (t instanceof Ty.ImplTraitTy i) {
            w("impl ");
            bounds(i.bounds());
        } else if (t instanceof Ty.DynTraitTy d) {
            w("dyn ");
            bounds(d.bounds());
        } else if (t instanceof Ty.ParenTy p) {
            w("(");
            ty(p.inner(), true);
            w(")");
        } else if (t instanceof Ty.MacroTy m) {
            macroCall(m.mac(), Style.TYPE);
        } else {
            w("_ /* error */");
        }
    }

    // ---- patterns ----

    /** {@code allowAlt} is false where the parser reads a pattern without top-level {@code |}. */
    private void pat(Pat p, boolean allowAlt) {
        if (p instanceof Pat.OrPat o) {
            if (!allowAlt) {
                w("(");
                pat(p, true);
                w(")");
                return;
            }
            for (int i = 0; i < o.alts().size(); i++) {
                if (i > 0) {
                    w(" | ");
                }
                pat(o.alts().get(i), false);
            }
        } else if (p instanceof Pat.Wild) {
            w("_");
        } else if (p instanceof Pat.Rest) {
            w("..");
        } else if (p instanceof Pat.IdentPat i) {
            if (i.byRef()) {
                w("ref ");
            }
            if (i.mutability().isMut()) {
                w("mut ");
            }
            ident(i.name());
            if (i.sub() != null) {
                w(" @ ");
                pat(i.sub(), false);
            }
        } else if (p instanceof Pat.LitPat l) {
            patExpr(l.expr());
        } else if (p instanceof Pat.RangePat r) {
            if (r.lo() != null) {
                patExpr(r.lo());
                if (lastChar() == '.') {
                    w(" ");
                }
            }
            w(r.inclusive() ? "..=" : "..");
            if (r.hi() != null) {
                patExpr(r.hi());
            }
        } else if (p instanceof Pat.TuplePat t) {
            w("(");
            patList(t.elems());
            if (t.elems().size() == 1 && !(t.elems().get(0) instanceof Pat.Rest)) {
                w(",");
            }
            w(")");
        } else if (p instanceof Pat.StructPat s) {
            qpath(s.qself(), s.path(), Style.EXPR);
            if (s.fields().isEmpty() && !s.rest()) {
                w(" {}");
                return;
            }
            w(" { ");
            for (int i = 0; i < s.fields().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                fieldPat(s.fields().get(i));
            }
            if (s.rest()) {
                w(s.fields().isEmpty() ? ".." : ", ..");
            }
            w(" }");
        } else if (p instanceof Pat.TupleStructPat t) {
            qpath(t.qself(), t.path(), Style.EXPR);
            w("(");
            patList(t.elems());
            w(")");
        } else if (p instanceof Pat.PathPat pp) {
            qpath(pp.qself(), pp.path(), Style.EXPR);
        } else if (p instanceof Pat.SlicePat s) {
            w("[");
            patList(s.elems());
            w("]");
        } else if (p instanceof Pat.RefPat r) {
            w("&");
            if (r.mutability().isMut()) {
                w("mut ");
            }
            boolean startsWithMut = r.pat() instanceof Pat.IdentPat ip && !ip.byRef() && ip.mutability().isMut();
            referencedPat(r.pat(), startsWithMut && !r.mutability().isMut());
        } else if (p instanceof Pat.ParenPat pp) {
            w("(");
            pat(pp.inner(), true);
            w(")");
        } else if (p instanceof Pat.BoxPat b) {
            w("box ");
            referencedPat(b.inner(), false);
        } else if (p instanceof Pat.MacroPat m) {
            macroCall(m.mac(), Style.EXPR);
        } else {
            w("_ /* error */");
        }
    }

    /** The pattern after {@code &} or {@code box}: a range there needs parentheses in Rust. */
    private void referencedPat(Pat inner, boolean forceParens) {
        if (forceParens || inner instanceof Pat.RangePat) {
            w("(");
            pat(inner, true);
            w(")");
        } else {
            pat(inner, false);
        }
    }

    private void patList(List<Pat> pats) {
        for (int i = 0; i < pats.size(); i++) {
            if (i > 0) {
                w(", ");
            }
            pat(pats.get(i), true);
        }
    }

    private void fieldPat(Pat.FieldPat f) {
        attrsInline(f.attrs());
        if (f.shorthand() && f.pat() instanceof Pat.IdentPat ip && ip.sub() == null && ip.name().name().equals(f.name().name())
                && ip.name().raw() == f.name().raw()) {
            pat(ip, false);
            return;
        }
        ident(f.name());
        w(": ");
        pat(f.pat(), true);
    }

    /** A literal or path inside a literal or range pattern. */
    private void patExpr(Expr e) {
        if (e instanceof Expr.LitExpr l) {
            lit(l.lit());
        } else if (e instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            w("-");
            patExpr(u.operand());
        } else if (e instanceof Expr.PathExpr p) {
            qpath(p.qself(), p.path(), Style.EXPR);
        } else {
            expr(e, FULL);
        }
    }

    // ---- literals ----

    private void lit(Lit l) {
        if (l instanceof Lit.Int i) {
            w(i.value().toString() + (i.suffix() == null ? "" : i.suffix()));
        } else if (l instanceof Lit.Float f) {
            w(floatText(f));
        } else if (l instanceof Lit.Bool b) {
            w(b.value() ? "true" : "false");
        } else if (l instanceof Lit.Char c) {
            w("'" + escapeChar(c.codePoint()) + "'");
        } else if (l instanceof Lit.Byte b) {
            w("b'" + escapeByte(b.value(), '\'') + "'");
        } else if (l instanceof Lit.Str s) {
            w(s.raw() ? rawQuoted("r", s.value()) : "\"" + escapeStr(s.value()) + "\"");
        } else if (l instanceof Lit.ByteStr b) {
            String utf8 = b.raw() ? strictUtf8(b.value()) : null;
            if (utf8 != null) {
                w(rawQuoted("br", utf8));
            } else {
                StringBuilder sb = new StringBuilder("b\"");
                for (byte x : b.value()) {
                    sb.append(escapeByte(x & 0xff, '"'));
                }
                w(sb.append('"').toString());
            }
        } else if (l instanceof Lit.CStr c) {
            String utf8 = strictUtf8(c.value());
            if (utf8 != null && c.raw()) {
                w(rawQuoted("cr", utf8));
            } else if (utf8 != null) {
                w("c\"" + escapeStr(utf8) + "\"");
            } else {
                StringBuilder sb = new StringBuilder("c\"");
                for (byte x : c.value()) {
                    sb.append(escapeByte(x & 0xff, '"'));
                }
                w(sb.append('"').toString());
            }
        } else {
            w("() /* error */");
        }
    }

    /** The float's text, completed where it would not lex as a float on its own ({@code 1.f32} is a field access). */
    private static String floatText(Lit.Float f) {
        String t = f.text();
        if (f.suffix() != null) {
            return (t.endsWith(".") ? t + "0" : t) + f.suffix();
        }
        if (t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0) {
            return t + ".0";
        }
        return t;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A raw literal with just enough {@code #} that no quote inside ends it. */
    private static String rawQuoted(String prefix, String body) {
        int hashes = 0;
        for (int i = body.indexOf('"'); i >= 0; i = body.indexOf('"', i + 1)) {
            int run = 0;
            while (i + 1 + run < body.length() && body.charAt(i + 1 + run) == '#') {
                run++;
            }
            hashes = Math.max(hashes, run + 1);
        }
        String h = "#".repeat(hashes);
        return prefix + h + "\"" + body + "\"" + h;
    }

    private static String escapeStr(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '"') {
                sb.append("\\\"");
            } else {
                appendEscaped(sb, cp);
            }
        }
        return sb.toString();
    }

    private static String escapeChar(int cp) {
        StringBuilder sb = new StringBuilder();
        if (cp == '\'') {
            sb.append("\\'");
        } else {
            appendEscaped(sb, cp);
        }
        return sb.toString();
    }

    /** Escapes a code point the way both Rust and this compiler's lexer read it, keeping printable text as is. */
    private static void appendEscaped(StringBuilder sb, int cp) {
        switch (cp) {
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0 -> sb.append("\\0");
            default -> {
                if (isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
                }
            }
        }
    }

    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK;
    }

    private static String escapeByte(int b, char quote) {
        return switch (b) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0 -> "\\0";
            default -> {
                if (b == quote) {
                    yield "\\" + quote;
                }
                if (b >= 0x20 && b < 0x7f) {
                    yield String.valueOf((char) b);
                }
                yield String.format("\\x%02x", b);
            }
        };
    }

    // ---- expressions ----

    private static int prec(Expr e) {
        if (e instanceof Expr.Assign || e instanceof Expr.AssignOp) {
            return PREC_ASSIGN;
        }
        if (e instanceof Expr.Range) {
            return PREC_RANGE;
        }
        if (e instanceof Expr.Binary b) {
            return b.op().precedence();
        }
        if (e instanceof Expr.Cast) {
            return PREC_CAST;
        }
        if (e instanceof Expr.Unary || e instanceof Expr.AddrOf) {
            return PREC_PREFIX;
        }
        if (e instanceof Expr.Call || e instanceof Expr.MethodCall || e instanceof Expr.Field || e instanceof Expr.TupleField
                || e instanceof Expr.Index || e instanceof Expr.Try || e instanceof Expr.Await) {
            return PREC_POSTFIX;
        }
        return PREC_PRIMARY;
    }

    /** The forms the parser treats as a whole statement when they start one. */
    private static boolean isStatementBlock(Expr e) {
        return e instanceof Expr.If || e instanceof Expr.Match || e instanceof Expr.Loop || e instanceof Expr.While
                || e instanceof Expr.ForLoop
                || e instanceof Expr.BlockExpr b && (b.label() != null || b.kind() != Expr.BlockKind.CONST);
    }

    private static boolean startsWithLabel(Expr e) {
        return e instanceof Expr.BlockExpr b && b.label() != null || e instanceof Expr.Loop l && l.label() != null
                || e instanceof Expr.While w && w.label() != null || e instanceof Expr.ForLoop f && f.label() != null;
    }

    private static boolean needsParens(Expr e, Ctx c) {
        if (!e.attrs().isEmpty() && !c.attrsOk()) {
            return true;
        }
        if (prec(e) < c.minPrec()) {
            return true;
        }
        // forms that take everything after them as their operand
        if (e instanceof Expr.Closure && c.follow() != FOLLOW_NONE) {
            return true;
        }
        if (e instanceof Expr.Return r && (r.value() == null ? c.follow() != FOLLOW_NONE : c.follow() >= 0)) {
            return true;
        }
        if (e instanceof Expr.Break && c.follow() >= 0) {
            return true;
        }
        if (e instanceof Expr.Let && (c.follow() >= PREC_LET_SCRUTINEE || c.stmt() != STMT_NO)) {
            return true;
        }
        if (e instanceof Expr.Cast && c.followTok() == TOK_LT) {
            return true;
        }
        if (e instanceof Expr.StructLit && c.noStruct()) {
            return true;
        }
        if ((c.ban() & BAN_BRACE) != 0 && e instanceof Expr.BlockExpr b && b.label() == null && b.kind() == Expr.BlockKind.PLAIN) {
            return true;
        }
        if ((c.ban() & BAN_LABEL) != 0 && startsWithLabel(e)) {
            return true;
        }
        if (c.stmt() != STMT_NO && c.follow() != FOLLOW_NONE && isStatementBlock(e)
                && !(c.stmt() == STMT_START && c.followTok() == TOK_DOT)) {
            return true;
        }
        if (c.at() == AT_CALLEE && e instanceof Expr.Field) {
            return true;
        }
        if ((c.at() == AT_FIELD_BASE || c.at() == AT_TUPLE_BASE) && e instanceof Expr.LitExpr l) {
            if (l.lit() instanceof Lit.Float f && floatText(f).endsWith(".")) {
                return true;
            }
            return c.at() == AT_TUPLE_BASE && l.lit() instanceof Lit.Int i && i.suffix() == null;
        }
        return false;
    }

    /** The operand printed first, for the forms whose text starts with an operand; null for the others. */
    private static Expr leftOperand(Expr e) {
        if (e instanceof Expr.Binary b) {
            return b.lhs();
        }
        if (e instanceof Expr.Assign a) {
            return a.lhs();
        }
        if (e instanceof Expr.AssignOp a) {
            return a.lhs();
        }
        if (e instanceof Expr.Range r) {
            return r.lo();
        }
        if (e instanceof Expr.Cast c) {
            return c.expr();
        }
        if (e instanceof Expr.Call c) {
            return c.callee();
        }
        if (e instanceof Expr.MethodCall m) {
            return m.receiver();
        }
        if (e instanceof Expr.Field f) {
            return f.base();
        }
        if (e instanceof Expr.TupleField t) {
            return t.base();
        }
        if (e instanceof Expr.Index i) {
            return i.base();
        }
        if (e instanceof Expr.Try t) {
            return t.expr();
        }
        if (e instanceof Expr.Await a) {
            return a.expr();
        }
        return null;
    }

    private static Ctx leftCtx(Expr e, Ctx c) {
        int min;
        int follow;
        int tok = TOK_OTHER;
        int at = AT_ANY;
        int stmt = c.stmt();
        if (e instanceof Expr.Binary b) {
            int p = b.op().precedence();
            // comparisons do not chain
            min = b.op().isComparison() ? p + 1 : p;
            follow = p;
            if (b.op() == BinOp.LT || b.op() == BinOp.SHL) {
                tok = TOK_LT;
            }
        } else if (e instanceof Expr.Assign || e instanceof Expr.AssignOp) {
            min = PREC_RANGE;
            follow = PREC_ASSIGN;
        } else if (e instanceof Expr.Range) {
            min = PREC_RANGE + 1;
            follow = PREC_RANGE;
            if (stmt != STMT_NO) {
                stmt = STMT_UNDER_RANGE;
            }
        } else if (e instanceof Expr.Cast) {
            min = PREC_CAST;
            follow = PREC_CAST;
        } else {
            min = PREC_POSTFIX;
            follow = PREC_POSTFIX;
            if (e instanceof Expr.Call) {
                at = AT_CALLEE;
            } else if (e instanceof Expr.TupleField) {
                tok = TOK_DOT;
                at = AT_TUPLE_BASE;
            } else if (e instanceof Expr.Field || e instanceof Expr.MethodCall || e instanceof Expr.Await) {
                tok = TOK_DOT;
                at = AT_FIELD_BASE;
            } else if (e instanceof Expr.Try) {
                tok = TOK_DOT;
            }
        }
        return new Ctx(min, follow, tok, c.noStruct(), stmt, false, at, c.ban());
    }

    /** The context of an operand printed last: whatever follows the whole expression follows it. */
    private static Ctx rightCtx(Ctx c, int min) {
        return new Ctx(min, c.follow(), c.followTok(), c.noStruct(), STMT_NO, false, AT_ANY, 0);
    }

    /**
     * Prints {@code e}. The chain of left operands (the left spine) is walked in a loop: it is printed
     * down to its first operand, then each level's remainder (operator and right operand, call
     * arguments, ...) is printed on the way back.
     */
    private void expr(Expr e, Ctx c) {
        Deque<Expr> spine = new ArrayDeque<>();
        Deque<Ctx> ctxs = new ArrayDeque<>();
        Expr cur = e;
        Ctx cc = c;
        while (true) {
            if (needsParens(cur, cc)) {
                w("(");
                expr(cur, FULL);
                w(")");
                break;
            }
            if (!cur.attrs().isEmpty()) {
                if (cc.stmt() == STMT_START && cc.follow() == FOLLOW_NONE) {
                    attrsOwnLines(cur.attrs());
                } else {
                    attrsInline(cur.attrs());
                }
            }
            Expr left = leftOperand(cur);
            if (left == null) {
                primary(cur, cc);
                break;
            }
            spine.push(cur);
            ctxs.push(cc);
            cc = leftCtx(cur, cc);
            cur = left;
        }
        while (!spine.isEmpty()) {
            rest(spine.pop(), ctxs.pop());
        }
    }

    /** What follows the left operand of {@code e}. */
    private void rest(Expr e, Ctx c) {
        if (e instanceof Expr.Binary b) {
            w(" " + b.op().symbol() + " ");
            expr(b.rhs(), rightCtx(c, b.op().precedence() + 1));
        } else if (e instanceof Expr.Assign a) {
            w(" = ");
            expr(a.rhs(), rightCtx(c, PREC_ASSIGN));
        } else if (e instanceof Expr.AssignOp a) {
            w(" " + a.op().symbol() + "= ");
            expr(a.rhs(), rightCtx(c, PREC_ASSIGN));
        } else if (e instanceof Expr.Range r) {
            rangeRest(r, c);
        } else if (e instanceof Expr.Cast cast) {
            w(" as ");
            ty(cast.ty(), false);
        } else if (e instanceof Expr.Call call) {
            args(call.args());
        } else if (e instanceof Expr.MethodCall m) {
            w(".");
            ident(m.method().ident());
            if (m.method().args() != null) {
                w("::");
                genericArgs(m.method().args());
            }
            args(m.args());
        } else if (e instanceof Expr.Field f) {
            w(".");
            ident(f.field());
        } else if (e instanceof Expr.TupleField t) {
            w("." + t.index());
        } else if (e instanceof Expr.Index i) {
            w("[");
            expr(i.index(), FULL);
            w("]");
        } else if (e instanceof Expr.Try) {
            w("?");
        } else if (e instanceof Expr.Await) {
            w(".await");
        }
    }

    private void rangeRest(Expr.Range r, Ctx c) {
        if (lastChar() == '.') {
            // `1.` then `..` would lex as `1` `...`
            w(" ");
        }
        w(r.inclusive() ? "..=" : "..");
        if (r.hi() != null) {
            Ctx hc = rightCtx(c, PREC_RANGE + 1);
            if (c.noStruct()) {
                hc = new Ctx(hc.minPrec(), hc.follow(), hc.followTok(), true, STMT_NO, false, AT_ANY, BAN_BRACE);
            }
            expr(r.hi(), hc);
        }
    }

    private void args(List<Expr> args) {
        w("(");
        exprList(args);
        w(")");
    }

    private void exprList(List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                w(", ");
            }
            expr(es.get(i), FULL);
        }
    }

    private void label(Lifetime l) {
        if (l != null) {
            w(l.name() + ": ");
        }
    }

    /** Expressions that do not start with an operand. */
    private void primary(Expr e, Ctx c) {
        if (e instanceof Expr.LitExpr l) {
            lit(l.lit());
        } else if (e instanceof Expr.PathExpr p) {
            qpath(p.qself(), p.path(), Style.EXPR);
        } else if (e instanceof Expr.Unary u) {
            w(u.op().symbol());
            expr(u.operand(), rightCtx(c, PREC_PREFIX));
        } else if (e instanceof Expr.AddrOf a) {
            w("&");
            if (a.raw()) {
                w(a.mutability().isMut() ? "raw mut " : "raw const ");
            } else if (a.mutability().isMut()) {
                w("mut ");
            }
            expr(a.expr(), rightCtx(c, PREC_PREFIX));
        } else if (e instanceof Expr.Range r) {
            rangeRest(r, c);
        } else if (e instanceof Expr.If i) {
            ifExpr(i);
        } else if (e instanceof Expr.Let l) {
            w("let ");
            pat(l.pat(), true);
            w(" = ");
            expr(l.scrutinee(), new Ctx(PREC_LET_SCRUTINEE, c.follow(), c.followTok(), true, STMT_NO, false, AT_ANY, 0));
        } else if (e instanceof Expr.While wh) {
            label(wh.label());
            w("while ");
            expr(wh.cond(), HEAD);
            w(" ");
            block(wh.body());
        } else if (e instanceof Expr.Loop l) {
            label(l.label());
            w("loop ");
            block(l.body());
        } else if (e instanceof Expr.ForLoop f) {
            label(f.label());
            w("for ");
            pat(f.pat(), true);
            w(" in ");
            expr(f.iter(), HEAD);
            w(" ");
            block(f.body());
        } else if (e instanceof Expr.Match m) {
            match(m);
        } else if (e instanceof Expr.BlockExpr b) {
            label(b.label());
            if (b.kind() == Expr.BlockKind.UNSAFE) {
                w("unsafe ");
            } else if (b.kind() == Expr.BlockKind.CONST) {
                w("const ");
            }
            block(b.block());
        } else if (e instanceof Expr.AsyncBlock a) {
            w(a.isMove() ? "async move " : "async ");
            block(a.block());
        } else if (e instanceof Expr.Closure cl) {
            closure(cl);
        } else if (e instanceof Expr.Break b) {
            w("break");
            if (b.label() != null) {
                w(" " + b.label().name());
            }
            if (b.value() != null) {
                w(" ");
                int ban = (c.noStruct() ? BAN_BRACE : 0) | (b.label() == null ? BAN_LABEL : 0);
                expr(b.value(), new Ctx(0, c.follow(), c.followTok(), c.noStruct(), STMT_NO, true, AT_ANY, ban));
            }
        } else if (e instanceof Expr.Continue k) {
            w("continue");
            if (k.label() != null) {
                w(" " + k.label().name());
            }
        } else if (e instanceof Expr.Return r) {
            w("return");
            if (r.value() != null) {
                w(" ");
                expr(r.value(), new Ctx(0, c.follow(), c.followTok(), c.noStruct(), STMT_NO, true, AT_ANY, 0));
            }
        } else if (e instanceof Expr.Tuple t) {
            w("(");
            exprList(t.elems());
            if (t.elems().size() == 1) {
                w(",");
            }
            w(")");
        } else if (e instanceof Expr.Array a) {
            w("[");
            exprList(a.elems());
            w("]");
        } else if (e instanceof Expr.Repeat r) {
            w("[");
            expr(r.elem(), FULL);
            w("; ");
            expr(r.count(), FULL);
            w("]");
        } else if (e instanceof Expr.StructLit s) {
            structLit(s);
        } else if (e instanceof Expr.MacroCallExpr m) {
            macroCall(m.mac(), Style.EXPR);
        } else if (e instanceof Expr.Paren p) {
            w("(");
            expr(p.inner(), FULL);
            w(")");
        } else if (e instanceof Expr.Underscore) {
            w("_");
        } else {
            w("() /* error */");
        }
    }

    private void ifExpr(Expr.If first) {
        Expr.If i = first;
        while (true) {
            w("if ");
            expr(i.cond(), HEAD);
            w(" ");
            block(i.then());
            Expr els = i.elseExpr();
            if (els == null) {
                return;
            }
            w(" else ");
            if (els instanceof Expr.If next) {
                i = next;
                continue;
            }
            if (els instanceof Expr.BlockExpr b) {
                block(b.block());
            } else {
                expr(els, FULL);
            }
            return;
        }
    }

    private void match(Expr.Match m) {
        w("match ");
        expr(m.scrutinee(), HEAD);
        if (m.arms().isEmpty()) {
            w(" {}");
            return;
        }
        w(" {");
        indent++;
        for (int i = 0; i < m.arms().size(); i++) {
            Expr.MatchArm arm = m.arms().get(i);
            newline();
            attrsOwnLines(arm.attrs());
            pat(arm.pat(), true);
            if (arm.guard() != null) {
                w(" if ");
                expr(arm.guard(), FULL);
            }
            w(" => ");
            // an arm body follows the statement rule (as in rustc): `if c {} = 0` needs parentheses there
            expr(arm.body(), STMT);
            boolean last = i == m.arms().size() - 1;
            // a block body needs no comma, but this parser continues an expression after a block, so the
            // comma stays when the next arm's pattern could be read as an operator or call
            boolean blockBody = arm.body() instanceof Expr.BlockExpr && arm.body().attrs().isEmpty();
            if (!blockBody || !last && !startsSafelyAfterBlock(m.arms().get(i + 1))) {
                w(",");
            }
        }
        indent--;
        newline();
        w("}");
    }

    /** Whether the arm's first token cannot continue an expression that ends with {@code }}. */
    private static boolean startsSafelyAfterBlock(Expr.MatchArm arm) {
        if (!arm.attrs().isEmpty()) {
            return true;
        }
        Pat p = arm.pat();
        while (p instanceof Pat.OrPat o) {
            p = o.alts().get(0);
        }
        if (p instanceof Pat.IdentPat || p instanceof Pat.Wild || p instanceof Pat.BoxPat || p instanceof Pat.MacroPat) {
            return true;
        }
        if (p instanceof Pat.LitPat l) {
            return l.expr() instanceof Expr.LitExpr;
        }
        if (p instanceof Pat.RangePat r) {
            return r.lo() instanceof Expr.LitExpr || r.lo() instanceof Expr.PathExpr pe && pe.qself() == null;
        }
        if (p instanceof Pat.StructPat s) {
            return s.qself() == null;
        }
        if (p instanceof Pat.TupleStructPat t) {
            return t.qself() == null;
        }
        if (p instanceof Pat.PathPat pp) {
            return pp.qself() == null;
        }
        return false;
    }

    private void closure(Expr.Closure cl) {
        if (cl.isAsync()) {
            w("async ");
        }
        if (cl.isMove()) {
            w("move ");
        }
        if (cl.params().isEmpty()) {
            w("||");
        } else {
            w("|");
            for (int i = 0; i < cl.params().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                Expr.ClosureParam p = cl.params().get(i);
                attrsInline(p.attrs());
                pat(p.pat(), false);
                if (p.ty() != null) {
                    w(": ");
                    ty(p.ty(), true);
                }
            }
            w("|");
        }
        if (cl.ret() != null) {
            w(" -> ");
            ty(cl.ret(), false);
            w(" ");
            if (cl.body() instanceof Expr.BlockExpr b) {
                block(b.block());
            } else {
                w("{ ");
                expr(cl.body(), STMT);
                w(" }");
            }
            return;
        }
        w(" ");
        expr(cl.body(), FULL);
    }

    private void structLit(Expr.StructLit s) {
        qpath(s.qself(), s.path(), Style.EXPR);
        if (s.fields().isEmpty() && s.base() == null && !s.rest()) {
            w(" {}");
            return;
        }
        w(" { ");
        for (int i = 0; i < s.fields().size(); i++) {
            if (i > 0) {
                w(", ");
            }
            Expr.FieldInit f = s.fields().get(i);
            attrsInline(f.attrs());
            ident(f.name());
            boolean shorthand = f.shorthand() && f.expr() instanceof Expr.PathExpr p && p.qself() == null
                    && p.attrs().isEmpty() && p.path().isSimple()
                    && p.path().segments().get(0).ident().name().equals(f.name().name());
            if (!shorthand) {
                w(": ");
                expr(f.expr(), FULL);
            }
        }
        if (s.base() != null || s.rest()) {
            w(s.fields().isEmpty() ? ".." : ", ..");
            if (s.base() != null) {
                expr(s.base(), FULL);
            }
        }
        w(" }");
    }

    // ---- blocks and statements ----

    private void block(Block b) {
        if (b.stmts().isEmpty() && b.tail() == null) {
            w("{}");
            return;
        }
        w("{");
        indent++;
        for (Stmt s : b.stmts()) {
            newline();
            stmt(s);
        }
        if (b.tail() != null) {
            newline();
            expr(b.tail(), STMT);
        }
        indent--;
        newline();
        w("}");
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Let l) {
            attrsOwnLines(l.attrs());
            w("let ");
            pat(l.pat(), true);
            if (l.ty() != null) {
                w(": ");
                ty(l.ty(), true);
            }
            if (l.init() != null) {
                w(" = ");
                if (l.elseBlock() != null && endsWithElselessIf(l.init())) {
                    // the `else` would attach to the `if`
                    w("(");
                    expr(l.init(), FULL);
                    w(")");
                } else {
                    expr(l.init(), FULL);
                }
            }
            if (l.elseBlock() != null) {
                w(" else ");
                block(l.elseBlock());
            }
            w(";");
        } else if (s instanceof Stmt.ItemStmt i) {
            item(i.item());
        } else if (s instanceof Stmt.ExprStmt es) {
            expr(es.expr(), STMT);
            if (es.semi()) {
                w(";");
            }
        } else if (s instanceof Stmt.Empty) {
            w(";");
        }
    }

    private static boolean endsWithElselessIf(Expr e) {
        Expr cur = e;
        while (true) {
            if (cur instanceof Expr.If i) {
                if (i.elseExpr() == null) {
                    return true;
                }
                cur = i.elseExpr();
            } else if (cur instanceof Expr.Binary b) {
                cur = b.rhs();
            } else if (cur instanceof Expr.Assign a) {
                cur = a.rhs();
            } else if (cur instanceof Expr.AssignOp a) {
                cur = a.rhs();
            } else if (cur instanceof Expr.Range r && r.hi() != null) {
                cur = r.hi();
            } else if (cur instanceof Expr.Unary u) {
                cur = u.operand();
            } else if (cur instanceof Expr.AddrOf a) {
                cur = a.expr();
            } else if (cur instanceof Expr.Closure cl) {
                cur = cl.body();
            } else if (cur instanceof Expr.Return r && r.value() != null) {
                cur = r.value();
            } else if (cur instanceof Expr.Break b && b.value() != null) {
                cur = b.value();
            } else if (cur instanceof Expr.Let l) {
                cur = l.scrutinee();
            } else {
                return false;
            }
        }
    }

    // ---- items ----

    private void items(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                newline();
                if (!(isOneLiner(items.get(i - 1)) && isOneLiner(items.get(i)))) {
                    newline();
                }
            }
            item(items.get(i));
        }
    }

    /** Items that rustfmt-formatted code usually groups without blank lines between them. */
    private static boolean isOneLiner(Item i) {
        return i instanceof Item.Use || i instanceof Item.ExternCrate || i instanceof Item.Mod m && !m.inline()
                || i instanceof Item.TypeAlias || i instanceof Item.Fn f && f.body() == null;
    }

    /** Items in braces: {@code mod m { .. }}, impls, traits, extern blocks. */
    private void itemBody(List<Attr> innerAttrs, List<Item> items) {
        if (innerAttrs.isEmpty() && items.isEmpty()) {
            w(" {}");
            return;
        }
        w(" {");
        indent++;
        newline();
        attrsOwnLines(innerAttrs);
        if (!innerAttrs.isEmpty() && !items.isEmpty()) {
            newline();
        }
        items(items);
        indent--;
        if (!atLineStart) {
            newline();
        }
        w("}");
    }

    private void vis(Visibility v) {
        if (v instanceof Visibility.Public) {
            w("pub ");
        } else if (v instanceof Visibility.Restricted r) {
            w(r.in() ? "pub(in " : "pub(");
            path(r.path(), Style.MOD);
            w(") ");
        }
    }

    private void item(Item item) {
        attrsOwnLines(item.attrs());
        vis(item.vis());
        if (item instanceof Item.Fn f) {
            fn(f);
        } else if (item instanceof Item.Struct s) {
            w("struct ");
            ident(s.name());
            genericParams(s.generics().params());
            if (s.data() instanceof Item.VariantData.Named n) {
                whereClause(s.generics());
                namedFields(n.fields());
            } else if (s.data() instanceof Item.VariantData.TupleFields t) {
                tupleFields(t.fields());
                whereClause(s.generics());
                w(";");
            } else {
                whereClause(s.generics());
                w(";");
            }
        } else if (item instanceof Item.Enum en) {
            w("enum ");
            ident(en.name());
            genericParams(en.generics().params());
            whereClause(en.generics());
            if (en.variants().isEmpty()) {
                w(" {}");
                return;
            }
            w(" {");
            indent++;
            for (Item.Variant v : en.variants()) {
                newline();
                attrsOwnLines(v.attrs());
                ident(v.name());
                if (v.data() instanceof Item.VariantData.Named n) {
                    if (n.fields().isEmpty()) {
                        w(" {}");
                    } else {
                        w(" { ");
                        for (int i = 0; i < n.fields().size(); i++) {
                            if (i > 0) {
                                w(", ");
                            }
                            fieldDef(n.fields().get(i), true);
                        }
                        w(" }");
                    }
                } else if (v.data() instanceof Item.VariantData.TupleFields t) {
                    tupleFields(t.fields());
                }
                if (v.discriminant() != null) {
                    w(" = ");
                    expr(v.discriminant(), FULL);
                }
                w(",");
            }
            indent--;
            newline();
            w("}");
        } else if (item instanceof Item.Union u) {
            w("union ");
            ident(u.name());
            genericParams(u.generics().params());
            whereClause(u.generics());
            namedFields(u.fields());
        } else if (item instanceof Item.Trait t) {
            if (t.isUnsafe()) {
                w("unsafe ");
            }
            if (t.isAuto()) {
                w("auto ");
            }
            w("trait ");
            ident(t.name());
            genericParams(t.generics().params());
            if (!t.supertraits().isEmpty()) {
                w(": ");
                bounds(t.supertraits());
            }
            whereClause(t.generics());
            itemBody(List.of(), t.items());
        } else if (item instanceof Item.Impl im) {
            if (im.isUnsafe()) {
                w("unsafe ");
            }
            w("impl");
            genericParams(im.generics().params());
            w(" ");
            if (im.negative()) {
                w("!");
            }
            if (im.trait() != null) {
                path(im.trait(), Style.TYPE);
                w(" for ");
            }
            ty(im.selfTy(), false);
            whereClause(im.generics());
            itemBody(List.of(), im.items());
        } else if (item instanceof Item.TypeAlias ta) {
            w("type ");
            ident(ta.name());
            genericParams(ta.generics().params());
            if (!ta.bounds().isEmpty()) {
                w(": ");
                bounds(ta.bounds());
            }
            if (ta.ty() != null) {
                w(" = ");
                ty(ta.ty(), true);
            }
            whereClause(ta.generics());
            w(";");
        } else if (item instanceof Item.Const c) {
            w("const ");
            ident(c.name());
            genericParams(c.generics().params());
            w(": ");
            ty(c.ty(), true);
            if (c.value() != null) {
                w(" = ");
                expr(c.value(), FULL);
            }
            whereClause(c.generics());
            w(";");
        } else if (item instanceof Item.Static s) {
            w(s.mutability().isMut() ? "static mut " : "static ");
            ident(s.name());
            w(": ");
            ty(s.ty(), true);
            if (s.value() != null) {
                w(" = ");
                expr(s.value(), FULL);
            }
            w(";");
        } else if (item instanceof Item.Mod m) {
            if (m.isUnsafe()) {
                w("unsafe ");
            }
            w("mod ");
            ident(m.name());
            if (m.inline()) {
                itemBody(m.innerAttrs(), m.items());
            } else {
                // an out-of-line module's items belong to its own file
                w(";");
            }
        } else if (item instanceof Item.Use u) {
            w("use ");
            useTree(u.tree());
            w(";");
        } else if (item instanceof Item.ExternCrate ec) {
            w("extern crate ");
            ident(ec.crateName());
            if (ec.rename() != null) {
                w(" as ");
                ident(ec.rename());
            }
            w(";");
        } else if (item instanceof Item.ExternBlock eb) {
            if (eb.isUnsafe()) {
                w("unsafe ");
            }
            w(eb.abi() == null ? "extern" : "extern \"" + eb.abi() + "\"");
            itemBody(eb.innerAttrs(), eb.items());
        } else if (item instanceof Item.MacroRules mr) {
            w("macro_rules! ");
            ident(mr.name());
            startTokens(new Token(TokenKind.IDENT, mr.name().name(), Span.DUMMY));
            delimited(mr.body());
            if (mr.body().delimiter() != TokenTree.Delimiter.BRACE) {
                w(";");
            }
        } else if (item instanceof Item.MacroItem mi) {
            macroCall(mi.mac(), Style.MOD);
            if (mi.mac().delimiter() != TokenTree.Delimiter.BRACE) {
                w(";");
            }
        } else {
            w("/* error */");
        }
    }

    private void fn(Item.Fn f) {
        Item.FnSig s = f.sig();
        if (s.isConst()) {
            w("const ");
        }
        if (s.isAsync()) {
            w("async ");
        }
        if (s.isUnsafe()) {
            w("unsafe ");
        }
        if (s.abi() != null) {
            w("extern \"" + s.abi() + "\" ");
        }
        w("fn ");
        ident(f.name());
        genericParams(f.generics().params());
        w("(");
        boolean first = true;
        if (f.selfParam() != null) {
            selfParam(f.selfParam());
            first = false;
        }
        for (Item.Param p : f.params()) {
            if (!first) {
                w(", ");
            }
            first = false;
            attrsInline(p.attrs());
            pat(p.pat(), false);
            w(": ");
            ty(p.ty(), true);
        }
        w(")");
        if (f.ret() != null) {
            w(" -> ");
            ty(f.ret(), false);
        }
        whereClause(f.generics());
        if (f.body() == null) {
            w(";");
        } else {
            w(" ");
            block(f.body());
        }
    }

    private void selfParam(Item.SelfParam sp) {
        attrsInline(sp.attrs());
        switch (sp.kind()) {
            case VALUE -> w(sp.mutability().isMut() ? "mut self" : "self");
            case REF, REF_MUT -> {
                w("&");
                if (sp.lifetime() != null) {
                    w(sp.lifetime().name() + " ");
                }
                w(sp.kind() == Item.SelfKind.REF_MUT ? "mut self" : "self");
            }
            case EXPLICIT -> {
                w(sp.mutability().isMut() ? "mut self: " : "self: ");
                ty(sp.explicitTy(), true);
            }
        }
    }

    private void namedFields(List<Item.FieldDef> fields) {
        if (fields.isEmpty()) {
            w(" {}");
            return;
        }
        w(" {");
        indent++;
        for (Item.FieldDef f : fields) {
            newline();
            attrsOwnLines(f.attrs());
            fieldDef(f, false);
            w(",");
        }
        indent--;
        newline();
        w("}");
    }

    private void fieldDef(Item.FieldDef f, boolean inline) {
        if (inline) {
            attrsInline(f.attrs());
        }
        vis(f.vis());
        if (f.name() != null) {
            ident(f.name());
            w(": ");
        }
        ty(f.ty(), true);
    }

    private void tupleFields(List<Item.FieldDef> fields) {
        w("(");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w(", ");
            }
            fieldDef(fields.get(i), true);
        }
        w(")");
    }

    private void useTree(Item.UseTree t) {
        if (t instanceof Item.UseTree.Simple s) {
            path(s.path(), Style.MOD);
            if (s.rename() != null) {
                w(" as ");
                ident(s.rename());
            }
        } else if (t instanceof Item.UseTree.Glob g) {
            usePrefix(g.prefix());
            w("*");
        } else if (t instanceof Item.UseTree.Nested n) {
            usePrefix(n.prefix());
            w("{");
            for (int i = 0; i < n.trees().size(); i++) {
                if (i > 0) {
                    w(", ");
                }
                useTree(n.trees().get(i));
            }
            w("}");
        }
    }

    private void usePrefix(Path prefix) {
        path(prefix, Style.MOD);
        if (!prefix.segments().isEmpty()) {
            w("::");
        }
    }

    // ---- token trees ----

    private void macroCall(MacroCall m, Style style) {
        path(m.path(), style);
        w("!");
        startTokens(new Token(TokenKind.NOT, "!", Span.DUMMY));
        delimited(new TokenTree.Delimited(m.delimiter(), m.tokens(), Span.DUMMY, Span.DUMMY));
    }

    private void startTokens(Token before) {
        lastTok = before;
        lastTok2 = null;
    }

    private void tokenTrees(List<TokenTree> trees) {
        for (TokenTree t : trees) {
            if (t instanceof TokenTree.Leaf l) {
                token(l.token());
            } else if (t instanceof TokenTree.Delimited d) {
                delimited(d);
            }
        }
    }

    /**
     * A delimited group; a brace group with {@code ;} at its top level (macro rules, statements) is laid
     * out one statement per line.
     */
    private void delimited(TokenTree.Delimited d) {
        token(new Token(TokenKind.openOf(d.delimiter()), d.delimiter().open(), d.open()));
        boolean multiline = d.delimiter() == TokenTree.Delimiter.BRACE && d.trees().stream()
                .anyMatch(t -> t instanceof TokenTree.Leaf l && l.token().is(TokenKind.SEMI));
        if (multiline) {
            indent++;
            newline();
        }
        for (int i = 0; i < d.trees().size(); i++) {
            TokenTree t = d.trees().get(i);
            if (t instanceof TokenTree.Leaf l) {
                token(l.token());
                if (multiline && l.token().is(TokenKind.SEMI) && i < d.trees().size() - 1) {
                    newline();
                }
            } else if (t instanceof TokenTree.Delimited inner) {
                delimited(inner);
            }
        }
        if (multiline) {
            indent--;
            if (!atLineStart) {
                newline();
            }
        }
        token(new Token(TokenKind.closeOf(d.delimiter()), d.delimiter().close(), d.close()));
    }


    private void token(Token t) {
        Token prev = lastTok;
        if (prev != null && !atLineStart) {
            if (isLineComment(prev)) {
                newline();
            } else if (spaceBetween(prev, t) || mustSeparate(prev, t)) {
                w(" ");
            }
        }
        w(t.text());
        lastTok2 = prev;
        lastTok = t;
    }

    private static boolean isLineComment(Token t) {
        return (t.is(TokenKind.DOC_COMMENT_OUTER) || t.is(TokenKind.DOC_COMMENT_INNER)) && t.text().startsWith("//");
    }

    /** Spacing as in the source when both tokens come from it, else a rustfmt-like guess. */
    private boolean spaceBetween(Token a, Token b) {
        Span x = a.span();
        Span y = b.span();
        if (!x.isDummy() && !y.isDummy() && x.file() == y.file() && y.lo() >= x.hi()) {
            return y.lo() > x.hi();
        }
        TokenKind p = a.kind();
        TokenKind k = b.kind();
        if (k == TokenKind.CLOSE_BRACE) {
            return p != TokenKind.OPEN_BRACE;
        }
        if (p == TokenKind.OPEN_PAREN || p == TokenKind.OPEN_BRACKET || p == TokenKind.DOT || p == TokenKind.PATH_SEP
                || p == TokenKind.DOLLAR || p == TokenKind.POUND || p == TokenKind.NOT) {
            return p == TokenKind.NOT && k == TokenKind.OPEN_BRACE;
        }
        if (k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET || k == TokenKind.COMMA || k == TokenKind.SEMI
                || k == TokenKind.DOT || k == TokenKind.QUESTION || k == TokenKind.PATH_SEP || k == TokenKind.COLON) {
            return false;
        }
        if (k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET) {
            return !(p == TokenKind.IDENT && !KEYWORDS_BEFORE_OPERAND.contains(a.text()) || p == TokenKind.RAW_IDENT
                    || p == TokenKind.CLOSE_PAREN || p == TokenKind.CLOSE_BRACKET || p == TokenKind.GT);
        }
        if (k == TokenKind.NOT && (p == TokenKind.IDENT || p == TokenKind.RAW_IDENT)) {
            return false;
        }
        if ((p == TokenKind.MINUS || p == TokenKind.STAR || p == TokenKind.AND || p == TokenKind.AND_AND)
                && (lastTok2 == null || !endsOperand(lastTok2))) {
            // a prefix operator
            return false;
        }
        return true;
    }

    private static boolean endsOperand(Token t) {
        return switch (t.kind()) {
            case IDENT -> !KEYWORDS_BEFORE_OPERAND.contains(t.text());
            case RAW_IDENT, INT_LIT, FLOAT_LIT, CHAR_LIT, BYTE_LIT, STR_LIT, RAW_STR_LIT, BYTE_STR_LIT, RAW_BYTE_STR_LIT,
                    C_STR_LIT, RAW_C_STR_LIT, CLOSE_PAREN, CLOSE_BRACKET, CLOSE_BRACE, QUESTION -> true;
            default -> false;
        };
    }

    /** Whether the two tokens written without space between them would lex differently. */
    private static boolean mustSeparate(Token a, Token b) {
        if (a.is(TokenKind.IDENT) && b.is(TokenKind.POUND)
                && (a.text().equals("r") || a.text().equals("br") || a.text().equals("cr"))) {
            // `r#` starts a raw identifier or raw string together with what follows the `#`
            return true;
        }
        // a leading space so that `#!` is not taken for a shebang
        List<Token> toks = Lexer.tokenize(SourceFile.of(0, "<tokens>", " " + a.text() + b.text()));
        List<Token> significant = new ArrayList<>(2);
        for (Token t : toks) {
            if (t.error() != null) {
                return true;
            }
            if (!t.kind().isTrivia() && !t.is(TokenKind.EOF)) {
                significant.add(t);
            }
        }
        return significant.size() != 2 || !sameToken(significant.get(0), a) || !sameToken(significant.get(1), b);
    }

    private static boolean sameToken(Token x, Token y) {
        return x.kind() == y.kind() && x.text().equals(y.text());
    }
}
