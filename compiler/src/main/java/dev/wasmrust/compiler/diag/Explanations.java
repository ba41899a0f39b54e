package dev.wasmrust.compiler.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The long explanations of diagnostic codes ({@code wasmrust explain E0308}), written for WasmRust in rustc's layout. */
public final class Explanations {
    private Explanations() {}

    /** The explanation of {@code code} (e.g. {@code E0308} or {@code 0308}), if we have one. */
    public static Optional<String> of(String code) {
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.matches("\\d{4}")) {
            c = "E" + c;
        }
        if (!c.matches("E\\d{4}")) {
            return Optional.empty();
        }
        try (InputStream in = Explanations.class.getResourceAsStream("explain/" + c + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
