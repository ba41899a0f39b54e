package dev.wasmrust.cli;

import dev.wasmrust.compiler.syntax.ModLoader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads source files as rustc does: UTF-8 only, with rustc's wording when a file cannot be read. */
final class SourceLoader {
    /** The file could not be read; the message is ready to print after {@code error: }. */
    static final class UnreadableSource extends Exception {
        UnreadableSource(String message) {
            super(message);
        }
    }

    private SourceLoader() {}

    static String read(String displayName, Path path) throws UnreadableSource {
        if (Files.isDirectory(path)) {
            throw new UnreadableSource("couldn't read `" + displayName + "`: Is a directory (os error 21)");
        }
        if (!Files.exists(path)) {
            throw new UnreadableSource("couldn't read `" + displayName + "`: No such file or directory (os error 2)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableSource("couldn't read `" + displayName + "`: " + e.getMessage());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // a byte-order mark is not part of the source
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableSource("couldn't read `" + displayName + "`: stream did not contain valid UTF-8");
        }
    }

    /** Loads `mod foo;` files; paths are relative to the current directory, as the root's name is. */
    static ModLoader modLoader(Path cwd) {
        return path -> {
            Path p = cwd.resolve(path);
            try {
                return Files.isRegularFile(p) ? Optional.of(read(path, p)) : Optional.empty();
            } catch (UnreadableSource e) {
                return Optional.empty();
            }
        };
    }
}
