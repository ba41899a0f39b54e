package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * The library types the corpus uses, defined in a file of their own so that their "defined here"
 * notes have somewhere to point (rustc points into its own library sources).
 */
final class LibraryTypes {
    static final String TEXT = """
            pub enum Option<T> {
                None,
                Some(T),
            }
            pub enum Result<T, E> {
                Ok(T),
                Err(E),
            }
            pub struct String {
                vec: Vec<u8>,
            }
            """;
    private final SourceFile file;

    LibraryTypes(SourceMap sm) {
        this.file = sm.add("library.rs", TEXT);
    }

    private Span word(String w, int occurrence) {
        int at = -1;
        for (int k = 0; k <= occurrence; k++) {
            at = TEXT.indexOf(w, at + 1);
        }
        return new Span(file.id(), at, at + w.length());
    }

    private PatType.Definition def(String name) {
        return new PatType.Definition(word(name, 0), false);
    }

    PatType option(PatType inner) {
        return new PatType.Adt("Option<" + inner.display() + ">", "", List.of(
                PatType.Variant.unit("None").at(word("None", 0)),
                PatType.Variant.tuple("Some", List.of(inner)).at(word("Some", 0))), true, def("Option"));
    }

    PatType result(PatType ok, PatType err) {
        return new PatType.Adt("Result<" + ok.display() + ", " + err.display() + ">", "", List.of(
                PatType.Variant.tuple("Ok", List.of(ok)).at(word("Ok", 0)),
                PatType.Variant.tuple("Err", List.of(err)).at(word("Err", 0))), true, def("Result"));
    }

    /** {@code String} is a struct with a private field: only {@code _} and {@code String { .. }} cover it. */
    PatType string() {
        return new PatType.Adt("String", "String", List.of(
                PatType.Variant.struct("String", List.of("vec"), List.of(new PatType.Opaque("Vec<u8>")))), false,
                new PatType.Definition(word("String", 0), false));
    }
}
