package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.Mutability;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.QSelf;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions by precedence climbing, blocks and statements. {@code noStruct} is rustc's restriction that
 * forbids struct literals in the heads of {@code if}, {@code while}, {@code match} and {@code for}.
 */
abstract class ExprParser extends PatParser {

    ExprParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** Precedence levels below binary operators. */
    private static final int PREC_RANGE = 1;
    private static final int PREC_ASSIGN = 0;
    private static final int PREC_CAST = 11;

    @Override
    Expr parseExpr() {
        return parseExprRes(false);
    }

    Expr parseExprNoStruct() {
        return parseExprRes(true);
    }

    @Override
    Expr parseConstArgExpr() {
        if (peek().is(TokenKind.OPEN_BRACE)) {
            Span start = peek().span();
            Block b = parseBlock();
            return new Expr.BlockExpr(List.of(), null, Expr.BlockKind.PLAIN, b, spanFrom(start));
        }
        return parseLiteralPatExpr();
    }

    private Expr parseExprRes(boolean noStruct) {
        if (!enter()) {
            exit();
            Span s = peek().span();
            if (!atEof()) {
                bump();
            }
            return new Expr.Error(List.of(), s);
        }
        try {
            List<Attr> attrs = peek().is(TokenKind.POUND) ? parseOuterAttrs() : List.of();
            Expr e = parseAssign(noStruct);
            expectExprContinuation();
            return attrs.isEmpty() ? e : withAttrs(e, attrs);
        } finally {
            exit();
        }
    }

    /** The expression with {@code attrs} in front of its own attributes; records are immutable, so a copy. */
    static Expr withAttrs(Expr e, List<Attr> attrs) {
        if (attrs.isEmpty()) {
            return e;
        }
        List<Attr> a = new ArrayList<>(attrs);
        a.addAll(e.attrs());
        if (e instanceof Expr.LitExpr x) {
            return new Expr.LitExpr(a, x.lit(), x.span());
        } else if (e instanceof Expr.PathExpr x) {
            return new Expr.PathExpr(a, x.qself(), x.path(), x.span());
        } else if (e instanceof Expr.Unary x) {
            return new Expr.Unary(a, x.op(), x.operand(), x.span());
        } else if (e instanceof Expr.Binary x) {
            return new Expr.Binary(a, x.op(), x.lhs(), x.rhs(), x.opSpan(), x.span());
        } else if (e instanceof Expr.Assign x) {
            return new Expr.Assign(a, x.lhs(), x.rhs(), x.opSpan(), x.span());
        } else if (e instanceof Expr.AssignOp x) {
            return new Expr.AssignOp(a, x.op(), x.lhs(), x.rhs(), x.opSpan(), x.span());
        } else if (e instanceof Expr.Call x) {
            return new Expr.Call(a, x.callee(), x.args(), x.span());
        } else if (e instanceof Expr.MethodCall x) {
            return new Expr.MethodCall(a, x.receiver(), x.method(), x.args(), x.span());
        } else if (e instanceof Expr.Field x) {
            return new Expr.Field(a, x.base(), x.field(), x.span());
        } else if (e instanceof Expr.TupleField x) {
            return new Expr.TupleField(a, x.base(), x.index(), x.indexSpan(), x.span());
        } else if (e instanceof Expr.Index x) {
            return new Expr.Index(a, x.base(), x.index(), x.span());
        } else if (e instanceof Expr.Range x) {
            return new Expr.Range(a, x.lo(), x.hi(), x.inclusive(), x.span());
        } else if (e instanceof Expr.Cast x) {
            return new Expr.Cast(a, x.expr(), x.ty(), x.span());
        } else if (e instanceof Expr.AddrOf x) {
            return new Expr.AddrOf(a, x.mutability(), x.raw(), x.expr(), x.span());
        } else if (e instanceof Expr.If x) {
            return new Expr.If(a, x.cond(), x.then(), x.elseExpr(), x.span());
        } else if (e instanceof Expr.Let x) {
            return new Expr.Let(a, x.pat(), x.scrutinee(), x.span());
        } else if (e instanceof Expr.While x) {
            return new Expr.While(a, x.label(), x.cond(), x.body(), x.span());
        } else if (e instanceof Expr.Loop x) {
            return new Expr.Loop(a, x.label(), x.body(), x.span());
        } else if (e instanceof Expr.ForLoop x) {
            return new Expr.ForLoop(a, x.label(), x.pat(), x.iter(), x.body(), x.span());
        } else if (e instanceof Expr.Match x) {
            return new Expr.Match(a, x.scrutinee(), x.arms(), x.span());
        } else if (e instanceof Expr.BlockExpr x) {
            return new Expr.BlockExpr(a, x.label(), x.kind(), x.block(), x.span());
        } else if (e instanceof Expr.AsyncBlock x) {
            return new Expr.AsyncBlock(a, x.isMove(), x.block(), x.span());
        } else if (e instanceof Expr.Await x) {
            return new Expr.Await(a, x.expr(), x.span());
        } else if (e instanceof Expr.Closure x) {
            return new Expr.Closure(a, x.isMove(), x.isAsync(), x.params(), x.ret(), x.body(), x.span());
        } else if (e instanceof Expr.Break x) {
            return new Expr.Break(a, x.label(), x.value(), x.span());
        } else if (e instanceof Expr.Continue x) {
            return new Expr.Continue(a, x.label(), x.span());
        } else if (e instanceof Expr.Return x) {
            return new Expr.Return(a, x.value(), x.span());
        } else if (e instanceof Expr.Try x) {
            return new Expr.Try(a, x.expr(), x.span());
        } else if (e instanceof Expr.Tuple x) {
            return new Expr.Tuple(a, x.elems(), x.span());
        } else if (e instanceof Expr.Array x) {
            return new Expr.Array(a, x.elems(), x.span());
        } else if (e instanceof Expr.Repeat x) {
            return new Expr.Repeat(a, x.elem(), x.count(), x.span());
        } else if (e instanceof Expr.StructLit x) {
            return new Expr.StructLit(a, x.qself(), x.path(), x.fields(), x.base(), x.rest(), x.span());
        } else if (e instanceof Expr.MacroCallExpr x) {
            return new Expr.MacroCallExpr(a, x.mac(), x.span());
        } else if (e instanceof Expr.Paren x) {
            return new Expr.Paren(a, x.inner(), x.span());
        } else if (e instanceof Expr.Underscore x) {
            return new Expr.Underscore(a, x.span());
        } else if (e instanceof Expr.Error x) {
            return new Expr.Error(a, x.span());
        }
        throw new IllegalStateException("unknown expression " + e.getClass());
    }

