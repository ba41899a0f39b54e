package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Bound;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.GenericArg;
import dev.wasmrust.compiler.ast.GenericArgs;
import dev.wasmrust.compiler.ast.GenericParam;
import dev.wasmrust.compiler.ast.Generics;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.Mutability;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.QSelf;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.WherePredicate;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Paths, generic arguments and parameters, bounds, where clauses and types. */
abstract class TypeParser extends ParserBase {

    TypeParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** Path styles: in expressions generic args need the turbofish {@code ::<>}; in types they don't. */
    enum PathStyle { EXPR, TYPE, MOD }

    /** {@code <T as Trait>::} — parses the qualified self and returns it; the caller parses the rest of the path. */
    QSelf parseQSelf(List<PathSegment> traitSegmentsOut, boolean[] globalOut) {
        Span start = peek().span();
        eatLt();
        Ty self = parseTy();
        int position = 0;
        if (eatWord("as")) {
            Path trait = parsePath(PathStyle.TYPE);
            traitSegmentsOut.addAll(trait.segments());
            globalOut[0] = trait.global();
            position = trait.segments().size();
        }
        if (!eatGt()) {
            errorExpected();
        }
        expect(TokenKind.PATH_SEP);
        return new QSelf(self, position, spanFrom(start));
    }

    Path parsePath(PathStyle style) {
        Span start = peek().span();
        boolean global = eat(TokenKind.PATH_SEP);
        List<PathSegment> segs = new ArrayList<>();
        parsePathSegments(segs, style);
        return new Path(global, segs, spanFrom(start));
    }

    void parsePathSegments(List<PathSegment> segs, PathStyle style) {
        while (true) {
            if (!checkPathSegmentIdent()) {
                errorExpected();
                return;
            }
            Token t = bump();
            boolean raw = t.kind() == TokenKind.RAW_IDENT;
            Ident id = new Ident(raw ? t.text().substring(2) : t.text(), raw, t.span());
            GenericArgs args = null;
            if (style == PathStyle.TYPE && (peek().is(TokenKind.LT) || peek().is(TokenKind.SHL))) {
                args = parseGenericArgs();
            } else if (style == PathStyle.TYPE && peek().is(TokenKind.PATH_SEP) && opensGenericArgs(peek(1))) {
                bump();
                args = parseGenericArgs();
            } else if (style == PathStyle.TYPE && peek().is(TokenKind.OPEN_PAREN) && isFnSugarName(id)) {
                args = parseParenthesizedArgs();
            } else if (style == PathStyle.EXPR && peek().is(TokenKind.PATH_SEP) && opensGenericArgs(peek(1))) {
                bump();
                args = parseGenericArgs();
            }
            segs.add(new PathSegment(id, args));
            if (peek().is(TokenKind.PATH_SEP) && !(opensGenericArgs(peek(1)) || peek(1).is(TokenKind.OPEN_BRACE)
                    || peek(1).is(TokenKind.STAR))) {
                bump();
                continue;
            }
            return;
        }
    }

    /** {@code <}, or {@code <<} when the first argument is a qualified path: {@code f::<<T as Tr>::X>}. */
    private static boolean opensGenericArgs(Token t) {
        return t.is(TokenKind.LT) || t.is(TokenKind.SHL);
    }

    private static boolean isFnSugarName(Ident id) {
        return id.name().equals("Fn") || id.name().equals("FnMut") || id.name().equals("FnOnce");
    }

