package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Cell;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.List;

/**
 * The expansion phase's entry points. A crate or cell without any {@code macro_rules!} is returned as it is
 * (its unknown macros are the type checker's to report, with the built-ins).
 */
public final class MacroExpansion {
    private MacroExpansion() {}

    /** A whole program: definitions are dropped from the result once their calls are expanded. */
    public static Crate expandCrate(Crate crate, String crateName, SourceMap sources, Diagnostics diags) {
        Expander x = new Expander(sources, diags, crateName, Definitions.in(crate.items()), false);
        // definitions the quick search misses (in nested expression blocks) still make the whole walk happen
        String text = sources.file(crate.file()).text();
        if (!x.hasDefinitions() && !text.contains("macro_rules") && !text.contains("stringify")) {
            return crate;
        }
        return new Crate(crate.file(), crate.innerAttrs(), x.crateItems(crate.items()));
    }

    /**
     * A REPL cell, with the macros of earlier cells ({@code earlier}, oldest first) in scope. The cell's own
     * top-level {@code macro_rules!} items stay in its statements, for the session to keep for later cells.
     */
    public static Cell expandCell(Cell cell, List<Item.MacroRules> earlier, SourceMap sources, Diagnostics diags) {
        List<Item.MacroRules> defs = new java.util.ArrayList<>(earlier);
        defs.addAll(Definitions.inStmts(cell.stmts()));
        Expander x = new Expander(sources, diags, "main", defs, true);
        if (!x.hasDefinitions() && !sources.file(cell.file()).text().contains("stringify")) {
            return cell;
        }
        MacroScope scope = MacroScope.EMPTY;
        for (Item.MacroRules def : earlier) {
            MacroDef d = MacroDef.compile(def, new Diagnostics());
            if (d != null) {
                scope = scope.with(d);
            }
        }
        Expander.Body body = x.cellBody(cell.stmts(), cell.tail(), scope);
        return new Cell(cell.file(), cell.innerAttrs(), body.stmts(), body.tail());
    }

    /** Whether a name is one of the standard library's macros (kept for the type checker). */
    public static boolean isStdMacro(String name) {
        return Definitions.STD.contains(name);
    }

    /** Whether an item is inert after expansion (a definition the resolver skips). */
    public static boolean isDefinition(Item item) {
        return item instanceof Item.MacroRules;
    }

    static boolean isDefinitionStmt(Stmt s) {
        return s instanceof Stmt.ItemStmt is && is.item() instanceof Item.MacroRules;
    }
}
