package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.source.Span;

/**
 * How a name came to be in a module or block: its visibility, the kind rustc names it by ("function",
 * "struct", ...) and the span a "defined here" note points at; {@code importSpan} is the `use` tree that
 * brought it in, or null for an item defined in place.
 */
record Decl(ItemVis vis, String kind, String name, Span defSpan, Span importSpan) {
    boolean isImport() {
        return importSpan != null;
    }

    /** The same item seen through an import with visibility {@code v}. */
    Decl through(ItemVis v) {
        return new Decl(v, kind, name, defSpan, importSpan);
    }

    /** The same item brought in by the import at {@code at} with visibility {@code v}. */
    Decl importedAt(ItemVis v, Span at) {
        return new Decl(v, kind, name, defSpan, at);
    }
}
