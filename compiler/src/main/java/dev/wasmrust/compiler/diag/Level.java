package dev.wasmrust.compiler.diag;

/** Severity of a diagnostic or of a child note, spelled as rustc spells it. */
public enum Level {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note"),
    HELP("help");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
