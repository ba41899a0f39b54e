package dev.wasmrust.compiler.backend;

import dev.wasmrust.compiler.wasmir.FuncType;
import java.util.List;

/**
 * {@code typePrefix}: function types every module of a session numbers the same way (Chicory compares
 * type indices across instances in {@code call_indirect}); {@code dataBase}: where static data starts.
 * {@code tableImportModule}/{@code tableImportField}: when set, the funcref table is imported (a REPL cell
 * shares its session's table) instead of defined, and this module's function addresses start at
 * {@code tableBase} in it.
 */
public record BackendOptions(List<FuncType> typePrefix, int dataBase, boolean nameSection, String tableImportModule,
                             String tableImportField, int tableBase) {
    public BackendOptions {
        typePrefix = List.copyOf(typePrefix);
    }

    public BackendOptions(List<FuncType> typePrefix, int dataBase, boolean nameSection) {
        this(typePrefix, dataBase, nameSection, null, null, 0);
    }

    public static BackendOptions defaults() {
        return new BackendOptions(List.of(), 1024, true);
    }

    /** Options for a session cell: the session's types first, the shared table at {@code tableBase}. */
    public static BackendOptions cell(List<FuncType> typePrefix, String tableModule, String tableField, int tableBase) {
        return new BackendOptions(typePrefix, 1024, true, tableModule, tableField, tableBase);
    }

    boolean importsTable() {
        return tableImportModule != null;
    }
}
