package dev.wasmrust.repl.engine;

import java.util.List;

/** {@code :save}: the program text, and notes on what it could not carry over (shown to the user). */
public record SavedSession(String source, List<String> notes) {
    public SavedSession {
        notes = List.copyOf(notes);
    }
}
