package dev.wasmrust.repl.analysis;

/**
 * A piece of a cell copied into the assembled program: one item, one statement or the trailing expression,
 * with where it starts in its cell (0-based line, UTF-16 column) so the assembled program's lines map back.
 *
 * @param key       for items, what a later item with the same name replaces ({@code value:f}, {@code type:S},
 *                  {@code macro:m}); impls are never replaced and a {@code use} only by itself; null for statements
 * @param name      the item's name, or "" (impl, use, statements)
 * @param kind      the item's keyword ({@code fn}, {@code struct}, ...) or {@code let}/{@code stmt}/{@code tail}
 * @param signature the item's header, whitespace collapsed (for {@code :items})
 */
public record Chunk(int cell, String text, int line, int column, String key, String name, String kind, String signature) {
    public boolean isItem() {
        return key != null;
    }
}
