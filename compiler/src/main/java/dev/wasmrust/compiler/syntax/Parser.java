package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Bound;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Generics;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.Mutability;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.Visibility;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Items and attributes: the top layer of the parser. Use through {@link SyntaxPhase}. */
final class Parser extends ExprParser {
    /** Out-of-line modules, loaded by {@link SyntaxPhase}. */
    interface ModResolver {
        Item.Mod resolve(Item.Mod declared);
    }

    private final ModResolver mods;
    private List<Attr> pendingInnerAttrs = new ArrayList<>();
    /** The file's own inner attributes, taken before any block's inner attributes can replace them. */
    private List<Attr> fileInnerAttrs = List.of();

    Parser(List<Token> tokens, Diagnostics diags, ModResolver mods) {
        super(tokens, diags);
        this.mods = mods;
    }

    // ---- attributes ----

    @Override
    List<Attr> parseOuterAttrs() {
        List<Attr> attrs = null;
        while (true) {
            Token t = peek();
            if (t.is(TokenKind.DOC_COMMENT_OUTER)) {
                bump();
                attrs = add(attrs, docAttr(t, false));
            } else if (t.is(TokenKind.POUND) && peek(1).is(TokenKind.OPEN_BRACKET)) {
                attrs = add(attrs, parseAttr(false));
            } else {
                return attrs == null ? List.of() : attrs;
            }
        }
    }

    private static List<Attr> add(List<Attr> list, Attr a) {
        List<Attr> l = list == null ? new ArrayList<>() : list;
        l.add(a);
        return l;
    }

