package dev.wasmrust.session;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;

/**
 * A session variable: a top-level {@code let} of a committed cell, stored at a fixed address of the session's
 * memory. {@code type} is as the defining cell's checker saw it (later checkers look its definitions up again).
 * {@code movedAt} is where a later cell moved it (null while it holds a value). {@code typeReplacedIn}: the cell that
 * redefined a type its value has (0 if none): it keeps its value under the old definition, which later cells
 * cannot name, so they cannot use it (as in JShell).
 */
public record Variable(String name, String typeName, boolean mutable, int definedInCell, int address, int size,
                       Type type, Span declSpan, Span movedAt, int movedInCell, int typeReplacedIn) {
    public Variable(String name, String typeName, boolean mutable, int definedInCell, int address, int size,
                    Type type, Span declSpan, Span movedAt, int movedInCell) {
        this(name, typeName, mutable, definedInCell, address, size, type, declSpan, movedAt, movedInCell, 0);
    }

    public boolean moved() {
        return movedAt != null;
    }

    /** Whether a later cell redefined a type of its value (it then holds a value of the old definition). */
    public boolean typeReplaced() {
        return typeReplacedIn != 0;
    }

    Variable movedBy(int cell, Span at) {
        return new Variable(name, typeName, mutable, definedInCell, address, size, type, declSpan, at, cell, typeReplacedIn);
    }

    Variable typeReplacedBy(int cell) {
        return new Variable(name, typeName, mutable, definedInCell, address, size, type, declSpan, movedAt, movedInCell, cell);
    }
}
