package dev.wasmrust.compiler.ast;

import java.util.List;

/** One parsed file (a crate root, a {@code mod foo;} file, or a REPL cell's items). */
public record Crate(int file, List<Attr> innerAttrs, List<Item> items) {
    public Crate {
        innerAttrs = List.copyOf(innerAttrs);
        items = List.copyOf(items);
    }
}