    GenericArgs parseParenthesizedArgs() {
        Span start = peek().span();
        expect(TokenKind.OPEN_PAREN);
        List<Ty> inputs = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN) && !atEof()) {
            inputs.add(parseTy());
            if (!eat(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.CLOSE_PAREN);
        Ty out = eat(TokenKind.R_ARROW) ? parseTyNoBounds() : null;
        return new GenericArgs.Parenthesized(inputs, out, spanFrom(start));
    }

    GenericArgs parseGenericArgs() {
        Span start = peek().span();
        eatLt();
        List<GenericArg> args = new ArrayList<>();
        while (!eatGt()) {
            if (atEof() || aborted) {
                errorExpected();
                break;
            }
            args.add(parseGenericArg());
            if (!eat(TokenKind.COMMA)) {
                if (!eatGt()) {
                    errorExpected();
                    recoverGenericArgs();
                }
                break;
            }
        }
        return new GenericArgs.AngleBracketed(args, spanFrom(start));
    }

    private void recoverGenericArgs() {
        while (!atEof() && !peek().is(TokenKind.GT) && !peek().is(TokenKind.SEMI) && !peek().is(TokenKind.OPEN_BRACE)) {
            bump();
        }
        eat(TokenKind.GT);
    }

    GenericArg parseGenericArg() {
        Token t = peek();
        if (t.is(TokenKind.LIFETIME)) {
            return new GenericArg.LifetimeArg(parseLifetime());
        }
        if (t.kind().isLiteral() || t.is(TokenKind.MINUS) || t.is(TokenKind.OPEN_BRACE)
                || t.isWord("true") || t.isWord("false")) {
            return new GenericArg.ConstArg(parseConstArgExpr());
        }
        if (checkIdent() && (peek(1).is(TokenKind.EQ) || peek(1).is(TokenKind.COLON)
                || (peek(1).is(TokenKind.LT) && isAssocBindingAhead()))) {
            Span start = t.span();
            Ident name = parseIdent();
            GenericArgs gargs = peek().is(TokenKind.LT) ? parseGenericArgs() : null;
            if (eat(TokenKind.EQ)) {
                return new GenericArg.Binding(name, gargs, parseTy(), spanFrom(start));
            }
            expect(TokenKind.COLON);
            return new GenericArg.Constraint(name, gargs, parseBounds(), spanFrom(start));
        }
        return new GenericArg.TypeArg(parseTy());
    }

    /** {@code Item<'a> = T}: an identifier, generic args, then {@code =} or {@code :}. */
    private boolean isAssocBindingAhead() {
        int save = pos;
        int nest = 0;
        int i = pos + 1;
        while (i < toks.size()) {
            TokenKind k = toks.get(i).kind();
            if (k == TokenKind.LT) {
                nest++;
            } else if (k == TokenKind.GT || k == TokenKind.SHR || k == TokenKind.GE || k == TokenKind.SHR_EQ) {
                // `>>` closes two lists: when the first `>` closes ours, what follows is the second `>`
                nest -= k == TokenKind.SHR || k == TokenKind.SHR_EQ ? 2 : 1;
                if (nest <= 0) {
                    TokenKind after = toks.get(i + 1).kind();
                    pos = save;
                    if (nest < 0) {
                        return false;
                    }
                    return k == TokenKind.GE || k == TokenKind.SHR_EQ || after == TokenKind.EQ || after == TokenKind.COLON;
                }
            } else if (k == TokenKind.SEMI || k == TokenKind.OPEN_BRACE || k == TokenKind.EOF) {
                break;
            }
            i++;
        }
        pos = save;
        return false;
    }

    abstract Expr parseConstArgExpr();

    // ---- types ----

    Ty parseTy() {
        return parseTyInner(true);
    }

    Ty parseTyNoBounds() {
        return parseTyInner(false);
    }

    private Ty parseTyInner(boolean allowPlus) {
        if (!enter()) {
            exit();
            return new Ty.Error(peek().span());
        }
        try {
            return parseTyPrimary(allowPlus);
        } finally {
            exit();
        }
    }

    private Ty parseTyPrimary(boolean allowPlus) {
        Token t = peek();
        Span start = t.span();
        switch (t.kind()) {
            case OPEN_PAREN -> {
                bump();
                List<Ty> elems = new ArrayList<>();
                boolean trailingComma = false;
                while (!check(TokenKind.CLOSE_PAREN) && !atEof()) {
                    elems.add(parseTy());
                    trailingComma = eat(TokenKind.COMMA);
                    if (!trailingComma) {
                        break;
                    }
                }
                expect(TokenKind.CLOSE_PAREN);
                if (elems.size() == 1 && !trailingComma) {
                    return new Ty.ParenTy(elems.get(0), spanFrom(start));
                }
                return new Ty.TupleTy(elems, spanFrom(start));
            }
            case NOT -> {
                bump();
                return new Ty.NeverTy(t.span());
            }
            case AND, AND_AND -> {
                // `&&T` is a reference to a reference
                bump();
                Lifetime lt = peek().is(TokenKind.LIFETIME) ? parseLifetime() : null;
                Mutability m = eatWord("mut") ? Mutability.MUT : Mutability.NOT;
                Ty inner = parseTyNoBounds();
                Ty ref = new Ty.RefTy(lt, m, inner, spanFrom(start));
                if (t.is(TokenKind.AND_AND)) {
                    return new Ty.RefTy(null, Mutability.NOT, ref, spanFrom(start));
                }
                return ref;
            }
            case STAR -> {
                bump();
                Mutability m;
                if (eatWord("mut")) {
                    m = Mutability.MUT;
                } else if (eatWord("const")) {
                    m = Mutability.NOT;
                } else {
                    error(peek().span(), "expected `mut` or `const` keyword in raw pointer type",
                            "expected `mut` or `const` in raw pointer type");
                    m = Mutability.NOT;
                }
                return new Ty.PtrTy(m, parseTyNoBounds(), spanFrom(start));
            }
            case OPEN_BRACKET -> {
                bump();
                Ty elem = parseTy();
                if (eat(TokenKind.SEMI)) {
                    Expr len = parseExpr();
                    expect(TokenKind.CLOSE_BRACKET);
                    return new Ty.ArrayTy(elem, len, spanFrom(start));
                }
                expect(TokenKind.CLOSE_BRACKET);
                return new Ty.SliceTy(elem, spanFrom(start));
            }
            case LT, SHL -> {
                List<PathSegment> segs = new ArrayList<>();
                boolean[] global = new boolean[1];
                QSelf q = parseQSelf(segs, global);
                parsePathSegments(segs, PathStyle.TYPE);
                return new Ty.PathTy(q, new Path(global[0], segs, spanFrom(start)), spanFrom(start));
            }
            default -> {
            }
        }
        if (t.isWord("_")) {
            bump();
            return new Ty.InferTy(t.span());
        }
        if (t.isWord("fn") || t.isWord("unsafe") || t.isWord("extern") || t.isWord("for") && peek(1).is(TokenKind.LT)
                && isFnPtrAfterFor()) {
            return parseFnPtrTy(start, List.of());
        }
        if (t.isWord("for")) {
            List<GenericParam> lts = parseForLifetimes();
            if (peek().isWord("fn") || peek().isWord("unsafe") || peek().isWord("extern")) {
                return parseFnPtrTy(start, lts);
            }
            Path p = parsePath(PathStyle.TYPE);
            List<Bound> bounds = new ArrayList<>();
            bounds.add(new Bound.TraitBound(false, false, lts, p, spanFrom(start)));
            if (allowPlus) {
                while (eat(TokenKind.PLUS)) {
                    bounds.add(parseBound());
                }
            }
            return new Ty.DynTraitTy(bounds, spanFrom(start));
        }
        if (t.isWord("impl")) {
            bump();
            return new Ty.ImplTraitTy(allowPlus ? parseBounds() : List.of(parseBound()), spanFrom(start));
        }
        if (t.isWord("dyn")) {
            bump();
            return new Ty.DynTraitTy(allowPlus ? parseBounds() : List.of(parseBound()), spanFrom(start));
        }
        if (t.is(TokenKind.QUESTION)) {
            // `?Sized` as a bare type appears only in bounds; parse as a bound list for a clear error later
            return new Ty.ImplTraitTy(parseBounds(), spanFrom(start));
        }
        if (checkPathSegmentIdent() || t.is(TokenKind.PATH_SEP)) {
            Path p = parsePath(PathStyle.TYPE);
            if (peek().is(TokenKind.NOT) && !p.segments().isEmpty()) {
                bump();
                if (peek().is(TokenKind.OPEN_PAREN) || peek().is(TokenKind.OPEN_BRACKET) || peek().is(TokenKind.OPEN_BRACE)) {
                    var d = parseDelimited();
                    var mac = new dev.wasmrust.compiler.ast.MacroCall(p, d.delimiter(), d.trees(), spanFrom(start));
                    return new Ty.MacroTy(mac, spanFrom(start));
                }
                errorExpected();
            }
            if (allowPlus && peek().is(TokenKind.PLUS) && !peek(1).is(TokenKind.EQ)) {
                List<Bound> bounds = new ArrayList<>();
                bounds.add(new Bound.TraitBound(false, false, List.of(), p, p.span()));
                while (eat(TokenKind.PLUS)) {
                    bounds.add(parseBound());
                }
                return new Ty.DynTraitTy(bounds, spanFrom(start));
            }
            return new Ty.PathTy(null, p, spanFrom(start));
        }
        expectedTypeError();
        return new Ty.Error(t.span());
    }

    private void expectedTypeError() {
        Token t = peek();
        if (!aborted) {
            diags.report(inContext(dev.wasmrust.compiler.diag.Diagnostic.error("expected type, found " + describe(t)))
                    .primary(t.span(), "expected type"));
        }
        // `let x: = 5;` goes on with the initializer, as rustc does
        if (!atEof() && !t.is(TokenKind.CLOSE_BRACE) && !t.is(TokenKind.CLOSE_PAREN) && !t.is(TokenKind.SEMI)
                && !t.is(TokenKind.EQ) && !t.is(TokenKind.OPEN_BRACE)) {
            bump();
        }
    }

    private boolean isFnPtrAfterFor() {
        int save = pos;
        parseForLifetimesQuiet();
        boolean r = peek().isWord("fn") || peek().isWord("unsafe") || peek().isWord("extern");
        pos = save;
        return r;
    }

    private void parseForLifetimesQuiet() {
        bump();
        int nest = 0;
        while (!atEof()) {
            Token t = bump();
            if (t.is(TokenKind.LT)) {
                nest++;
            } else if (t.is(TokenKind.GT)) {
                if (nest == 0) {
                    return;
                }
                nest--;
            }
        }
    }

    private Ty parseFnPtrTy(Span start, List<GenericParam> lts) {
        List<GenericParam> forLts = lts;
        if (peek().isWord("for")) {
            forLts = parseForLifetimes();
        }
        boolean unsafe = eatWord("unsafe");
        String abi = null;
        if (eatWord("extern")) {
            abi = "C";
            if (peek().is(TokenKind.STR_LIT)) {
                String s = bump().text();
                abi = s.substring(1, s.length() - 1);
            }
        }
        if (!eatWord("fn")) {
            errorExpected();
            return new Ty.Error(spanFrom(start));
        }
        expect(TokenKind.OPEN_PAREN);
        List<Ty.FnPtrParam> params = new ArrayList<>();
        boolean variadic = false;
        while (!check(TokenKind.CLOSE_PAREN) && !atEof()) {
            Span ps = peek().span();
            parseOuterAttrs();
            if (eat(TokenKind.DOT_DOT_DOT)) {
                variadic = true;
                break;
            }
            Ident name = null;
            if ((checkIdent() || peek().isWord("_")) && peek(1).is(TokenKind.COLON) && !peek(2).is(TokenKind.COLON)) {
                Token n = bump();
                name = new Ident(n.text(), n.span());
                bump();
            }
            Ty ty = parseTy();
            params.add(new Ty.FnPtrParam(name, ty, spanFrom(ps)));
            if (!eat(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.CLOSE_PAREN);
        Ty ret = eat(TokenKind.R_ARROW) ? parseTyNoBounds() : null;
        return new Ty.FnPtrTy(forLts, unsafe, abi, params, variadic, ret, spanFrom(start));
    }

    List<GenericParam> parseForLifetimes() {
        expectWord("for");
        Generics g = parseGenericParams();
        return g.params();
    }

    void expectWord(String w) {
        if (!eatWord(w)) {
            errorExpected();
        }
    }

    // ---- bounds ----

    List<Bound> parseBounds() {
        List<Bound> bounds = new ArrayList<>();
        if (!startsBound()) {
            return bounds;
        }
        bounds.add(parseBound());
        while (eat(TokenKind.PLUS)) {
            if (!startsBound()) {
                break;
            }
            bounds.add(parseBound());
        }
        return bounds;
    }

    boolean startsBound() {
        Token t = peek();
        return t.is(TokenKind.LIFETIME) || t.is(TokenKind.QUESTION) || t.is(TokenKind.TILDE) || t.is(TokenKind.OPEN_PAREN)
                || t.is(TokenKind.PATH_SEP) || t.isWord("for") || t.isWord("use") || t.isWord("const")
                || checkPathSegmentIdent() || t.isWord("dyn");
    }

    Bound parseBound() {
        Token t = peek();
        Span start = t.span();
        if (t.is(TokenKind.LIFETIME)) {
            return new Bound.LifetimeBound(parseLifetime());
        }
        if (t.isWord("use") && peek(1).is(TokenKind.LT)) {
            bump();
            GenericArgs args = parseGenericArgs();
            return new Bound.UseBound(((GenericArgs.AngleBracketed) args).args(), spanFrom(start));
        }
        boolean paren = eat(TokenKind.OPEN_PAREN);
        boolean maybe = eat(TokenKind.QUESTION);
        boolean maybeConst = false;
        if (eat(TokenKind.TILDE)) {
            expectWord("const");
            maybeConst = true;
        } else if (peek().isWord("const")) {
            bump();
            maybeConst = true;
        }
        List<GenericParam> lts = peek().isWord("for") ? parseForLifetimes() : List.of();
        eatWord("dyn");
        Path p = parsePath(PathStyle.TYPE);
        if (paren) {
            expect(TokenKind.CLOSE_PAREN);
        }
        return new Bound.TraitBound(maybe, maybeConst, lts, p, spanFrom(start));
    }

    // ---- generics ----

    /** {@code <'a, T: Bound = Default, const N: usize>}; an empty Generics when absent. */
    Generics parseGenericParams() {
        Span start = peek().span();
        if (!peek().is(TokenKind.LT)) {
            return Generics.empty(start.shrinkToLo());
        }
        bump();
        List<GenericParam> params = new ArrayList<>();
        while (!eatGt()) {
            if (atEof() || aborted) {
                errorExpected();
                break;
            }
            Span ps = peek().span();
            var attrs = parseOuterAttrs();
            if (peek().is(TokenKind.LIFETIME)) {
                Lifetime lt = parseLifetime();
                List<Lifetime> bounds = new ArrayList<>();
                if (eat(TokenKind.COLON)) {
                    while (peek().is(TokenKind.LIFETIME)) {
                        bounds.add(parseLifetime());
                        if (!eat(TokenKind.PLUS)) {
                            break;
                        }
                    }
                }
                params.add(new GenericParam.LifetimeParam(attrs, lt, bounds, spanFrom(ps)));
            } else if (eatWord("const")) {
                Ident name = parseIdent();
                expect(TokenKind.COLON);
                Ty ty = parseTy();
                Expr dflt = eat(TokenKind.EQ) ? parseConstArgExpr() : null;
                params.add(new GenericParam.ConstParam(attrs, name, ty, dflt, spanFrom(ps)));
            } else if (checkIdent()) {
                Ident name = parseIdent();
                List<Bound> bounds = eat(TokenKind.COLON) ? parseBounds() : List.of();
                Ty dflt = eat(TokenKind.EQ) ? parseTy() : null;
                params.add(new GenericParam.TypeParam(attrs, name, bounds, dflt, spanFrom(ps)));
            } else {
                errorExpected();
                recoverGenericArgs();
                break;
            }
            if (!eat(TokenKind.COMMA)) {
                if (!eatGt()) {
                    errorExpected();
                    recoverGenericArgs();
                }
                break;
            }
        }
        return new Generics(params, List.of(), spanFrom(start));
    }

    /** Adds a where clause (if present) to generics parsed earlier. */
    Generics parseWhereClause(Generics g) {
        if (!peek().isWord("where")) {
            return g;
        }
        bump();
        List<WherePredicate> preds = new ArrayList<>(g.where());
        while (!peek().is(TokenKind.OPEN_BRACE) && !peek().is(TokenKind.SEMI) && !peek().is(TokenKind.EQ) && !atEof()) {
            Span ps = peek().span();
            if (peek().is(TokenKind.LIFETIME)) {
                Lifetime lt = parseLifetime();
                expect(TokenKind.COLON);
                List<Lifetime> bounds = new ArrayList<>();
                while (peek().is(TokenKind.LIFETIME)) {
                    bounds.add(parseLifetime());
                    if (!eat(TokenKind.PLUS)) {
                        break;
                    }
                }
                preds.add(new WherePredicate.LifetimePredicate(lt, bounds, spanFrom(ps)));
            } else {
                List<GenericParam> lts = peek().isWord("for") ? parseForLifetimes() : List.of();
                Ty ty = parseTyNoBounds();
                if (expect(TokenKind.COLON) == null) {
                    break;
                }
                preds.add(new WherePredicate.BoundPredicate(lts, ty, parseBounds(), spanFrom(ps)));
            }
            if (!eat(TokenKind.COMMA)) {
                break;
            }
        }
        return new Generics(g.params(), preds, g.span().to(prev().span()));
    }
}
