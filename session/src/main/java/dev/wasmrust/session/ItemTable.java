package dev.wasmrust.session;

import dev.wasmrust.compiler.ast.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's committed items, newest definition per name and namespace, in the order a one-file program
 * would list them (a replaced item moves to where its newest form was entered). {@code impl} blocks are
 * never replaced; a {@code use} repeated verbatim is kept once. Immutable: committing a cell makes a new
 * table, so a cell that fails leaves the old one in place.
 */
final class ItemTable {
    /**
     * An item with the cell that entered it (for messages). {@code problems} is empty for a valid item; an item
     * that stopped compiling when something it uses was redefined keeps its errors there and is left out of
     * later cells' crates until a redefinition makes it compile again (JShell's "recoverable" definitions).
     */
    record Entry(String key, Item item, int cell, String text, List<dev.wasmrust.compiler.diag.Diagnostic> problems) {
        Entry(String key, Item item, int cell, String text) {
            this(key, item, cell, text, List.of());
        }

        boolean valid() {
            return problems.isEmpty();
        }

        String name() {
            return key.substring(key.indexOf(':') + 1);
        }
    }

    private final List<Entry> entries;

    private ItemTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static ItemTable empty() {
        return new ItemTable(List.of());
    }

    List<Entry> entries() {
        return entries;
    }

    /** The valid items, for a crate. */
    List<Item> items() {
        List<Item> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.valid()) {
                out.add(e.item());
            }
        }
        return out;
    }

    /** The {@code macro_rules!} definitions, oldest first: the macros a new cell sees. */
    List<Item.MacroRules> macros() {
        List<Item.MacroRules> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.item() instanceof Item.MacroRules m) {
                out.add(m);
            }
        }
        return out;
    }

    /** The table with these entries' problems set and every other entry as it was. */
    ItemTable withProblems(Map<String, List<dev.wasmrust.compiler.diag.Diagnostic>> problems) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            List<dev.wasmrust.compiler.diag.Diagnostic> p = problems.get(e.key());
            out.add(p == null ? e : new Entry(e.key(), e.item(), e.cell(), e.text(), List.copyOf(p)));
        }
        return new ItemTable(out);
    }

    /** The table with every entry valid (to check them all again). */
    ItemTable allValid() {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.valid() ? e : new Entry(e.key(), e.item(), e.cell(), e.text(), List.of()));
        }
        return new ItemTable(out);
    }

    /** The invalid entries. */
    List<Entry> invalid() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.valid()) {
                out.add(e);
            }
        }
        return out;
    }

    /** The table with these items (of one cell, in source order) added, replacing same-named ones. */
    ItemTable with(List<Item> added, int cell, java.util.function.Function<Item, String> textOf) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        int anon = 0;
        for (Entry e : entries) {
            byKey.put(e.key(), e);
            anon++;
        }
        for (Item it : added) {
            String text = textOf.apply(it);
            String key = key(it, text, cell, anon++);
            byKey.remove(key);
            byKey.put(key, new Entry(key, it, cell, text));
        }
        return new ItemTable(new ArrayList<>(byKey.values()));
    }

    /**
     * Whether this table replaced or removed an item of {@code older}, so that code compiled against
     * {@code older} may be wrong for it (a {@code use} repeated verbatim replaces nothing).
     */
    boolean replacesAnyOf(ItemTable older) {
        Map<String, Item> now = new java.util.HashMap<>();
        for (Entry e : entries) {
            now.put(e.key(), e.item());
        }
        for (Entry e : older.entries) {
            // a macro is expanded where it is used: code compiled earlier does not depend on its definition
            if (now.get(e.key()) != e.item() && !e.key().startsWith("use:") && !e.key().startsWith("macro:")) {
                return true;
            }
        }
        return false;
    }

    /** The entries an item name denotes (in any namespace), e.g. for {@code :drop NAME}. */
    List<Entry> named(String name) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.key().equals("value:" + name) || e.key().equals("type:" + name) || e.key().equals("macro:" + name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The table without these entries. */
    ItemTable without(List<Entry> gone) {
        List<Entry> kept = new ArrayList<>(entries);
        kept.removeAll(gone);
        return new ItemTable(kept);
    }

    /** The names this cell's items replace (for the REPL's "replaced" notes). */
    List<Entry> replacedBy(List<Item> added, java.util.function.Function<Item, String> textOf) {
        List<Entry> out = new ArrayList<>();
        for (Item it : added) {
            String k = key(it, textOf.apply(it), -1, -1);
            for (Entry e : entries) {
                if (e.key().equals(k) && !(it instanceof Item.Use)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * Namespaces as rustc has them: values (fn, const, static), types (struct, enum, trait, mod, type alias),
     * macros. Items without a name of their own (impl) never collide; a `use` collides only with itself.
     */
    private static String key(Item it, String text, int cell, int seq) {
        if (it instanceof Item.Fn || it instanceof Item.Const) {
            return "value:" + it.name().name();
        }
        if (it instanceof Item.Struct || it instanceof Item.Enum || it instanceof Item.Trait || it instanceof Item.Mod
                || it instanceof Item.TypeAlias) {
            return "type:" + it.name().name();
        }
        if (it instanceof Item.MacroRules) {
            return "macro:" + it.name().name();
        }
        if (it instanceof Item.Use) {
            return "use:" + text.strip();
        }
        return "anon:" + cell + ":" + seq;
    }
}
