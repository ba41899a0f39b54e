package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.Mutability;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.QSelf;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Patterns, with or-patterns at every level and all range forms. */
abstract class PatParser extends TypeParser {

    PatParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** A pattern that may be an or-pattern ({@code A | B}), with an optional leading {@code |}. */
    Pat parsePat() {
        Span start = peek().span();
        eat(TokenKind.OR);
        Pat first = parsePatNoAlt();
        if (!peek().is(TokenKind.OR)) {
            return first;
        }
        List<Pat> alts = new ArrayList<>();
        alts.add(first);
        while (eat(TokenKind.OR)) {
            alts.add(parsePatNoAlt());
        }
        return new Pat.OrPat(alts, spanFrom(start));
    }

    Pat parsePatNoAlt() {
        if (!enter()) {
            exit();
            return new Pat.Error(peek().span());
        }
        try {
            return parsePatPrimary();
        } finally {
            exit();
        }
    }

    private Pat parsePatPrimary() {
        Token t = peek();
        Span start = t.span();
        switch (t.kind()) {
            case DOT_DOT -> {
                bump();
                if (startsRangeEnd()) {
                    return new Pat.RangePat(null, parseRangeEnd(), false, spanFrom(start));
                }
                return new Pat.Rest(t.span());
            }
            case DOT_DOT_EQ -> {
                bump();
                return new Pat.RangePat(null, parseRangeEnd(), true, spanFrom(start));
            }
            case AND, AND_AND -> {
                bump();
                Mutability m = eatWord("mut") ? Mutability.MUT : Mutability.NOT;
                Pat inner = parsePatNoAlt();
                Pat ref = new Pat.RefPat(m, inner, spanFrom(start));
                return t.is(TokenKind.AND_AND) ? new Pat.RefPat(Mutability.NOT, ref, spanFrom(start)) : ref;
            }
            case OPEN_PAREN -> {
                bump();
                List<Pat> elems = new ArrayList<>();
                boolean trailingComma = false;
                while (!check(TokenKind.CLOSE_PAREN) && !atEof()) {
                    elems.add(parsePat());
                    trailingComma = eat(TokenKind.COMMA);
                    if (!trailingComma) {
                        break;
                    }
                }
                expect(TokenKind.CLOSE_PAREN);
                if (elems.size() == 1 && !trailingComma && !(elems.get(0) instanceof Pat.Rest)) {
                    return new Pat.ParenPat(elems.get(0), spanFrom(start));
                }
                return new Pat.TuplePat(elems, spanFrom(start));
            }
            case OPEN_BRACKET -> {
                bump();
                List<Pat> elems = new ArrayList<>();
                while (!check(TokenKind.CLOSE_BRACKET) && !atEof()) {
                    elems.add(parsePat());
                    if (!eat(TokenKind.COMMA)) {
                        break;
                    }
                }
                expect(TokenKind.CLOSE_BRACKET);
                return new Pat.SlicePat(elems, spanFrom(start));
            }
            case MINUS -> {
                return maybeRange(parseLiteralPatExpr(), start);
            }
            case LT, SHL -> {
                List<PathSegment> segs = new ArrayList<>();
                boolean[] global = new boolean[1];
                QSelf q = parseQSelf(segs, global);
                parsePathSegments(segs, PathStyle.EXPR);
                return finishPathPat(q, new Path(global[0], segs, spanFrom(start)), start);
            }
            default -> {
            }
        }
        if (t.kind().isLiteral() || t.isWord("true") || t.isWord("false")) {
            return maybeRange(parseLiteralPatExpr(), start);
        }
        if (t.isWord("_")) {
            bump();
            return new Pat.Wild(t.span());
        }
        if (t.isWord("box")) {
            bump();
            return new Pat.BoxPat(parsePatNoAlt(), spanFrom(start));
        }
        if (t.isWord("ref") || t.isWord("mut")) {
            boolean byRef = eatWord("ref");
            Mutability m = eatWord("mut") ? Mutability.MUT : Mutability.NOT;
            Ident name = parseIdent();
            Pat sub = eat(TokenKind.AT) ? parsePatNoAlt() : null;
            return new Pat.IdentPat(byRef, m, name, sub, spanFrom(start));
        }
        if (checkPathSegmentIdent() || t.is(TokenKind.PATH_SEP)) {
            boolean simpleName = checkIdent() && !peek(1).is(TokenKind.PATH_SEP);
            if (simpleName && !peek(1).is(TokenKind.OPEN_PAREN) && !peek(1).is(TokenKind.OPEN_BRACE)
                    && !peek(1).is(TokenKind.NOT) && !peek(1).is(TokenKind.DOT_DOT) && !peek(1).is(TokenKind.DOT_DOT_EQ)
                    && !peek(1).is(TokenKind.DOT_DOT_DOT)) {
                Ident name = parseIdent();
                Pat sub = eat(TokenKind.AT) ? parsePatNoAlt() : null;
                return new Pat.IdentPat(false, Mutability.NOT, name, sub, spanFrom(start));
            }
            Path p = parsePath(PathStyle.EXPR);
            if (peek().is(TokenKind.NOT)) {
                bump();
                var d = parseDelimited();
                return new Pat.MacroPat(new MacroCall(p, d.delimiter(), d.trees(), spanFrom(start)), spanFrom(start));
            }
            return finishPathPat(null, p, start);
        }
        errorExpectedPattern();
        if (isKeyword(t) && !t.isWord("else") && !t.isWord("in")) {
            // rustc recovers by taking the keyword as the binding's name
            bump();
            return new Pat.IdentPat(false, Mutability.NOT, new Ident(t.text(), t.span()), null, t.span());
        }
        return new Pat.Error(t.span());
    }

