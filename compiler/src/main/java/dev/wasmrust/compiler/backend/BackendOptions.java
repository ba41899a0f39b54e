package dev.wasmrust.compiler.backend;

import dev.wasmrust.compiler.wasmir.FuncType;
import java.util.List;

/**
 * {@code typePrefix}: function types every module of a session numbers the same way (Chicory compares
 * type indices across instances in {@code call_indirect}); {@code dataBase}: where static data starts.
 */
public record BackendOptions(List<FuncType> typePrefix, int dataBase, boolean nameSection) {
    public BackendOptions {
        typePrefix = List.copyOf(typePrefix);
    }

    public static BackendOptions defaults() {
        return new BackendOptions(List.of(), 1024, true);
    }
}
