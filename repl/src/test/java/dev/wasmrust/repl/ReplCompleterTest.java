package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers in each context, with descriptions. */
class ReplCompleterTest {
    @TempDir
    Path dir;

    private List<Candidate> complete(String text) {
        return new ReplCompleter(new FakeEngine(), dir, () -> List.of("E0308", "E0382")).candidates(text, text.length());
    }

    private static boolean offers(List<Candidate> cs, String value, String descrPart) {
        return cs.stream().anyMatch(c -> c.value().equals(value) && (descrPart == null || c.descr() != null && c.descr().contains(descrPart)));
    }

    @Test
    void commandsWithDescriptions() {
        List<Candidate> cs = complete(":");
        assertTrue(offers(cs, ":wat", "WebAssembly text"));
        assertTrue(offers(cs, ":quit", null));
    }

    @Test
    void commandArguments() throws Exception {
        assertTrue(offers(complete(":host "), "browser", "document"));
        assertTrue(offers(complete(":explain E03"), "E0382", null));
        assertTrue(offers(complete(":drop "), "area", "fn area"));
        assertTrue(offers(complete(":wat "), "c1", "1234 bytes"));
        assertTrue(offers(complete(":timing "), "on", null));
        assertTrue(offers(complete(":help "), "vars", null));
        Files.writeString(dir.resolve("session.rs"), "");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/lib.rs"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        List<Candidate> files = complete(":load ");
        assertTrue(offers(files, "session.rs", null));
        assertTrue(offers(files, "src/", null));
        assertTrue(files.stream().noneMatch(c -> c.value().equals("notes.txt")));
        assertTrue(offers(complete(":load src/"), "src/lib.rs", null));
    }

    @Test
    void codeNamesMembersAndPaths() {
        List<Candidate> names = complete("let y = co");
        assertTrue(offers(names, "count", "i32"));
        assertTrue(offers(names, "println!", null));
        assertTrue(offers(names, "match", null));
        assertTrue(names.stream().noneMatch(Candidate::complete), "no trailing space after a Rust name");
        assertTrue(offers(complete("v.p"), "push", "fn push"));
        assertTrue(offers(complete("std::collections::H"), "HashMap", null));
        assertTrue(offers(complete(":type v."), "len", null));
    }
}
