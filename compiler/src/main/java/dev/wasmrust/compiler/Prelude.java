package dev.wasmrust.compiler;

import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The standard library's prelude, Rust source shipped as a resource and parsed in front of every program. */
public final class Prelude {
    private Prelude() {}

    /** How the prelude's file is named in diagnostics and panic locations. */
    public static final String FILE_NAME = "<std>/prelude.rs";

    public static String source(String file) {
        try (InputStream in = Prelude.class.getResourceAsStream("/dev/wasmrust/std/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the standard library's prelude is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prelude and the standard library files that define its items, as one crate's items. */
    public static Crate parse(SourceMap sources, Diagnostics diags) {
        SourceFile file = sources.add(FILE_NAME, source("prelude.rs"));
        Crate prelude = SyntaxPhase.parseFile(sources, file, null, diags);
        SourceFile floats = sources.add("<std>/fmt_float.rs", source("fmt_float.rs"));
        Crate fmt = SyntaxPhase.parseFile(sources, floats, null, diags);
        java.util.List<dev.wasmrust.compiler.ast.Item> items = new java.util.ArrayList<>(prelude.items());
        items.addAll(fmt.items());
        return new Crate(prelude.file(), prelude.innerAttrs(), items);
    }
}
