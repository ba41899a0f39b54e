package dev.wasmrust.repl;

import java.nio.file.Path;

/** How the REPL starts: its history file (null: in memory only), working directory and version for the banner. */
public record ReplOptions(Path historyFile, Path workingDir, String version) {
    /** {@code ~/.wasmrust/history}. */
    public static Path defaultHistory() {
        return HistoryFile.defaultPath();
    }
}
