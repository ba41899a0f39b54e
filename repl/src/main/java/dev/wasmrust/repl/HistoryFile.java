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
                if (!isUtf8(path)) {
                    return unusable(path, "it is not UTF-8 text (move it away to start a new history)");
                }
            } else if (dir != null && !Files.isWritable(dir)) {
                return unusable(path, "its directory is not writable");
            } else {
                createPrivate(path);
            }
        } catch (IOException | RuntimeException e) {
            return unusable(path, "its directory cannot be created (" + e.getMessage() + ")");
        }
        return new HistoryFile(path, null);
    }

    /** Cells may contain secrets: like a shell's history, the file is readable by its owner only. */
    private static void createPrivate(Path path) throws IOException {
        try {
            Files.createFile(path, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        }
    }

    private static boolean isUtf8(Path path) throws IOException {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static HistoryFile unusable(Path path, String why) {
        return new HistoryFile(null, "history is kept for this session only: `" + path + "` cannot be used, " + why);
    }
}