    /** Assignment is right-associative and lowest; ranges sit just above it. */
    private Expr parseAssign(boolean noStruct) {
        Span start = peek().span();
        Expr lhs = parseRange(noStruct);
        Token t = peek();
        if (t.is(TokenKind.EQ)) {
            bump();
            Expr rhs = parseAssign(noStruct);
            return new Expr.Assign(List.of(), lhs, rhs, t.span(), spanFrom(start));
        }
        BinOp compound = compoundOp(t.kind());
        if (compound != null) {
            bump();
            Expr rhs = parseAssign(noStruct);
            return new Expr.AssignOp(List.of(), compound, lhs, rhs, t.span(), spanFrom(start));
        }
        return lhs;
    }

    private static BinOp compoundOp(TokenKind k) {
        return switch (k) {
            case PLUS_EQ -> BinOp.ADD;
            case MINUS_EQ -> BinOp.SUB;
            case STAR_EQ -> BinOp.MUL;
            case SLASH_EQ -> BinOp.DIV;
            case PERCENT_EQ -> BinOp.REM;
            case AND_EQ -> BinOp.BIT_AND;
            case OR_EQ -> BinOp.BIT_OR;
            case CARET_EQ -> BinOp.BIT_XOR;
            case SHL_EQ -> BinOp.SHL;
            case SHR_EQ -> BinOp.SHR;
            default -> null;
        };
    }

    private boolean startsRangeEnd(boolean noStruct) {
        Token t = peek();
        if (t.is(TokenKind.OPEN_BRACE)) {
            return !noStruct;
        }
        return startsExpr(t) && !t.is(TokenKind.EQ);
    }

    private Expr parseRange(boolean noStruct) {
        Span start = peek().span();
        if (peek().is(TokenKind.DOT_DOT) || peek().is(TokenKind.DOT_DOT_EQ)) {
            boolean incl = bump().is(TokenKind.DOT_DOT_EQ);
            Expr hi = startsRangeEnd(noStruct) ? parseBinary(PREC_RANGE + 1, noStruct) : null;
            if (incl && hi == null) {
                error(spanFrom(start), "inclusive range with no end", "inclusive ranges must be bounded at the end (`..=b` or `a..=b`)");
            }
            return new Expr.Range(List.of(), null, hi, incl, spanFrom(start));
        }
        Expr lhs = parseBinary(PREC_RANGE + 1, noStruct);
        if (peek().is(TokenKind.DOT_DOT) || peek().is(TokenKind.DOT_DOT_EQ)) {
            boolean incl = bump().is(TokenKind.DOT_DOT_EQ);
            Expr hi = startsRangeEnd(noStruct) ? parseBinary(PREC_RANGE + 1, noStruct) : null;
            if (incl && hi == null) {
                error(spanFrom(start), "inclusive range with no end", "inclusive ranges must be bounded at the end (`..=b` or `a..=b`)");
            }
            return new Expr.Range(List.of(), lhs, hi, incl, spanFrom(start));
        }
        return lhs;
    }

    private static BinOp binOp(TokenKind k) {
        return switch (k) {
            case STAR -> BinOp.MUL;
            case SLASH -> BinOp.DIV;
            case PERCENT -> BinOp.REM;
            case PLUS -> BinOp.ADD;
            case MINUS -> BinOp.SUB;
            case SHL -> BinOp.SHL;
            case SHR -> BinOp.SHR;
            case AND -> BinOp.BIT_AND;
            case CARET -> BinOp.BIT_XOR;
            case OR -> BinOp.BIT_OR;
            case EQ_EQ -> BinOp.EQ;
            case NE -> BinOp.NE;
            case LT -> BinOp.LT;
            case LE -> BinOp.LE;
            case GT -> BinOp.GT;
            case GE -> BinOp.GE;
            case AND_AND -> BinOp.AND;
            case OR_OR -> BinOp.OR;
            default -> null;
        };
    }

    /** Precedence climbing over binary operators and {@code as} casts (which bind tighter than any binary op). */
    private Expr parseBinary(int minPrec, boolean noStruct) {
        Span start = peek().span();
        Expr lhs = parseUnary(noStruct);
        while (true) {
            Token t = peek();
            if (t.isWord("as")) {
                if (PREC_CAST < minPrec) {
                    break;
                }
                bump();
                Ty ty = parseTyNoBounds();
                lhs = new Expr.Cast(List.of(), lhs, ty, spanFrom(start));
                continue;
            }
            BinOp op = binOp(t.kind());
            if (op == null || op.precedence() < minPrec) {
                break;
            }
            bump();
            Expr rhs = parseBinary(op.precedence() + 1, noStruct);
            if (op.isComparison() && binOp(peek().kind()) != null && binOp(peek().kind()).isComparison()) {
                reportChainedComparison(lhs, op, t, rhs, peek(), start);
            }
            lhs = new Expr.Binary(List.of(), op, lhs, rhs, t.span(), spanFrom(start));
        }
        return lhs;
    }

