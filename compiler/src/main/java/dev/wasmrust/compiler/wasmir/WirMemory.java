package dev.wasmrust.compiler.wasmir;

/**
 * Memory 0: defined here, or imported when {@code importModule} is set. {@code maxPages} is -1 for no
 * maximum. {@code exportName} may be null.
 */
public record WirMemory(int minPages, int maxPages, String importModule, String importField, String exportName) {
    public boolean isImported() {
        return importModule != null;
    }
}
