package dev.wasmrust.compiler.wasmir;

/**
 * A global defined here ({@code importModule} null, initialised to {@code init} bits) or imported
 * from {@code importModule}/{@code importField}. {@code exportName} may be null.
 */
public record WirGlobal(String name, ValType type, boolean mutable, long init, String importModule,
                        String importField, String exportName) {
    public boolean isImported() {
        return importModule != null;
    }
}
