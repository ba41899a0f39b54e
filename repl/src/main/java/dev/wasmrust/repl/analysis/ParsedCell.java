package dev.wasmrust.repl.analysis;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.Cell;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** A cell parsed on its own (syntax errors point at the cell itself) and cut into items, statements and its tail. */
public record ParsedCell(int number, String source, List<Chunk> items, List<Chunk> statements, Chunk tail,
                  List<Diagnostic> syntaxErrors) {
    public ParsedCell {
        items = List.copyOf(items);
        statements = List.copyOf(statements);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    public static String fileName(int number) {
        return "<cell " + number + ">";
    }

    public static ParsedCell parse(int number, String source, SourceMap sm, SourceFile file) {
        Diagnostics diags = new Diagnostics();
        Cell cell = dev.wasmrust.compiler.syntax.SyntaxPhase.parseCell(sm, file, diags);
        if (diags.hasErrors()) {
            return new ParsedCell(number, source, List.of(), List.of(), null, diags.all());
        }
        List<Chunk> items = new ArrayList<>();
        List<Chunk> stmts = new ArrayList<>();
        int useCount = 0;
        for (Stmt s : cell.stmts()) {
            if (s instanceof Stmt.Empty) {
                continue;
            }
            if (s instanceof Stmt.ItemStmt is) {
                Item item = is.item();
                int lo = item.span().lo();
                for (Attr a : item.attrs()) {
                    lo = Math.min(lo, a.span().lo());
                }
                String text = file.text().substring(lo, item.span().hi());
                String kind = kindOf(item);
                String name = item.name() == null ? "" : item.name().name();
                String key = keyOf(item, kind, name, text, number, useCount++);
                items.add(chunk(number, file, lo, text, key, name, kind, signature(item, file)));
            } else {
                String kind = s instanceof Stmt.Let ? "let" : "stmt";
                stmts.add(chunk(number, file, s.span().lo(), file.slice(s.span()), null, "", kind, ""));
            }
        }
        Chunk tail = cell.tail() == null ? null
                : chunk(number, file, cell.tail().span().lo(), file.slice(cell.tail().span()), null, "", "tail", "");
        return new ParsedCell(number, source, items, stmts, tail, List.of());
    }

    private static Chunk chunk(int cell, SourceFile file, int lo, String text, String key, String name, String kind,
                               String signature) {
        int line = file.line(lo) - 1;
        int column = lo - file.lineStarts()[line];
        return new Chunk(cell, text, line, column, key, name, kind, signature);
    }

    public static String kindOf(Item item) {
        if (item instanceof Item.Fn) {
            return "fn";
        } else if (item instanceof Item.Struct) {
            return "struct";
        } else if (item instanceof Item.Enum) {
            return "enum";
        } else if (item instanceof Item.Union) {
            return "union";
        } else if (item instanceof Item.Trait) {
            return "trait";
        } else if (item instanceof Item.Impl) {
            return "impl";
        } else if (item instanceof Item.TypeAlias) {
            return "type";
        } else if (item instanceof Item.Const) {
            return "const";
        } else if (item instanceof Item.Static) {
            return "static";
        } else if (item instanceof Item.Mod) {
            return "mod";
        } else if (item instanceof Item.Use) {
            return "use";
        } else if (item instanceof Item.MacroRules) {
            return "macro_rules!";
        }
        return "item";
    }

    /** Rust's namespaces decide what replaces what: a `fn f` replaces a `const f`, never a `struct f`. */
    private static String keyOf(Item item, String kind, String name, String text, int cell, int index) {
        switch (kind) {
            case "fn", "const", "static":
                return "value:" + name;
            case "struct", "enum", "union", "trait", "type", "mod":
                return "type:" + name;
            case "macro_rules!":
                return "macro:" + name;
            case "use":
                // repeating a `use` verbatim keeps one copy
                return "use:" + text.replaceAll("\\s+", " ");
            default:
                return kind + "#" + cell + "." + index;
        }
    }

    /** The item's header as written, up to its body, on one line. */
    private static String signature(Item item, SourceFile file) {
        String text = file.slice(item.span());
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == ';' || (c == '=' && (item instanceof Item.Const || item instanceof Item.Static))) {
                end = i;
                break;
            }
        }
        return text.substring(0, end).replaceAll("\\s+", " ").strip();
    }
}
