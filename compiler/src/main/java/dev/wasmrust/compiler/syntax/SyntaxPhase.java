package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Cell;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The syntax phase's entry points: source text in, AST and diagnostics out. Never throws on bad input. */
public final class SyntaxPhase {
    /** Module files nested deeper than this are reported (guards against `mod a;` cycles through symlinks). */
    private static final int MAX_MODULE_DEPTH = 64;

    private SyntaxPhase() {}

    public static Crate parseFile(SourceMap sm, SourceFile file, ModLoader loader, Diagnostics diags) {
        return parseFile(sm, file, loader, diags, dirOf(file.name()), 0);
    }

    private static Crate parseFile(SourceMap sm, SourceFile file, ModLoader loader, Diagnostics diags, String modDir,
                                   int depth) {
        List<Token> tokens = Lexer.tokenizeForParsing(file);
        if (!LexicalCheck.check(tokens, diags) || !DelimiterCheck.balanced(file, tokens, diags)) {
            return new Crate(file.id(), List.of(), List.of());
        }
        Parser p = new Parser(tokens, diags, declared -> loadModule(sm, declared, loader, diags, modDir, depth));
        List<Item> items = p.parseItemsUntilEof();
        p.featureGates.forEach(diags::report);
        return new Crate(file.id(), p.crateInnerAttrs(), items);
    }

    /** rustc's rule: `mod foo;` in `dir/main.rs` loads `dir/foo.rs` or `dir/foo/mod.rs`. */
    private static Item.Mod loadModule(SourceMap sm, Item.Mod declared, ModLoader loader, Diagnostics diags, String modDir,
                                       int depth) {
        String name = declared.name().name();
        String[] candidates = {modDir + name + ".rs", modDir + name + "/mod.rs"};
        if (depth < MAX_MODULE_DEPTH) {
            for (String path : candidates) {
                Optional<String> text = loader.load(path);
                if (text.isPresent()) {
                    SourceFile f = sm.add(path, text.get());
                    String childDir = path.endsWith("/mod.rs") ? modDir + name + "/" : modDir + name + "/";
                    Crate c = parseFile(sm, f, loader, diags, childDir, depth + 1);
                    return new Item.Mod(declared.attrs(), declared.vis(), declared.isUnsafe(), declared.name(), false, true,
                            f.id(), c.innerAttrs(), c.items(), declared.span());
                }
            }
        }
        diags.report(Diagnostic.error("E0583", "file not found for module `" + name + "`")
                .primary(declared.span(), "")
                .help("to create the module `" + name + "`, create file \"" + candidates[0] + "\" or \"" + candidates[1] + "\"")
                .note("if there is a `mod " + name + "` elsewhere in the crate already, import it with `use crate::...` instead"));
        return declared;
    }

    private static String dirOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    public static Cell parseCell(SourceMap sm, SourceFile file, Diagnostics diags) {
        List<Token> tokens = Lexer.tokenizeForParsing(file);
        if (!LexicalCheck.check(tokens, diags) || !DelimiterCheck.balanced(file, tokens, diags)) {
            return new Cell(file.id(), List.of(), List.of(), null);
        }
        Parser p = new Parser(tokens, diags, declared -> loadModule(sm, declared, ModLoader.NONE, diags, "", 0));
        List<Stmt> stmts = new ArrayList<>();
        Expr tail = p.parseCellBody(stmts);
        p.featureGates.forEach(diags::report);
        return new Cell(file.id(), p.crateInnerAttrs(), stmts, tail);
    }

    public static List<Expr> parseExprList(List<TokenTree> tokens, Diagnostics diags) {
        return parserFor(tokens, diags).parseExprListToEof();
    }

    public static Expr parseExpr(List<TokenTree> tokens, Diagnostics diags) {
        return parserFor(tokens, diags).parseSingleExprToEof();
    }

    private static Parser parserFor(List<TokenTree> tokens, Diagnostics diags) {
        List<Token> flat = new ArrayList<>();
        flatten(tokens, flat);
        Span end = flat.isEmpty() ? Span.DUMMY : flat.get(flat.size() - 1).span().shrinkToHi();
        flat.add(new Token(TokenKind.EOF, "", end));
        return new Parser(flat, diags, declared -> declared);
    }

    private static void flatten(List<TokenTree> trees, List<Token> out) {
        for (TokenTree t : trees) {
            if (t instanceof TokenTree.Leaf l) {
                out.add(l.token());
            } else if (t instanceof TokenTree.Delimited d) {
                out.add(new Token(TokenKind.openOf(d.delimiter()), d.delimiter().open(), d.open()));
                flatten(d.trees(), out);
                out.add(new Token(TokenKind.closeOf(d.delimiter()), d.delimiter().close(), d.close()));
            }
        }
    }


    /**
     * Whether REPL or notebook input is a whole cell: see {@link CompletenessCheck}. Never throws; cheap
     * (lexing only), so it can run on every key press.
     */
    public static Completeness isComplete(String text) {
        return CompletenessCheck.of(text);
    }
}