    /**
     * rustc's "comparison operators cannot be chained": `a < b < c` gets the split suggestion when the two
     * operators point the same way, and the turbofish hints when it could be a generic call written
     * without `::`.
     */
    private void reportChainedComparison(Expr l1, BinOp op, Token opTok, Expr r1, Token outer, Span start) {
        BinOp outerOp = binOp(outer.kind());
        Diagnostic.Builder b = Diagnostic.error("comparison operators cannot be chained")
                .primary(opTok.span()).primary(outer.span());
        boolean sameWay = (op == BinOp.EQ && outerOp == BinOp.EQ)
                || ((op == BinOp.LT || op == BinOp.LE) && (outerOp == BinOp.LT || outerOp == BinOp.LE))
                || ((op == BinOp.GT || op == BinOp.GE) && (outerOp == BinOp.GT || outerOp == BinOp.GE));
        if ((op == BinOp.LT && outerOp == BinOp.LT || outerOp == BinOp.GT)
                && !(l1 instanceof Expr.LitExpr) && !(r1 instanceof Expr.LitExpr)) {
            b.help("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments");
            b.help("or use `(...)` if you meant to specify fn arguments");
        }
        if (sameWay) {
            Span inner = l1.span().to(r1.span());
            b.suggestion(inner.shrinkToHi(), "split the comparison into two", " && " + sourceText(r1.span()));
        }
        diags.report(b);
    }

    private Expr parseUnary(boolean noStruct) {
        Token t = peek();
        Span start = t.span();
        if (!enter()) {
            exit();
            if (!atEof()) {
                bump();
            }
            return new Expr.Error(List.of(), start);
        }
        try {
            switch (t.kind()) {
                case MINUS -> {
                    bump();
                    return new Expr.Unary(List.of(), UnOp.NEG, parseUnary(noStruct), spanFrom(start));
                }
                case NOT -> {
                    bump();
                    return new Expr.Unary(List.of(), UnOp.NOT, parseUnary(noStruct), spanFrom(start));
                }
                case STAR -> {
                    bump();
                    return new Expr.Unary(List.of(), UnOp.DEREF, parseUnary(noStruct), spanFrom(start));
                }
                case AND, AND_AND -> {
                    bump();
                    boolean raw = false;
                    Mutability m = Mutability.NOT;
                    if (peek().isWord("raw") && (peek(1).isWord("const") || peek(1).isWord("mut"))) {
                        bump();
                        raw = true;
                        m = bump().isWord("mut") ? Mutability.MUT : Mutability.NOT;
                    } else if (eatWord("mut")) {
                        m = Mutability.MUT;
                    }
                    Expr inner = parseUnary(noStruct);
                    Expr e = new Expr.AddrOf(List.of(), m, raw, inner, spanFrom(start));
                    if (t.is(TokenKind.AND_AND)) {
                        e = new Expr.AddrOf(List.of(), Mutability.NOT, false, e, spanFrom(start));
                    }
                    return e;
                }
                default -> {
                    return parsePostfix(parsePrimary(noStruct), noStruct);
                }
            }
        } finally {
            exit();
        }
    }

    private Expr parsePostfix(Expr e, boolean noStruct) {
        Span start = e.span();
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case QUESTION -> {
                    bump();
                    e = new Expr.Try(List.of(), e, spanFrom(start));
                }
                case OPEN_PAREN -> {
                    List<Expr> args = parseParenArgs();
                    e = new Expr.Call(List.of(), e, args, spanFrom(start));
                }
                case OPEN_BRACKET -> {
                    bump();
                    Expr idx = parseExpr();
                    expect(TokenKind.CLOSE_BRACKET);
                    e = new Expr.Index(List.of(), e, idx, spanFrom(start));
                }
                case DOT -> {
                    bump();
                    e = parseDotSuffix(e, start);
                }
                case FLOAT_LIT -> {
                    // `x.0.1` lexes as `x` `.` then float `0.1`; handled in parseDotSuffix
                    return e;
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr parseDotSuffix(Expr e, Span start) {
        Token t = peek();
        if (t.isWord("await")) {
            bump();
            return new Expr.Await(List.of(), e, spanFrom(start));
        }
        if (t.is(TokenKind.INT_LIT)) {
            bump();
            return new Expr.TupleField(List.of(), e, parseTupleIndex(t), t.span(), spanFrom(start));
        }
        if (t.is(TokenKind.FLOAT_LIT) && t.text().matches("\\d+\\.\\d+")) {
            // `x.0.1`: split the float token into two tuple indices
            bump();
            String[] parts = t.text().split("\\.");
            Span s = t.span();
            Span first = new Span(s.file(), s.lo(), s.lo() + parts[0].length());
            Span second = new Span(s.file(), s.hi() - parts[1].length(), s.hi());
            Expr inner = new Expr.TupleField(List.of(), e, Integer.parseInt(parts[0]), first, start.to(first));
            return new Expr.TupleField(List.of(), inner, Integer.parseInt(parts[1]), second, spanFrom(start));
        }
        if (!checkIdentAt(0) && !isKeyword(peek())) {
            // rustc: after `.` only a field or method name can follow, and it lists nothing
            Token bad = peek();
            diags.report(Diagnostic.error("unexpected token: " + describe(bad)).primary(bad.span()));
            return new Expr.Error(List.of(), spanFrom(start));
        }
        Ident name = parseIdent();
        if (peek().is(TokenKind.PATH_SEP) || peek().is(TokenKind.OPEN_PAREN)) {
            var args = peek().is(TokenKind.PATH_SEP) ? turbofish() : null;
            List<Expr> callArgs = parseParenArgs();
            return new Expr.MethodCall(List.of(), e, new PathSegment(name, args), callArgs, spanFrom(start));
        }
        return new Expr.Field(List.of(), e, name, spanFrom(start));
    }

    private dev.wasmrust.compiler.ast.GenericArgs turbofish() {
        expect(TokenKind.PATH_SEP);
        return parseGenericArgs();
    }

    private int parseTupleIndex(Token t) {
        String digits = t.text();
        if (!digits.matches("\\d+")) {
            error(t.span(), "invalid tuple index `" + digits + "`", "expected a plain unsuffixed number");
            return 0;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException ex) {
            error(t.span(), "invalid tuple index `" + digits + "`", "too large");
            return 0;
        }
    }

    /**
     * rustc's recovery in a comma-separated list when the next token starts another element: report the
     * missing `,` (with a suggestion) and go on as if it were there.
     */
    private boolean missingCommaRecovered(TokenKind close) {
        if (check(close) || atEof() || !startsExpr(peek()) || aborted) {
            return false;
        }
        Diagnostic.Builder err = expectedError();
        err.suggestionShort(prev().span().shrinkToHi(), "missing `,`", ",");
        diags.report(err);
        return true;
    }

    List<Expr> parseParenArgs() {
        expect(TokenKind.OPEN_PAREN);
        List<Expr> args = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN) && !atEof() && !aborted) {
            args.add(parseExpr());
            if (!eat(TokenKind.COMMA)) {
                if (missingCommaRecovered(TokenKind.CLOSE_PAREN)) {
                    continue;
                }
                break;
            }
        }
        if (expect(TokenKind.CLOSE_PAREN) == null) {
            skipPast(TokenKind.CLOSE_PAREN);
        }
        return args;
    }