    private void errorExpectedPattern() {
        Token t = peek();
        if (aborted) {
            return;
        }
        if (isKeyword(t)) {
            diags.report(dev.wasmrust.compiler.diag.Diagnostic.error("expected identifier, found keyword `" + t.text() + "`")
                    .primary(t.span(), "expected identifier, found keyword")
                    .suggestion(t.span().shrinkToLo(), "escape `" + t.text() + "` to use it as an identifier", "r#"));
            return;
        }
        diags.report(dev.wasmrust.compiler.diag.Diagnostic.error("expected pattern, found " + describe(t))
                .primary(t.span(), "expected pattern"));
        if (!atEof() && !t.is(TokenKind.CLOSE_BRACE) && !t.is(TokenKind.CLOSE_PAREN)) {
            bump();
        }
    }

    private Pat finishPathPat(QSelf q, Path p, Span start) {
        if (peek().is(TokenKind.OPEN_PAREN)) {
            bump();
            List<Pat> elems = new ArrayList<>();
            while (!check(TokenKind.CLOSE_PAREN) && !atEof()) {
                elems.add(parsePat());
                if (!eat(TokenKind.COMMA)) {
                    break;
                }
            }
            expect(TokenKind.CLOSE_PAREN);
            return new Pat.TupleStructPat(q, p, elems, spanFrom(start));
        }
        if (peek().is(TokenKind.OPEN_BRACE)) {
            bump();
            List<Pat.FieldPat> fields = new ArrayList<>();
            boolean rest = false;
            while (!check(TokenKind.CLOSE_BRACE) && !atEof()) {
                Span fs = peek().span();
                var attrs = parseOuterAttrs();
                if (eat(TokenKind.DOT_DOT)) {
                    rest = true;
                    break;
                }
                if (peek().isWord("ref") || peek().isWord("mut") || peek().isWord("box")) {
                    boolean byRef = eatWord("ref");
                    Mutability m = eatWord("mut") ? Mutability.MUT : Mutability.NOT;
                    Ident name = parseIdent();
                    fields.add(new Pat.FieldPat(attrs, name, new Pat.IdentPat(byRef, m, name, null, spanFrom(fs)), true, spanFrom(fs)));
                } else {
                    Ident name = parseFieldName();
                    if (eat(TokenKind.COLON)) {
                        fields.add(new Pat.FieldPat(attrs, name, parsePat(), false, spanFrom(fs)));
                    } else {
                        fields.add(new Pat.FieldPat(attrs, name,
                                new Pat.IdentPat(false, Mutability.NOT, name, null, name.span()), true, spanFrom(fs)));
                    }
                }
                if (!eat(TokenKind.COMMA)) {
                    break;
                }
            }
            expect(TokenKind.CLOSE_BRACE);
            return new Pat.StructPat(q, p, fields, rest, spanFrom(start));
        }
        Expr pathExpr = new Expr.PathExpr(List.of(), q, p, spanFrom(start));
        if (peek().is(TokenKind.DOT_DOT) || peek().is(TokenKind.DOT_DOT_EQ) || peek().is(TokenKind.DOT_DOT_DOT)) {
            return maybeRange(pathExpr, start);
        }
        if (q == null && p.isSimple()) {
            Ident id = p.segments().get(0).ident();
            return new Pat.IdentPat(false, Mutability.NOT, id, null, id.span());
        }
        return new Pat.PathPat(q, p, spanFrom(start));
    }

    private Pat maybeRange(Expr lo, Span start) {
        Token t = peek();
        if (t.is(TokenKind.DOT_DOT_EQ) || t.is(TokenKind.DOT_DOT_DOT)) {
            bump();
            return new Pat.RangePat(lo, parseRangeEnd(), true, spanFrom(start));
        }
        if (t.is(TokenKind.DOT_DOT)) {
            bump();
            Expr hi = startsRangeEnd() ? parseRangeEnd() : null;
            return new Pat.RangePat(lo, hi, false, spanFrom(start));
        }
        return new Pat.LitPat(lo, spanFrom(start));
    }

    private boolean startsRangeEnd() {
        Token t = peek();
        return t.kind().isLiteral() || t.is(TokenKind.MINUS) || checkPathSegmentIdent() || t.is(TokenKind.PATH_SEP);
    }

    private Expr parseRangeEnd() {
        Token t = peek();
        if (t.kind().isLiteral() || t.is(TokenKind.MINUS)) {
            return parseLiteralPatExpr();
        }
        Span start = t.span();
        Path p = parsePath(PathStyle.EXPR);
        return new Expr.PathExpr(List.of(), null, p, spanFrom(start));
    }

    /** A literal, possibly negated. */
    Expr parseLiteralPatExpr() {
        Span start = peek().span();
        if (eat(TokenKind.MINUS)) {
            Expr lit = parseLiteralExpr();
            return new Expr.Unary(List.of(), UnOp.NEG, lit, spanFrom(start));
        }
        return parseLiteralExpr();
    }

    abstract Expr parseLiteralExpr();
}
