package dev.wasmrust.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the history lives ({@code ~/.wasmrust/history} unless overridden) and whether it can be used. A
 * missing file is fine (it is created on the first save); an unreadable or unwritable one, or a directory
 * that cannot be created, means an in-memory history for this run and one warning, never a stack trace.
 */
record HistoryFile(Path path, String warning) {
    static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".wasmrust", "history");
    }

    static HistoryFile check(Path path) {
        if (path == null) {
            return new HistoryFile(null, null);
        }
        try {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            if (Files.exists(path)) {
                if (!Files.isRegularFile(path) || !Files.isReadable(path) || !Files.isWritable(path)) {
                    return unusable(path, "it is not a readable and writable file");
                }
            } else if (dir != null && !Files.isWritable(dir)) {
                return unusable(path, "its directory is not writable");
            }
        } catch (IOException | RuntimeException e) {
            return unusable(path, "its directory cannot be created (" + e.getMessage() + ")");
        }
        return new HistoryFile(path, null);
    }

    private static HistoryFile unusable(Path path, String why) {
        return new HistoryFile(null, "history is kept for this session only: `" + path + "` cannot be used, " + why);
    }
}