    @Override
    void parseInnerAttrs() {
        List<Attr> attrs = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.is(TokenKind.DOC_COMMENT_INNER)) {
                bump();
                attrs.add(docAttr(t, true));
            } else if (t.is(TokenKind.POUND) && peek(1).is(TokenKind.NOT) && peek(2).is(TokenKind.OPEN_BRACKET)) {
                attrs.add(parseAttr(true));
            } else {
                break;
            }
        }
        pendingInnerAttrs = attrs;
    }

    private List<Attr> takeInnerAttrs() {
        List<Attr> a = pendingInnerAttrs;
        pendingInnerAttrs = new ArrayList<>();
        return a;
    }

    private Attr docAttr(Token t, boolean inner) {
        String text = t.text();
        String doc = text.startsWith("//") ? text.substring(3) : text.substring(3, Math.max(3, text.length() - 2));
        Path p = new Path(false, List.of(new PathSegment(new Ident("doc", t.span()), null)), t.span());
        return new Attr(inner, p, List.of(), doc, t.span());
    }

    private Attr parseAttr(boolean inner) {
        Span start = bump().span();
        if (inner) {
            bump();
        }
        expect(TokenKind.OPEN_BRACKET);
        eatWord("unsafe");
        Path path = parsePath(PathStyle.MOD);
        List<TokenTree> args = new ArrayList<>();
        while (!peek().is(TokenKind.CLOSE_BRACKET) && !atEof()) {
            Token t = peek();
            if (t.is(TokenKind.OPEN_PAREN) || t.is(TokenKind.OPEN_BRACKET) || t.is(TokenKind.OPEN_BRACE)) {
                args.add(parseDelimited());
            } else if (t.is(TokenKind.CLOSE_PAREN) || t.is(TokenKind.CLOSE_BRACE)) {
                break;
            } else {
                args.add(new TokenTree.Leaf(bump()));
            }
        }
        expect(TokenKind.CLOSE_BRACKET);
        return new Attr(inner, path, args, null, spanFrom(start));
    }

    // ---- crate and cells ----

    List<Item> parseItemsUntilEof() {
        parseInnerAttrs();
        fileInnerAttrs = takeInnerAttrs();
        List<Item> items = new ArrayList<>();
        while (!atEof() && !aborted) {
            int before = pos;
            if (peek().is(TokenKind.CLOSE_BRACE) || peek().is(TokenKind.CLOSE_PAREN) || peek().is(TokenKind.CLOSE_BRACKET)) {
                Token t = bump();
                diags.report(Diagnostic.error("unexpected closing delimiter: `" + t.text() + "`")
                        .primary(t.span(), "unexpected closing delimiter"));
                aborted = true;
                break;
            }
            List<Attr> attrs = parseOuterAttrs();
            Item item = parseItemOrRecover(attrs);
            if (item != null) {
                items.add(item);
            }
            if (pos == before) {
                bump();
            }
        }
        return items;
    }

    List<Attr> crateInnerAttrs() {
        return fileInnerAttrs;
    }

    /** `name! (...)` or `a::b! {...}` at module level: a macro invocation in item position. */
    private boolean startsItemMacro() {
        int i = 0;
        if (peek().is(TokenKind.PATH_SEP)) {
            i++;
        }
        while ((peek(i).is(TokenKind.IDENT) || peek(i).is(TokenKind.RAW_IDENT)) && peek(i + 1).is(TokenKind.PATH_SEP)) {
            i += 2;
        }
        Token name = peek(i);
        return (name.is(TokenKind.IDENT) && !isKeyword(name) || name.is(TokenKind.RAW_IDENT)) && peek(i + 1).is(TokenKind.NOT)
                && (peek(i + 2).is(TokenKind.OPEN_PAREN) || peek(i + 2).is(TokenKind.OPEN_BRACKET)
                || peek(i + 2).is(TokenKind.OPEN_BRACE));
    }

    private Item parseItemOrRecover(List<Attr> attrs) {
        if (startsItem() || startsItemMacro()) {
            return parseItem(attrs);
        }
        Token t = peek();
        if (t.is(TokenKind.EOF)) {
            if (!attrs.isEmpty()) {
                error(attrs.get(attrs.size() - 1).span(), "expected item after attributes", "");
            }
            return null;
        }
        if (checkIdentAt(0) && (peek(1).is(TokenKind.OPEN_PAREN) || peek(1).is(TokenKind.OPEN_BRACE))) {
            return recoverMissingKeyword(attrs, new Visibility.Inherited(t.span().shrinkToLo()), t.span());
        }
        diags.report(Diagnostic.error("expected item, found " + describe(t))
                .primary(t.span(), "expected item")
                .note("for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>"));
        recoverToItemStart();
        return new Item.Error(attrs, new Visibility.Inherited(t.span().shrinkToLo()), t.span());
    }

    /** Skips to the next token that can start an item at nesting depth 0. */
    private void recoverToItemStart() {
        int nest = 0;
        bump();
        while (!atEof()) {
            Token t = peek();
            TokenKind k = t.kind();
            if (k.isOpenDelim()) {
                nest++;
            } else if (k.isCloseDelim()) {
                nest = Math.max(0, nest - 1);
            } else if (nest == 0 && startsItem()) {
                return;
            }
            bump();
        }
    }

    // ---- items ----

    @Override
    boolean startsItem() {
        Token t = peek();
        if (t.is(TokenKind.POUND)) {
            return false;
        }
        if (t.kind() != TokenKind.IDENT) {
            return false;
        }
        return switch (t.text()) {
            case "fn", "struct", "enum", "trait", "impl", "type", "mod", "use", "extern", "pub", "static" ->
                    !(t.text().equals("static") && (peek(1).is(TokenKind.OR) || peek(1).is(TokenKind.OR_OR) || peek(1).isWord("move")));
            case "const" -> !peek(1).is(TokenKind.OPEN_BRACE);
            case "unsafe" -> !peek(1).is(TokenKind.OPEN_BRACE);
            case "async" -> peek(1).isWord("fn") || peek(1).isWord("unsafe") || peek(1).isWord("extern");
            case "union" -> peek(1).is(TokenKind.IDENT) && !isKeyword(peek(1)) || peek(1).is(TokenKind.RAW_IDENT);
            case "auto" -> peek(1).isWord("trait");
            case "macro_rules" -> peek(1).is(TokenKind.NOT) && (peek(2).is(TokenKind.IDENT) || peek(2).is(TokenKind.RAW_IDENT));
            case "default" -> peek(1).isWord("fn") || peek(1).isWord("impl") || peek(1).isWord("unsafe");
            default -> false;
        };
    }

    @Override
    Item parseItem(List<Attr> attrs) {
        // like rustc, an item's span starts after its outer attributes (they have spans of their own)
        Span start = peek().span();
        if (!enter()) {
            exit();
            return new Item.Error(attrs, new Visibility.Inherited(start), start);
        }
        try {
            Visibility vis = parseVisibility();
            eatWord("default");
            Token t = peek();
            if (t.isWord("macro_rules")) {
                bump();
                expect(TokenKind.NOT);
                Ident name = parseIdent();
                if (!(peek().is(TokenKind.OPEN_BRACE) || peek().is(TokenKind.OPEN_PAREN) || peek().is(TokenKind.OPEN_BRACKET))) {
                    errorExpected();
                    return new Item.Error(attrs, vis, spanFrom(start));
                }
                TokenTree.Delimited body = parseDelimited();
                if (body.delimiter() != TokenTree.Delimiter.BRACE) {
                    expect(TokenKind.SEMI);
                }
                return new Item.MacroRules(attrs, vis, name, body, spanFrom(start));
            }
            if (t.isWord("use")) {
                bump();
                Item.UseTree tree = parseUseTree();
                expect(TokenKind.SEMI);
                return new Item.Use(attrs, vis, tree, spanFrom(start));
            }
            if (t.isWord("struct") || t.isWord("union")) {
                return parseStruct(attrs, vis, start);
            }
            if (t.isWord("enum")) {
                return parseEnum(attrs, vis, start);
            }
            if (t.isWord("type")) {
                bump();
                Ident name = parseIdent();
                Generics g = parseGenericParams();
                List<Bound> bounds = eat(TokenKind.COLON) ? parseBounds() : List.of();
                g = parseWhereClause(g);
                Ty ty = eat(TokenKind.EQ) ? parseTy() : null;
                g = parseWhereClause(g);
                expect(TokenKind.SEMI);
                return new Item.TypeAlias(attrs, vis, name, g, bounds, ty, spanFrom(start));
            }
            if (t.isWord("mod") || (t.isWord("unsafe") && peek(1).isWord("mod"))) {
                boolean unsafe = eatWord("unsafe");
                bump();
                Ident name = parseIdent();
                if (eat(TokenKind.SEMI)) {
                    Item.Mod declared = new Item.Mod(attrs, vis, unsafe, name, false, false, -1, List.of(), List.of(), spanFrom(start));
                    return mods.resolve(declared);
                }
                if (expect(TokenKind.OPEN_BRACE) == null) {
                    return new Item.Error(attrs, vis, spanFrom(start));
                }
                parseInnerAttrs();
                List<Attr> inner = takeInnerAttrs();
                List<Item> items = parseItemsUntilClose();
                return new Item.Mod(attrs, vis, unsafe, name, true, true, -1, inner, items, spanFrom(start));
            }
            if (t.isWord("extern") && (peek(1).isWord("crate"))) {
                bump();
                bump();
                Ident name = peek().isWord("self") ? identOf(bump()) : parseIdent();
                Ident rename = null;
                if (eatWord("as")) {
                    rename = peek().isWord("_") ? identOf(bump()) : parseIdent();
                }
                expect(TokenKind.SEMI);
                return new Item.ExternCrate(attrs, vis, name, rename, spanFrom(start));
            }
            if ((t.isWord("extern") && (peek(1).is(TokenKind.OPEN_BRACE)
                    || (peek(1).is(TokenKind.STR_LIT) || peek(1).is(TokenKind.RAW_STR_LIT)) && peek(2).is(TokenKind.OPEN_BRACE)))
                    || (t.isWord("unsafe") && peek(1).isWord("extern") && (peek(2).is(TokenKind.OPEN_BRACE)
                    || (peek(2).is(TokenKind.STR_LIT) || peek(2).is(TokenKind.RAW_STR_LIT)) && peek(3).is(TokenKind.OPEN_BRACE)))) {
                boolean unsafe = eatWord("unsafe");
                bump();
                String abi = peek().is(TokenKind.STR_LIT) ? unquote(bump().text()) : null;
                expect(TokenKind.OPEN_BRACE);
                parseInnerAttrs();
                List<Attr> inner = takeInnerAttrs();
                List<Item> items = parseItemsWithOptionalBodies();
                return new Item.ExternBlock(attrs, vis, unsafe, abi, inner, items, spanFrom(start));
            }
            if (t.isWord("trait") || t.isWord("auto") || (t.isWord("unsafe") && (peek(1).isWord("trait") || peek(1).isWord("auto")))) {
                return parseTrait(attrs, vis, start);
            }
            if (t.isWord("impl") || (t.isWord("unsafe") && peek(1).isWord("impl"))) {
                return parseImpl(attrs, vis, start);
            }
            if (t.isWord("static") && !peek(1).is(TokenKind.OR)) {
                bump();
                Mutability m = eatWord("mut") ? Mutability.MUT : Mutability.NOT;
                Ident name = parseIdent();
                expect(TokenKind.COLON);
                Ty ty = parseTy();
                Expr value = eat(TokenKind.EQ) ? parseExpr() : null;
                expectItemSemi();
                return new Item.Static(attrs, vis, m, name, ty, value, spanFrom(start));
            }
            if (t.isWord("const") && !peek(1).isWord("fn") && !peek(1).isWord("unsafe") && !peek(1).isWord("async")
                    && !peek(1).isWord("extern")) {
                bump();
                Ident name = peek().isWord("_") ? identOf(bump()) : parseIdent();
                Generics g = parseGenericParams();
                Ty ty;
                if (eat(TokenKind.COLON)) {
                    ty = parseTy();
                } else {
                    diags.report(Diagnostic.error("missing type for `const` item")
                            .primary(name.span().shrinkToHi(), "")
                            .suggestion(name.span().shrinkToHi(), "provide a type for the item", ": <type>"));
                    ty = new Ty.InferTy(name.span());
                }
                Expr value = eat(TokenKind.EQ) ? parseExpr() : null;
                g = parseWhereClause(g);
                expectItemSemi();
                return new Item.Const(attrs, vis, name, g, ty, value, spanFrom(start));
            }
            if (startsFn()) {
                return parseFn(attrs, vis, start);
            }
            if ((checkPathSegmentIdent() || peek().is(TokenKind.PATH_SEP)) && !isKeyword(peek()) || peek().isWord("self")) {
                Path p = parsePath(PathStyle.MOD);
                if (expect(TokenKind.NOT) != null) {
                    if (peek().is(TokenKind.OPEN_PAREN) || peek().is(TokenKind.OPEN_BRACKET) || peek().is(TokenKind.OPEN_BRACE)) {
                        TokenTree.Delimited d = parseDelimited();
                        if (d.delimiter() != TokenTree.Delimiter.BRACE) {
                            expect(TokenKind.SEMI);
                        }
                        MacroCall mac = new MacroCall(p, d.delimiter(), d.trees(), spanFrom(start));
                        return new Item.MacroItem(attrs, vis, mac, spanFrom(start));
                    }
                    errorExpected();
                }
                recoverToItemStart();
                return new Item.Error(attrs, vis, spanFrom(start));
            }
            diags.report(Diagnostic.error("expected item, found " + describe(t)).primary(t.span(), "expected item"));
            recoverToItemStart();
            return new Item.Error(attrs, vis, spanFrom(start));
        } finally {
            exit();
        }
    }

    private boolean bodyOptional;

    private void expectItemSemi() {
        if (!eat(TokenKind.SEMI)) {
            reportMissingSemi(prev().span(), peek());
        }
    }

    private static Ident identOf(Token t) {
        return new Ident(t.text(), t.span());
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }

    private boolean startsFn() {
        int i = 0;
        while (true) {
            Token t = peek(i);
            if (t.isWord("fn")) {
                return true;
            }
            if (t.isWord("const") || t.isWord("async") || t.isWord("unsafe") || t.isWord("safe")) {
                i++;
                continue;
            }
            if (t.isWord("extern")) {
                i++;
                if (peek(i).is(TokenKind.STR_LIT) || peek(i).is(TokenKind.RAW_STR_LIT)) {
                    i++;
                }
                continue;
            }
            return false;
        }
    }

    private List<Item> parseItemsUntilClose() {
        List<Item> items = new ArrayList<>();
        while (!peek().is(TokenKind.CLOSE_BRACE) && !atEof() && !aborted) {
            int before = pos;
            List<Attr> attrs = parseOuterAttrs();
            Item item = parseItemOrRecover(attrs);
            if (item != null) {
                items.add(item);
            }
            if (pos == before) {
                bump();
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return items;
    }

    private Visibility parseVisibility() {
        Token t = peek();
        if (t.isWord("crate") && !peek(1).is(TokenKind.PATH_SEP)) {
            // `crate fn` was an unstable visibility; treat as pub(crate)
            bump();
            return new Visibility.Restricted(pathOf(t), false, t.span());
        }
        if (!t.isWord("pub")) {
            return new Visibility.Inherited(t.span().shrinkToLo());
        }
        bump();
        if (peek().is(TokenKind.OPEN_PAREN)) {
            Token a = peek(1);
            if ((a.isWord("crate") || a.isWord("self") || a.isWord("super")) && peek(2).is(TokenKind.CLOSE_PAREN)) {
                bump();
                bump();
                bump();
                return new Visibility.Restricted(pathOf(a), false, spanFrom(t.span()));
            }
            if (a.isWord("in")) {
                bump();
                bump();
                Path p = parsePath(PathStyle.MOD);
                expect(TokenKind.CLOSE_PAREN);
                return new Visibility.Restricted(p, true, spanFrom(t.span()));
            }
        }
        return new Visibility.Public(t.span());
    }

    private static Path pathOf(Token t) {
        return new Path(false, List.of(new PathSegment(new Ident(t.text(), t.span()), null)), t.span());
    }

    private Item.UseTree parseUseTree() {
        Span start = peek().span();
        boolean global = eat(TokenKind.PATH_SEP);
        List<PathSegment> segs = new ArrayList<>();
        while (true) {
            if (peek().is(TokenKind.STAR)) {
                bump();
                return new Item.UseTree.Glob(new Path(global, segs, spanFrom(start)), spanFrom(start));
            }
            if (peek().is(TokenKind.OPEN_BRACE)) {
                bump();
                List<Item.UseTree> trees = new ArrayList<>();
                while (!check(TokenKind.CLOSE_BRACE) && !atEof() && !aborted) {
                    trees.add(parseUseTree());
                    if (!eat(TokenKind.COMMA)) {
                        break;
                    }
                }
                expect(TokenKind.CLOSE_BRACE);
                return new Item.UseTree.Nested(new Path(global, segs, spanFrom(start)), trees, spanFrom(start));
            }
            if (!checkPathSegmentIdent()) {
                errorExpected();
                return new Item.UseTree.Simple(new Path(global, segs, spanFrom(start)), null, spanFrom(start));
            }
            Token t = bump();
            boolean raw = t.kind() == TokenKind.RAW_IDENT;
            segs.add(new PathSegment(new Ident(raw ? t.text().substring(2) : t.text(), raw, t.span()), null));
            if (!eat(TokenKind.PATH_SEP)) {
                break;
            }
        }
        Ident rename = null;
        if (eatWord("as")) {
            rename = peek().isWord("_") ? identOf(bump()) : parseIdent();
        }
        return new Item.UseTree.Simple(new Path(global, segs, spanFrom(start)), rename, spanFrom(start));
    }

    private Item parseStruct(List<Attr> attrs, Visibility vis, Span start) {
        boolean union = bump().isWord("union");
        Ident name = parseIdent();
        Generics g = parseGenericParams();
        g = parseWhereClause(g);
        Item.VariantData data;
        if (peek().is(TokenKind.OPEN_BRACE)) {
            pushContext(name.span(), union ? "while parsing this union" : "while parsing this struct");
            data = new Item.VariantData.Named(parseNamedFields());
            popContext();
        } else if (peek().is(TokenKind.OPEN_PAREN)) {
            data = new Item.VariantData.TupleFields(parseTupleFields());
            g = parseWhereClause(g);
            expect(TokenKind.SEMI);
        } else {
            data = new Item.VariantData.Unit();
            if (!eat(TokenKind.SEMI)) {
                Token t = peek();
                String what = "expected `where`, `{`, `(`, or `;` after " + (union ? "union" : "struct") + " name";
                diags.report(Diagnostic.error(what + ", found " + describe(t)).primary(t.span(), what));
                if (!t.is(TokenKind.EOF) && !canBeginStatement(t)) {
                    recoverToItemStart();
                }
            }
        }
        if (union) {
            List<Item.FieldDef> fields = data instanceof Item.VariantData.Named n ? n.fields() : List.of();
            return new Item.Union(attrs, vis, name, g, fields, spanFrom(start));
        }
        return new Item.Struct(attrs, vis, name, g, data, spanFrom(start));
    }

    private List<Item.FieldDef> parseNamedFields() {
        expect(TokenKind.OPEN_BRACE);
        List<Item.FieldDef> fields = new ArrayList<>();
        while (!check(TokenKind.CLOSE_BRACE) && !atEof() && !aborted) {
            Span fs = peek().span();
            List<Attr> attrs = parseOuterAttrs();
            Visibility vis = parseVisibility();
            Ident name = parseIdent();
            if (expect(TokenKind.COLON) == null) {
                recoverToFieldEnd();
                continue;
            }
            Ty ty = parseTy();
            fields.add(new Item.FieldDef(attrs, vis, name, ty, spanFrom(fs)));
            if (!eat(TokenKind.COMMA) && !check(TokenKind.CLOSE_BRACE)) {
                Span at = prev().span().shrinkToHi();
                Diagnostic.Builder b = Diagnostic.error("expected `,`, or `}`, found " + describe(peek())).primary(at);
                if (checkIdentAt(0) || peek().is(TokenKind.POUND)) {
                    // most likely the next field: rustc reports and goes on as if the comma were there
                    diags.report(b.suggestionInline(at, "try adding a comma", ","));
                    continue;
                }
                diags.report(inContext(b));
                recoverToFieldEnd();
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return fields;
    }

    private void recoverToFieldEnd() {
        while (!atEof() && !peek().is(TokenKind.COMMA) && !peek().is(TokenKind.CLOSE_BRACE)) {
            bump();
        }
        eat(TokenKind.COMMA);
    }

    private List<Item.FieldDef> parseTupleFields() {
        expect(TokenKind.OPEN_PAREN);
        List<Item.FieldDef> fields = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN) && !atEof() && !aborted) {
            Span fs = peek().span();
            List<Attr> attrs = parseOuterAttrs();
            Visibility vis = parseVisibility();
            Ty ty = parseTy();
            fields.add(new Item.FieldDef(attrs, vis, null, ty, spanFrom(fs)));
            if (!eat(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.CLOSE_PAREN);
        return fields;
    }

    private Item parseEnum(List<Attr> attrs, Visibility vis, Span start) {
        bump();
        Ident name = parseIdent();
        Generics g = parseWhereClause(parseGenericParams());
        List<Item.Variant> variants = new ArrayList<>();
        if (expect(TokenKind.OPEN_BRACE) == null) {
            recoverToItemStart();
            return new Item.Enum(attrs, vis, name, g, variants, spanFrom(start));
        }
        while (!check(TokenKind.CLOSE_BRACE) && !atEof() && !aborted) {
            Span vs = peek().span();
            List<Attr> vattrs = parseOuterAttrs();
            parseVisibility();
            Ident vname = parseIdent();
            Item.VariantData data;
            if (check(TokenKind.OPEN_BRACE)) {
                data = new Item.VariantData.Named(parseNamedFields());
            } else if (check(TokenKind.OPEN_PAREN)) {
                data = new Item.VariantData.TupleFields(parseTupleFields());
            } else {
                data = new Item.VariantData.Unit();
            }
            Expr disc = eat(TokenKind.EQ) ? parseExpr() : null;
            variants.add(new Item.Variant(vattrs, vname, data, disc, spanFrom(vs)));
            if (!eat(TokenKind.COMMA)) {
                if (!check(TokenKind.CLOSE_BRACE)) {
                    Span at = prev().span().shrinkToHi();
                    Diagnostic.Builder b = expectedError();
                    if (checkIdentAt(0)) {
                        // the next variant: only the separator is missing
                        diags.report(b.suggestionShort(at, "missing `,`", ","));
                        continue;
                    }
                    diags.report(b);
                    recoverToFieldEnd();
                }
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return new Item.Enum(attrs, vis, name, g, variants, spanFrom(start));
    }

    private Item parseTrait(List<Attr> attrs, Visibility vis, Span start) {
        boolean unsafe = eatWord("unsafe");
        boolean auto = eatWord("auto");
        expectWord("trait");
        Ident name = parseIdent();
        Generics g = parseGenericParams();
        List<Bound> supers = eat(TokenKind.COLON) ? parseBounds() : List.of();
        if (eat(TokenKind.EQ)) {
            // trait alias (unstable): keep the bounds as supertraits
            supers = parseBounds();
            g = parseWhereClause(g);
            expect(TokenKind.SEMI);
            return new Item.Trait(attrs, vis, unsafe, auto, name, g, supers, List.of(), spanFrom(start));
        }
        g = parseWhereClause(g);
        if (expect(TokenKind.OPEN_BRACE) == null) {
            recoverToItemStart();
            return new Item.Trait(attrs, vis, unsafe, auto, name, g, supers, List.of(), spanFrom(start));
        }
        parseInnerAttrs();
        takeInnerAttrs();
        List<Item> items = parseItemsWithOptionalBodies();
        return new Item.Trait(attrs, vis, unsafe, auto, name, g, supers, items, spanFrom(start));
    }

    private Item parseImpl(List<Attr> attrs, Visibility vis, Span start) {
        boolean unsafe = eatWord("unsafe");
        expectWord("impl");
        Generics g = Generics.empty(peek().span().shrinkToLo());
        // `impl<T>` generics vs `impl <T as X>::Y` — generics when `<` is followed by an ident/lifetime then `:`,`,`,`>`,`=`
        if (peek().is(TokenKind.LT) && (peek(1).is(TokenKind.LIFETIME) || peek(1).isWord("const")
                || (checkIdentAt(1) && (peek(2).is(TokenKind.COLON) || peek(2).is(TokenKind.COMMA)
                || peek(2).is(TokenKind.GT) || peek(2).is(TokenKind.EQ))) || peek(1).is(TokenKind.GT))) {
            g = parseGenericParams();
        }
        eatWord("const");
        // `impl !Trait for T` is a negative impl; `impl ! {}` implements the never type
        boolean negative = peek().is(TokenKind.NOT) && (checkIdentAt(1) || peek(1).is(TokenKind.PATH_SEP)) && eat(TokenKind.NOT);
        Ty first = parseTy();
        if (first instanceof Ty.Error) {
            // rustc gives up on an impl without a type after its one error; so do we, skipping its body
            if (peek().is(TokenKind.OPEN_BRACE)) {
                parseDelimited();
            }
            return new Item.Error(attrs, vis, spanFrom(start));
        }
        Path trait = null;
        Ty selfTy = first;
        if (eatWord("for")) {
            if (first instanceof Ty.PathTy pt) {
                trait = pt.path();
            } else {
                error(first.span(), "expected a trait, found type", "not a trait");
            }
            selfTy = parseTy();
        }
        g = parseWhereClause(g);
        if (expect(TokenKind.OPEN_BRACE) == null) {
            recoverToItemStart();
            return new Item.Impl(attrs, vis, unsafe, g, negative, trait, selfTy, List.of(), spanFrom(start));
        }
        parseInnerAttrs();
        takeInnerAttrs();
        List<Item> items = parseItemsUntilClose();
        return new Item.Impl(attrs, vis, unsafe, g, negative, trait, selfTy, items, spanFrom(start));
    }

    /** rustc's reading of `main() {}` and `Point { x: i32 }` in item position: a forgotten `fn` or `struct`. */
    private Item recoverMissingKeyword(List<Attr> attrs, Visibility vis, Span start) {
        Token name = bump();
        boolean fn = peek().is(TokenKind.OPEN_PAREN);
        String kw = fn ? "fn" : "struct";
        diags.report(Diagnostic.error("missing `" + kw + "` for " + (fn ? "function" : "struct") + " definition")
                .primary(name.span())
                .suggestion(name.span().shrinkToLo(), "add `" + kw + "` here to parse `" + name.text() + "` as a "
                        + (fn ? "function" : "struct"), kw + " "));
        parseDelimited();
        if (fn) {
            while (!atEof() && !peek().is(TokenKind.OPEN_BRACE) && !peek().is(TokenKind.SEMI)) {
                bump();
            }
            if (peek().is(TokenKind.OPEN_BRACE)) {
                parseDelimited();
            } else {
                eat(TokenKind.SEMI);
            }
        }
        return new Item.Error(attrs, vis, spanFrom(start));
    }


    /** Trait and extern-block items: a fn may end with `;` instead of a body. */
    private List<Item> parseItemsWithOptionalBodies() {
        boolean saved = bodyOptional;
        bodyOptional = true;
        try {
            return parseItemsUntilClose();
        } finally {
            bodyOptional = saved;
        }
    }

    private Item parseFn(List<Attr> attrs, Visibility vis, Span start) {
        boolean semiAllowed = bodyOptional;
        bodyOptional = false;
        try {
            return parseFnInner(attrs, vis, start, semiAllowed);
        } finally {
            bodyOptional = semiAllowed;
        }
    }

    private Item parseFnInner(List<Attr> attrs, Visibility vis, Span start, boolean semiAllowed) {
        Span sigStart = peek().span();
        boolean isConst = false;
        boolean isAsync = false;
        boolean isUnsafe = false;
        String abi = null;
        while (!peek().isWord("fn")) {
            Token q = bump();
            if (q.isWord("const")) {
                isConst = true;
            } else if (q.isWord("async")) {
                isAsync = true;
            } else if (q.isWord("unsafe")) {
                isUnsafe = true;
            } else if (q.isWord("extern")) {
                abi = "C";
                if (peek().is(TokenKind.STR_LIT) || peek().is(TokenKind.RAW_STR_LIT)) {
                    abi = unquote(bump().text());
                }
            }
        }
        bump();
        Item.FnSig sig = new Item.FnSig(isConst, isAsync, isUnsafe, abi, spanFrom(sigStart));
        Ident name = parseIdent();
        Generics g = parseGenericParams();
        Item.SelfParam selfParam = null;
        List<Item.Param> params = new ArrayList<>();
        if (!peek().is(TokenKind.OPEN_PAREN)) {
            // rustc's recovery for `fn main {}` and `fn f -> T {}`: report, then parse on without parameters
            Span at = prev().span().shrinkToHi();
            diags.report(Diagnostic.error("missing parameters for function definition").primary(at)
                    .suggestion(at, "add a parameter list", "()"));
            Ty ret = eat(TokenKind.R_ARROW) ? parseTy() : null;
            g = parseWhereClause(g);
            Block body = check(TokenKind.OPEN_BRACE) ? parseBlock() : null;
            if (body == null && !eat(TokenKind.SEMI)) {
                errorExpected();
                recoverToItemStart();
            }
            return new Item.Fn(attrs, vis, sig, name, g, null, List.of(), ret, body, spanFrom(start));
        }
        bump();
        boolean first = true;
        Token variadic = null;
        while (!check(TokenKind.CLOSE_PAREN) && !atEof() && !aborted) {
            Span ps = peek().span();
            List<Attr> pattrs = parseOuterAttrs();
            if (first) {
                selfParam = tryParseSelfParam(pattrs, ps);
            }
            if (selfParam == null || !first) {
                if (peek().is(TokenKind.DOT_DOT_DOT)) {
                    Token dots = bump();
                    variadic = dots;
                    if (!semiAllowed && !"C".equals(abi) && !"C-unwind".equals(abi)) {
                        diags.report(Diagnostic.error("`...` is not supported for non-extern functions").primary(dots.span())
                                .help("only `extern \"C\"` and `extern \"C-unwind\"` functions may have a C variable argument list"));
                    }
                } else {
                    Pat pat = parsePatNoAlt();
                    Ty ty;
                    if (eat(TokenKind.COLON)) {
                        ty = parseTy();
                    } else {
                        Token t = peek();
                        Diagnostic.Builder b = Diagnostic.error("expected one of `:`, `@`, or `|`, found " + describe(t))
                                .primary(t.span(), "expected one of `:`, `@`, or `|`");
                        if (pat instanceof Pat.IdentPat && (checkIdentAt(0) || t.is(TokenKind.AND))) {
                            // `x i32`: C-style order
                            b.suggestionInline(pat.span().to(t.span()), "declare the type after the parameter binding",
                                    "<identifier>: <type>");
                        }
                        diags.report(b);
                        ty = new Ty.Error(t.span());
                        recoverParam();
                    }
                    params.add(new Item.Param(pattrs, pat, ty, spanFrom(ps)));
                }
            }
            first = false;
            if (!eat(TokenKind.COMMA)) {
                break;
            }
        }
        if (expect(TokenKind.CLOSE_PAREN) == null) {
            recoverParam();
            eat(TokenKind.CLOSE_PAREN);
        }
        Ty ret = eat(TokenKind.R_ARROW) ? parseTy() : null;
        checkWord("where");
        g = parseWhereClause(g);
        Block body = null;
        if (semiAllowed && eat(TokenKind.SEMI)) {
            body = null;
        } else if (check(TokenKind.OPEN_BRACE)) {
            body = parseBlock();
        } else if (!semiAllowed && peek().is(TokenKind.SEMI)) {
            // syntactically fine; a later phase says "free function without a body"
            bump();
        } else {
            // rustc names the fn when its body is missing before a closing brace
            boolean atClose = peek().is(TokenKind.CLOSE_BRACE);
            if (atClose) {
                pushContext(name.span(), "while parsing this `fn`");
            }
            errorExpected();
            if (atClose) {
                popContext();
            }
            if (!peek().is(TokenKind.CLOSE_BRACE)) {
                recoverToItemStart();
            }
        }
        if (variadic != null && body != null) {
            // defining (not declaring) a C-variadic function needs the unstable `c_variadic` feature
            featureGates.add(Diagnostic.error("E0658", "C-variadic functions are unstable").primary(spanFrom(start))
                    .note("see issue #44930 <https://github.com/rust-lang/rust/issues/44930> for more information"));
        }
        return new Item.Fn(attrs, vis, sig, name, g, selfParam, params, ret, body, spanFrom(start));
    }

    private void recoverParam() {
        int nest = 0;
        while (!atEof()) {
            TokenKind k = peek().kind();
            if (k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET) {
                nest++;
            } else if (k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET) {
                if (nest == 0) {
                    return;
                }
                nest--;
            } else if (k == TokenKind.COMMA && nest == 0) {
                return;
            } else if (k == TokenKind.OPEN_BRACE) {
                return;
            }
            bump();
        }
    }

    private Item.SelfParam tryParseSelfParam(List<Attr> attrs, Span start) {
        Token a = peek();
        Token b = peek(1);
        Token c = peek(2);
        if (a.isWord("self") && !b.is(TokenKind.PATH_SEP)) {
            bump();
            if (eat(TokenKind.COLON)) {
                return new Item.SelfParam(attrs, Item.SelfKind.EXPLICIT, Mutability.NOT, null, parseTy(), spanFrom(start));
            }
            return new Item.SelfParam(attrs, Item.SelfKind.VALUE, Mutability.NOT, null, null, spanFrom(start));
        }
        if (a.isWord("mut") && b.isWord("self") && !c.is(TokenKind.PATH_SEP)) {
            bump();
            bump();
            if (eat(TokenKind.COLON)) {
                return new Item.SelfParam(attrs, Item.SelfKind.EXPLICIT, Mutability.MUT, null, parseTy(), spanFrom(start));
            }
            return new Item.SelfParam(attrs, Item.SelfKind.VALUE, Mutability.MUT, null, null, spanFrom(start));
        }
        if (a.is(TokenKind.AND)) {
            int i = 1;
            Lifetime lt = null;
            if (peek(i).is(TokenKind.LIFETIME)) {
                i++;
            }
            boolean mut = peek(i).isWord("mut");
            if (mut) {
                i++;
            }
            if (peek(i).isWord("self") && !peek(i + 1).is(TokenKind.PATH_SEP)) {
                bump();
                if (peek().is(TokenKind.LIFETIME)) {
                    lt = parseLifetime();
                }
                if (mut) {
                    bump();
                }
                bump();
                return new Item.SelfParam(attrs, mut ? Item.SelfKind.REF_MUT : Item.SelfKind.REF,
                        mut ? Mutability.MUT : Mutability.NOT, lt, null, spanFrom(start));
            }
        }
        return null;
    }

    // ---- REPL cells ----

    /** Items and statements mixed, up to EOF; returns the trailing expression. */
    Expr parseCellBody(List<Stmt> stmts) {
        parseInnerAttrs();
        fileInnerAttrs = takeInnerAttrs();
        Expr tail = parseStmtsUntil(stmts, TokenKind.EOF);
        while (!atEof() && !aborted) {
            Token t = bump();
            if (t.is(TokenKind.CLOSE_BRACE) || t.is(TokenKind.CLOSE_PAREN) || t.is(TokenKind.CLOSE_BRACKET)) {
                diags.report(Diagnostic.error("unexpected closing delimiter: `" + t.text() + "`")
                        .primary(t.span(), "unexpected closing delimiter"));
                break;
            }
        }
        return tail;
    }

    /** Comma-separated expressions to EOF, for macro arguments. */
    List<Expr> parseExprListToEof() {
        List<Expr> out = new ArrayList<>();
        while (!atEof() && !aborted) {
            out.add(parseExpr());
            if (!eat(TokenKind.COMMA)) {
                if (!atEof()) {
                    errorExpected();
                }
                break;
            }
        }
        return out;
    }

    Expr parseSingleExprToEof() {
        Expr e = parseExpr();
        if (!atEof()) {
            errorExpected();
        }
        return e;
    }
}
