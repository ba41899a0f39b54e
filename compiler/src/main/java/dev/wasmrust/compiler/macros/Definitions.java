package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every {@code macro_rules!} of a file, wherever it is, to say "it appears later" when a call comes
 * before the definition; and lists the standard library's macros.
 */
final class Definitions {
    private Definitions() {}

    static final Set<String> STD = Set.of("println", "print", "eprintln", "eprint", "format", "panic", "assert",
            "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne", "unreachable", "todo",
            "unimplemented", "vec", "write", "writeln", "matches", "dbg", "format_args", "concat", "stringify",
            "include", "include_str", "include_bytes", "env", "option_env", "line", "column", "file", "module_path",
            "cfg", "thread_local", "compile_error", "try", "const_format_args", "concat_idents", "trace_macros",
            "log_syntax", "debug_assert_matches", "assert_matches", "addr_of", "addr_of_mut");

    static List<Item.MacroRules> in(List<Item> items) {
        List<Item.MacroRules> out = new ArrayList<>();
        items(items, out);
        return out;
    }

    static List<Item.MacroRules> inStmts(List<Stmt> stmts) {
        List<Item.MacroRules> out = new ArrayList<>();
        stmts(stmts, out);
        return out;
    }

    private static void items(List<Item> items, List<Item.MacroRules> out) {
        for (Item it : items) {
            item(it, out);
        }
    }

    private static void item(Item it, List<Item.MacroRules> out) {
        if (it instanceof Item.MacroRules m) {
            out.add(m);
        } else if (it instanceof Item.Mod m) {
            items(m.items(), out);
        } else if (it instanceof Item.Fn f && f.body() != null) {
            block(f.body(), out);
        } else if (it instanceof Item.Impl im) {
            items(im.items(), out);
        } else if (it instanceof Item.Trait tr) {
            items(tr.items(), out);
        }
    }

    /** Definitions in blocks directly (nested expression blocks are rare enough to leave out). */
    private static void block(Block b, List<Item.MacroRules> out) {
        stmts(b.stmts(), out);
    }

    private static void stmts(List<Stmt> stmts, List<Item.MacroRules> out) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.ItemStmt is) {
                item(is.item(), out);
            }
        }
    }
}
