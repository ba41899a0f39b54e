package dev.wasmrust.compiler.syntax;

import java.util.Optional;

/**
 * Reads the file of an out-of-line module ({@code mod foo;}). Given the path rustc would look at
 * (relative to the declaring file's directory, as the user spelled the root), returns its text.
 */
@FunctionalInterface
public interface ModLoader {
    ModLoader NONE = path -> Optional.empty();

    Optional<String> load(String path);
}
