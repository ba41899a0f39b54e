package dev.wasmrust.session;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;

/**
 * A session variable: a top-level {@code let} of a committed cell, stored at a fixed address of the session's
 * memory. {@code type} is as the defining cell's checker saw it (later checkers look its definitions up again).
 * {@code movedAt} is where a later cell moved it (null while it holds a value).
 */
public record Variable(String name, String typeName, boolean mutable, int definedInCell, int address, int size,
                       Type type, Span declSpan, Span movedAt, int movedInCell) {
    public boolean moved() {
        return movedAt != null;
    }

    Variable movedBy(int cell, Span at) {
        return new Variable(name, typeName, mutable, definedInCell, address, size, type, declSpan, at, cell);
    }
}