    private void skipPast(TokenKind close) {
        int nest = 0;
        while (!atEof()) {
            TokenKind k = peek().kind();
            if (k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET || k == TokenKind.OPEN_BRACE) {
                nest++;
            } else if (k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET || k == TokenKind.CLOSE_BRACE) {
                if (nest == 0) {
                    if (k == close) {
                        bump();
                    }
                    return;
                }
                nest--;
            } else if (k == TokenKind.SEMI && nest == 0) {
                return;
            }
            bump();
        }
    }

    boolean startsExpr(Token t) {
        return switch (t.kind()) {
            case INT_LIT, FLOAT_LIT, CHAR_LIT, BYTE_LIT, STR_LIT, RAW_STR_LIT, BYTE_STR_LIT, RAW_BYTE_STR_LIT, C_STR_LIT,
                    RAW_C_STR_LIT, OPEN_PAREN, OPEN_BRACKET, OPEN_BRACE, MINUS, NOT, STAR, AND, AND_AND, OR, OR_OR,
                    DOT_DOT, DOT_DOT_EQ, LT, SHL, PATH_SEP, LIFETIME, RAW_IDENT, POUND -> true;
            case IDENT -> !isKeyword(t) || switch (t.text()) {
                case "if", "match", "while", "loop", "for", "unsafe", "move", "return", "break", "continue", "true",
                        "false", "self", "Self", "super", "crate", "async", "const", "let", "static" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    @Override
    Expr parseLiteralExpr() {
        Token t = peek();
        if (t.isWord("true") || t.isWord("false")) {
            bump();
            return new Expr.LitExpr(List.of(), new Lit.Bool(t.isWord("true"), t.span()), t.span());
        }
        if (!t.kind().isLiteral()) {
            errorExpected();
            return new Expr.Error(List.of(), t.span());
        }
        bump();
        return new Expr.LitExpr(List.of(), LiteralDecoder.decode(t, diags), t.span());
    }

    private Expr parsePrimary(boolean noStruct) {
        Token t = peek();
        Span start = t.span();
        if (t.kind().isLiteral() || t.isWord("true") || t.isWord("false")) {
            return parseLiteralExpr();
        }
        switch (t.kind()) {
            case OPEN_PAREN -> {
                bump();
                List<Expr> elems = new ArrayList<>();
                boolean trailingComma = false;
                while (!check(TokenKind.CLOSE_PAREN) && !atEof() && !aborted) {
                    elems.add(parseExpr());
                    trailingComma = eat(TokenKind.COMMA);
                    if (!trailingComma && !missingCommaRecovered(TokenKind.CLOSE_PAREN)) {
                        break;
                    }
                }
                if (expect(TokenKind.CLOSE_PAREN) == null) {
                    skipPast(TokenKind.CLOSE_PAREN);
                }
                if (elems.size() == 1 && !trailingComma) {
                    return new Expr.Paren(List.of(), elems.get(0), spanFrom(start));
                }
                return new Expr.Tuple(List.of(), elems, spanFrom(start));
            }
            case OPEN_BRACKET -> {
                bump();
                List<Expr> elems = new ArrayList<>();
                if (!check(TokenKind.CLOSE_BRACKET)) {
                    Expr first = parseExpr();
                    if (eat(TokenKind.SEMI)) {
                        Expr count = parseExpr();
                        expect(TokenKind.CLOSE_BRACKET);
                        return new Expr.Repeat(List.of(), first, count, spanFrom(start));
                    }
                    elems.add(first);
                    while ((eat(TokenKind.COMMA) || missingCommaRecovered(TokenKind.CLOSE_BRACKET))
                            && !check(TokenKind.CLOSE_BRACKET) && !atEof() && !aborted) {
                        elems.add(parseExpr());
                    }
                }
                if (expect(TokenKind.CLOSE_BRACKET) == null) {
                    skipPast(TokenKind.CLOSE_BRACKET);
                }
                return new Expr.Array(List.of(), elems, spanFrom(start));
            }
            case OPEN_BRACE -> {
                Block b = parseBlock();
                return new Expr.BlockExpr(List.of(), null, Expr.BlockKind.PLAIN, b, spanFrom(start));
            }
            case OR, OR_OR -> {
                return parseClosure(start, false, false);
            }
            case LIFETIME -> {
                Lifetime label = parseLifetime();
                boolean ateColon = eat(TokenKind.COLON);
                Token next = peek();
                if (!ateColon && label.name().codePointCount(0, label.name().length()) == 2
                        && (next.kind().isPunct() || next.is(TokenKind.EOF))) {
                    // `'a;` is most likely a char literal missing its closing quote: rustc recovers it as one
                    diags.report(Diagnostic.error("expected `while`, `for`, `loop` or `{` after a label")
                            .primary(next.span(), "expected `while`, `for`, `loop` or `{` after a label")
                            .suggestion(label.span().shrinkToHi(), "add `'` to close the char literal", "'"));
                    Lit lit = new Lit.Char(label.name().codePointAt(1), label.span());
                    return new Expr.LitExpr(List.of(), lit, label.span());
                }
                if (!ateColon) {
                    errorExpected();
                }
                return parseLabeled(label, start);
            }
            case LT, SHL -> {
                List<PathSegment> segs = new ArrayList<>();
                boolean[] global = new boolean[1];
                QSelf q = parseQSelf(segs, global);
                parsePathSegments(segs, PathStyle.EXPR);
                return new Expr.PathExpr(List.of(), q, new Path(global[0], segs, spanFrom(start)), spanFrom(start));
            }
            default -> {
            }
        }
        if (t.kind() == TokenKind.IDENT) {
            switch (t.text()) {
                case "if" -> {
                    return parseIf();
                }
                case "match" -> {
                    return parseMatch();
                }
                case "while", "loop", "for" -> {
                    return parseLabeled(null, start);
                }
                case "unsafe" -> {
                    bump();
                    Block b = parseBlock();
                    return new Expr.BlockExpr(List.of(), null, Expr.BlockKind.UNSAFE, b, spanFrom(start));
                }
                case "const" -> {
                    if (peek(1).is(TokenKind.OPEN_BRACE)) {
                        bump();
                        Block b = parseBlock();
                        return new Expr.BlockExpr(List.of(), null, Expr.BlockKind.CONST, b, spanFrom(start));
                    }
                }
                case "async" -> {
                    bump();
                    if (peek().isWord("move") && peek(1).is(TokenKind.OPEN_BRACE)) {
                        bump();
                        return new Expr.AsyncBlock(List.of(), true, parseBlock(), spanFrom(start));
                    }
                    if (peek().is(TokenKind.OPEN_BRACE)) {
                        return new Expr.AsyncBlock(List.of(), false, parseBlock(), spanFrom(start));
                    }
                    boolean mv = eatWord("move");
                    return parseClosure(start, mv, true);
                }
                case "move" -> {
                    bump();
                    return parseClosure(start, true, false);
                }
                case "static" -> {
                    // `static || ...` coroutine closures are unstable; parse as a closure
                    bump();
                    boolean mv = eatWord("move");
                    return parseClosure(start, mv, false);
                }
                case "return" -> {
                    bump();
                    Expr v = startsExprAfterKeyword() ? parseExprRes(noStruct) : null;
                    return new Expr.Return(List.of(), v, spanFrom(start));
                }
                case "break" -> {
                    bump();
                    Lifetime label = peek().is(TokenKind.LIFETIME) ? parseLifetime() : null;
                    Expr v = startsExprAfterKeyword() && !(noStruct && peek().is(TokenKind.OPEN_BRACE))
                            ? parseExprRes(noStruct) : null;
                    return new Expr.Break(List.of(), label, v, spanFrom(start));
                }
                case "continue" -> {
                    bump();
                    Lifetime label = peek().is(TokenKind.LIFETIME) ? parseLifetime() : null;
                    return new Expr.Continue(List.of(), label, spanFrom(start));
                }
                case "let" -> {
                    bump();
                    Pat p = parsePat();
                    expect(TokenKind.EQ);
                    // the scrutinee binds tighter than `&&`/`||` so that let chains work
                    Expr scrut = parseBinary(BinOp.AND.precedence() + 1, true);
                    return new Expr.Let(List.of(), p, scrut, spanFrom(start));
                }
                case "_" -> {
                    bump();
                    return new Expr.Underscore(List.of(), t.span());
                }
                default -> {
                }
            }
        }
        if (checkPathSegmentIdent() || t.is(TokenKind.PATH_SEP)) {
            Path p = parsePath(PathStyle.EXPR);
            if (peek().is(TokenKind.NOT) && !peek(1).is(TokenKind.EQ)
                    && (peek(1).is(TokenKind.OPEN_PAREN) || peek(1).is(TokenKind.OPEN_BRACKET) || peek(1).is(TokenKind.OPEN_BRACE))) {
                bump();
                var d = parseDelimited();
                MacroCall mac = new MacroCall(p, d.delimiter(), d.trees(), spanFrom(start));
                return new Expr.MacroCallExpr(List.of(), mac, spanFrom(start));
            }
            if (!noStruct && peek().is(TokenKind.OPEN_BRACE) && looksLikeStructLiteral()) {
                return parseStructLit(null, p, start);
            }
            // what rustc's path expression would have accepted next, for "expected one of ..."
            check(TokenKind.NOT);
            check(TokenKind.PATH_SEP);
            check(TokenKind.OPEN_BRACE);
            return new Expr.PathExpr(List.of(), null, p, spanFrom(start));
        }
        // rustc reports a token that cannot start an expression this way, whatever else was tried
        error(t.span(), "expected expression, found " + describe(t), "expected expression");
        if (!atEof() && !t.is(TokenKind.CLOSE_BRACE) && !t.is(TokenKind.CLOSE_PAREN) && !t.is(TokenKind.CLOSE_BRACKET)
                && !t.is(TokenKind.SEMI)) {
            bump();
        }
        return new Expr.Error(List.of(), t.span());
    }

    private boolean startsExprAfterKeyword() {
        Token t = peek();
        return startsExpr(t) && !t.is(TokenKind.SEMI);
    }

    /** `Path {` starts a struct literal when followed by `}`, `ident:`, `ident,`, `ident }` or `..`. */
    private boolean looksLikeStructLiteral() {
        Token a = peek(1);
        Token b = peek(2);
        if (a.is(TokenKind.CLOSE_BRACE) || a.is(TokenKind.DOT_DOT)) {
            return true;
        }
        if (a.is(TokenKind.IDENT) || a.is(TokenKind.INT_LIT) || a.is(TokenKind.RAW_IDENT)) {
            return b.is(TokenKind.COLON) && !peek(3).is(TokenKind.COLON) || b.is(TokenKind.COMMA) || b.is(TokenKind.CLOSE_BRACE);
        }
        return a.is(TokenKind.POUND);
    }

    private Expr parseStructLit(QSelf q, Path p, Span start) {
        expect(TokenKind.OPEN_BRACE);
        List<Expr.FieldInit> fields = new ArrayList<>();
        Expr base = null;
        boolean rest = false;
        while (!check(TokenKind.CLOSE_BRACE) && !atEof() && !aborted) {
            Span fs = peek().span();
            List<Attr> attrs = parseOuterAttrs();
            if (eat(TokenKind.DOT_DOT)) {
                if (check(TokenKind.CLOSE_BRACE)) {
                    rest = true;
                } else {
                    base = parseExpr();
                }
                break;
            }
            Ident name = parseFieldName();
            if (eat(TokenKind.COLON)) {
                fields.add(new Expr.FieldInit(attrs, name, parseExpr(), false, spanFrom(fs)));
            } else {
                Path shorthand = new Path(false, List.of(new PathSegment(name, null)), name.span());
                fields.add(new Expr.FieldInit(attrs, name, new Expr.PathExpr(List.of(), null, shorthand, name.span()),
                        true, spanFrom(fs)));
            }
            if (!eat(TokenKind.COMMA)) {
                break;
            }
        }
        if (expect(TokenKind.CLOSE_BRACE) == null) {
            skipPast(TokenKind.CLOSE_BRACE);
        }
        return new Expr.StructLit(List.of(), q, p, fields, base, rest, spanFrom(start));
    }

    private Expr parseClosure(Span start, boolean isMove, boolean isAsync) {
        List<Expr.ClosureParam> params = new ArrayList<>();
        if (eat(TokenKind.OR_OR)) {
            // no parameters
        } else {
            expect(TokenKind.OR);
            while (!check(TokenKind.OR) && !atEof() && !aborted) {
                Span ps = peek().span();
                List<Attr> attrs = parseOuterAttrs();
                Pat p = parsePatNoAlt();
                Ty ty = eat(TokenKind.COLON) ? parseTy() : null;
                params.add(new Expr.ClosureParam(attrs, p, ty, spanFrom(ps)));
                if (!eat(TokenKind.COMMA)) {
                    break;
                }
            }
            expect(TokenKind.OR);
        }
        Ty ret = null;
        Expr body;
        if (eat(TokenKind.R_ARROW)) {
            ret = parseTyNoBounds();
            Span bs = peek().span();
            Block b = parseBlock();
            body = new Expr.BlockExpr(List.of(), null, Expr.BlockKind.PLAIN, b, spanFrom(bs));
        } else {
            Span head = spanFrom(start);
            if (peek().is(TokenKind.OPEN_BRACE)) {
                body = parseExpr();
            } else {
                pushContext(head, "while parsing the body of this closure", peek().span().shrinkToLo(),
                        "you might have meant to open the body of the closure", "{ ");
                body = parseExpr();
                popContext();
            }
        }
        return new Expr.Closure(List.of(), isMove, isAsync, params, ret, body, spanFrom(start));
    }

    private Expr parseLabeled(Lifetime label, Span start) {
        Token t = peek();
        if (t.isWord("loop")) {
            bump();
            Block body = parseBlock();
            return new Expr.Loop(List.of(), label, body, spanFrom(start));
        }
        if (t.isWord("while")) {
            Token kw = bump();
            Expr cond = parseCond();
            Block body = peek().is(TokenKind.OPEN_BRACE) ? parseBlock() : recoverMissingLoopBlock(kw, cond);
            return new Expr.While(List.of(), label, cond, body, spanFrom(start));
        }
        if (t.isWord("for")) {
            bump();
            Pat pat = parsePat();
            if (!eatWord("in")) {
                reportMissingIn();
            }
            Expr iter = parseExprNoStruct();
            Block body = parseBlock();
            return new Expr.ForLoop(List.of(), label, pat, iter, body, spanFrom(start));
        }
        if (t.is(TokenKind.OPEN_BRACE)) {
            Block b = parseBlock();
            return new Expr.BlockExpr(List.of(), label, Expr.BlockKind.PLAIN, b, spanFrom(start));
        }
        if (t.isWord("unsafe")) {
            bump();
            Block b = parseBlock();
            return new Expr.BlockExpr(List.of(), label, Expr.BlockKind.UNSAFE, b, spanFrom(start));
        }
        error(t.span(), "expected `while`, `for`, `loop` or `{` after a label", "expected `while`, `for`, `loop` or `{` after a label");
        return new Expr.Error(List.of(), spanFrom(start));
    }

    /** The condition of `if`/`while`: an expression without struct literals, possibly a `let` chain. */
    private Expr parseCond() {
        return parseExprNoStruct();
    }

    /**
     * rustc's recovery for `while cond` followed by a statement instead of a block: report, suggest the
     * braces around that statement, and take it as the body.
     */
    private Block recoverMissingLoopBlock(Token kw, Expr cond) {
        Token t = peek();
        Diagnostic.Builder b = Diagnostic.error("expected `{`, found " + describe(t)).primary(t.span(), "expected `{`")
                .secondary(kw.span(), "while parsing the body of this `" + kw.text() + "` expression")
                .secondary(cond.span(), "this `" + kw.text() + "` condition successfully parsed");
        if (t.is(TokenKind.CLOSE_BRACE) || atEof() || !canBeginStatement(t)) {
            diags.report(b);
            return new Block(List.of(), new Expr.Error(List.of(), t.span()), t.span());
        }
        int mark = diags.errorCount();
        Stmt s = parseStmt();
        Span stmtSpan = s == null ? t.span() : s.span();
        if (diags.errorCount() == mark) {
            b.multipartSuggestion("you might have meant to write this as part of a block", List.of(
                    new dev.wasmrust.compiler.diag.SubDiagnostic.Edit(stmtSpan.shrinkToLo(), "{ "),
                    new dev.wasmrust.compiler.diag.SubDiagnostic.Edit(stmtSpan.shrinkToHi(), " }")));
        }
        diags.report(b);
        return new Block(s == null ? List.of() : List.of(s), null, stmtSpan);
    }

    /** An optional `else` branch: another `if`, or a block. */
    private Expr parseElse() {
        Expr elseExpr = null;
        if (eatWord("else")) {
            Span es = peek().span();
            if (peek().isWord("if")) {
                elseExpr = parseIf();
            } else if (peek().is(TokenKind.OPEN_BRACE)) {
                Block b = parseBlock();
                elseExpr = new Expr.BlockExpr(List.of(), null, Expr.BlockKind.PLAIN, b, spanFrom(es));
            } else {
                Token t = peek();
                diags.report(Diagnostic.error("expected `{`, found " + describe(t))
                        .primary(t.span(), "expected `{`"));
                recoverToStatementEnd();
            }
        }
        return elseExpr;
    }

    /** At `{` after `if`: whether the block can be (the start of) the condition, i.e. something follows it. */
    private boolean blockFollowedByBlock() {
        int nest = 0;
        for (int i = 0; pos + i < toks.size(); i++) {
            TokenKind k = peek(i).kind();
            if (k.isOpenDelim()) {
                nest++;
            } else if (k.isCloseDelim()) {
                if (--nest == 0) {
                    // only where nothing could continue the block as a condition is it a missing condition
                    Token after = peek(i + 1);
                    return !(after.is(TokenKind.CLOSE_BRACE) || after.is(TokenKind.SEMI) || after.isWord("else")
                            || after.is(TokenKind.EOF));
                }
            } else if (k == TokenKind.EOF) {
                return false;
            }
        }
        return false;
    }

    private Expr parseIf() {
        Span start = peek().span();
        Token ifTok = bump();
        if (peek().is(TokenKind.OPEN_BRACE) && !blockFollowedByBlock()) {
            // `if { .. }` with no second block: rustc takes it as the body of an `if` without condition
            Span at = ifTok.span().shrinkToHi();
            diags.report(Diagnostic.error("missing condition for `if` expression").primary(at, "expected condition here")
                    .secondary(peek().span().shrinkToLo(), "if this block is the condition of the `if` expression, then it "
                            + "must be followed by another block"));
            Block then = parseBlock();
            return new Expr.If(List.of(), new Expr.Error(List.of(), at), then, parseElse(), spanFrom(start));
        }
        Expr cond = parseCond();
        if (!peek().is(TokenKind.OPEN_BRACE)) {
            Token t = peek();
            diags.report(Diagnostic.error("expected `{`, found " + describe(t))
                    .primary(t.span(), "expected `{`")
                    .noteAt(cond.span(), "the `if` expression is missing a block after this condition"));
            recoverToStatementEnd();
            return new Expr.Error(List.of(), spanFrom(start));
        }
        Block then = parseBlock();
        Expr elseExpr = parseElse();
        return new Expr.If(List.of(), cond, then, elseExpr, spanFrom(start));
    }

    private Expr parseMatch() {
        Span start = peek().span();
        bump();
        Expr scrut = parseExprNoStruct();
        if (expect(TokenKind.OPEN_BRACE) == null) {
            recoverToStatementEnd();
            return new Expr.Error(List.of(), spanFrom(start));
        }
        parseInnerAttrs();
        List<Expr.MatchArm> arms = new ArrayList<>();
        while (!check(TokenKind.CLOSE_BRACE) && !atEof() && !aborted) {
            Span as = peek().span();
            List<Attr> attrs = parseOuterAttrs();
            Pat pat = parsePat();
            Expr guard = eatWord("if") ? parseExpr() : null;
            Token arrow = expect(TokenKind.FAT_ARROW);
            if (arrow == null) {
                skipToSeparator(TokenKind.COMMA);
                continue;
            }
            // an arm body follows the statement rule: `{ .. }` ends the arm, even before `(`
            pushContext(arrow.span(), "while parsing the `match` arm starting here");
            Expr body = startsBlockLike() ? parseBlockLikeStatementExpr() : parseExpr();
            popContext();
            boolean blockLike = isBlockLike(body);
            arms.add(new Expr.MatchArm(attrs, pat, guard, body, spanFrom(as)));
            if (!eat(TokenKind.COMMA) && !blockLike && !check(TokenKind.CLOSE_BRACE)) {
                if (onNewLine() && !atEof()) {
                    // the next arm starts on the next line: only the comma is missing
                    Span at = prev().span().shrinkToHi();
                    diags.report(Diagnostic.error("expected `,` following `match` arm").primary(at)
                            .suggestion(at, "missing a comma here to end this `match` arm", ","));
                    continue;
                }
                errorExpected();
                skipToSeparator(TokenKind.COMMA);
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return new Expr.Match(List.of(), scrut, arms, spanFrom(start));
    }

    /** rustc's recovery for `for x of xs` (JavaScript) and `for x xs`: report, then parse on. */
    private void reportMissingIn() {
        if (peek().isWord("of")) {
            Token of = bump();
            diags.report(Diagnostic.error("missing `in` in `for` loop").primary(of.span())
                    .suggestion(of.span(), "try using `in` here instead", "in"));
            return;
        }
        Span between = new Span(peek().span().file(), prev().span().hi(), peek().span().lo());
        diags.report(Diagnostic.error("missing `in` in `for` loop").primary(between)
                .suggestion(between, "try adding `in` here", " in "));
    }

    static boolean isBlockLike(Expr e) {
        return e instanceof Expr.BlockExpr || e instanceof Expr.If || e instanceof Expr.Match || e instanceof Expr.Loop
                || e instanceof Expr.While || e instanceof Expr.ForLoop || e instanceof Expr.AsyncBlock
                || (e instanceof Expr.MacroCallExpr m && m.mac().delimiter() == dev.wasmrust.compiler.ast.TokenTree.Delimiter.BRACE);
    }

    // ---- blocks and statements ----

    @Override
    Block parseBlock() {
        Span start = peek().span();
        if (!check(TokenKind.OPEN_BRACE)) {
            errorExpected();
            return new Block(List.of(), new Expr.Error(List.of(), peek().span()), peek().span());
        }
        Token open = bump();
        if (!enter()) {
            exit();
            return new Block(List.of(), new Expr.Error(List.of(), start), start);
        }
        pushBarrier();
        try {
            parseInnerAttrs();
            List<Stmt> stmts = new ArrayList<>();
            Expr tail = parseStmtsUntil(stmts, TokenKind.CLOSE_BRACE);
            if (peek().is(TokenKind.CLOSE_BRACE)) {
                bump();
            } else if (atEof()) {
                reportUnclosed(open);
            } else {
                errorExpected();
            }
            return new Block(stmts, tail, spanFrom(start));
        } finally {
            popContext();
            exit();
        }
    }

    /** Statements up to {@code close} (not consumed); returns the trailing expression, if any. */
    Expr parseStmtsUntil(List<Stmt> stmts, TokenKind close) {
        Expr tail = null;
        while (!check(close) && !atEof() && !aborted) {
            if (tail != null) {
                // a previous expression without `;` that is not block-like
                boolean goOn = reportMissingSemi(tail.span(), peek());
                stmts.add(new Stmt.ExprStmt(tail, true, tail.span()));
                tail = null;
                if (!goOn) {
                    recoverToStatementEnd();
                    continue;
                }
            }
            int before = pos;
            Stmt s = parseStmt();
            if (pos == before) {
                // no progress: skip a token to guarantee termination
                bump();
                continue;
            }
            if (s == null) {
                continue;
            }
            if (s instanceof Stmt.ExprStmt es && !es.semi()) {
                if (isBlockLike(es.expr())) {
                    if (peek().is(close)) {
                        tail = es.expr();
                    } else {
                        stmts.add(s);
                    }
                } else {
                    tail = es.expr();
                }
                continue;
            }
            stmts.add(s);
        }
        return tail;
    }

    Stmt parseStmt() {
        Span start = peek().span();
        if (eat(TokenKind.SEMI)) {
            return new Stmt.Empty(start);
        }
        List<Attr> attrs = parseOuterAttrs();
        Token t = peek();
        if (t.isWord("let")) {
            return parseLet(attrs, start);
        }
        if (startsItem()) {
            Item item = parseItem(attrs);
            return item == null ? null : new Stmt.ItemStmt(item);
        }
        Expr e = withAttrs(startsBlockLike() ? parseBlockLikeStatementExpr() : parseExpr(), attrs);
        if (eat(TokenKind.SEMI)) {
            return new Stmt.ExprStmt(e, true, spanFrom(start));
        }
        if (e instanceof Expr.Error) {
            recoverToStatementEnd();
            return new Stmt.ExprStmt(e, true, spanFrom(start));
        }
        return new Stmt.ExprStmt(e, false, spanFrom(start));
    }

    private boolean startsBlockLike() {
        Token t = peek();
        if (t.is(TokenKind.OPEN_BRACE) || (t.is(TokenKind.LIFETIME) && peek(1).is(TokenKind.COLON))) {
            return true;
        }
        return t.isWord("if") || t.isWord("match") || t.isWord("loop") || t.isWord("while") || t.isWord("for")
                || (t.isWord("unsafe") && peek(1).is(TokenKind.OPEN_BRACE));
    }

    /**
     * rustc's statement rule: a block-like expression at the start of a statement ends the statement, so
     * {@code loop {} *x = 1;} is two statements. Method calls and {@code ?} may still follow it.
     */
    private Expr parseBlockLikeStatementExpr() {
        if (!enter()) {
            exit();
            return new Expr.Error(List.of(), peek().span());
        }
        try {
            Expr e = parsePrimary(false);
            if (peek().is(TokenKind.DOT) || peek().is(TokenKind.QUESTION)) {
                e = parsePostfix(e, false);
                return continueBinary(e);
            }
            return e;
        } finally {
            exit();
        }
    }

    /** Continues a binary expression whose first operand is already parsed. */
    private Expr continueBinary(Expr lhs) {
        Span start = lhs.span();
        while (true) {
            Token t = peek();
            if (t.isWord("as")) {
                bump();
                lhs = new Expr.Cast(List.of(), lhs, parseTyNoBounds(), spanFrom(start));
                continue;
            }
            BinOp op = binOp(t.kind());
            if (op == null) {
                break;
            }
            bump();
            Expr rhs = parseBinary(op.precedence() + 1, false);
            lhs = new Expr.Binary(List.of(), op, lhs, rhs, t.span(), spanFrom(start));
        }
        if (peek().is(TokenKind.EQ)) {
            Span eq = bump().span();
            return new Expr.Assign(List.of(), lhs, parseExpr(), eq, spanFrom(start));
        }
        BinOp compound = compoundOp(peek().kind());
        if (compound != null) {
            Token t = bump();
            return new Expr.AssignOp(List.of(), compound, lhs, parseExpr(), t.span(), spanFrom(start));
        }
        return lhs;
    }

    private Stmt parseLet(List<Attr> attrs, Span start) {
        Token letTok = bump();
        if (peek().is(TokenKind.EQ) || peek().is(TokenKind.SEMI)) {
            diags.report(Diagnostic.error("expected pattern, found " + describe(peek()))
                    .primary(peek().span(), "expected pattern"));
            recoverToStatementEnd();
            return new Stmt.Let(attrs, new Pat.Error(letTok.span()), null, null, null, spanFrom(start));
        }
        Pat pat = parsePat();
        Ty ty = null;
        if (eat(TokenKind.COLON)) {
            pushContext(prev().span(), "while parsing the type for "
                    + (pat instanceof Pat.IdentPat ip ? "`" + ip.name() + "`" : "the binding"));
            ty = parseTy();
            popContext();
        }
        Expr init = null;
        Block elseBlock = null;
        if (eat(TokenKind.EQ)) {
            init = parseExpr();
            if (eatWord("else")) {
                elseBlock = parseBlock();
            }
        }
        if (!eat(TokenKind.SEMI)) {
            Token t = peek();
            if (t.isWord("else") && init != null) {
                bump();
                elseBlock = parseBlock();
                eat(TokenKind.SEMI);
            } else {
                boolean goOn = reportMissingSemi(prev().span(), t);
                if (!goOn || (!t.is(TokenKind.CLOSE_BRACE) && !startsStmtStart(t))) {
                    recoverToStatementEnd();
                }
            }
        }
        return new Stmt.Let(attrs, pat, ty, init, elseBlock, spanFrom(start));
    }

    private boolean startsStmtStart(Token t) {
        return t.isWord("let") || startsItem() || startsExpr(t);
    }

    abstract boolean startsItem();

    abstract Item parseItem(List<Attr> attrs);

    abstract void parseInnerAttrs();
}
