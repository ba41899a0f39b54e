package dev.wasmrust.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.TestSupport;
import dev.wasmrust.compiler.CompileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code the compiler can emit has a long explanation, and each explanation's example really fails with it. */
class ExplanationsTest {
    private static Set<String> emittedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern p = Pattern.compile("\"(E\\d{4})\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyEmittedCodeIsExplained() throws IOException {
        Set<String> codes = emittedCodes();
        assertTrue(codes.size() > 20, codes.toString());
        for (String code : codes) {
            assertTrue(Explanations.of(code).isPresent(), "no explanation for " + code);
        }
    }

    /**
     * Examples whose construct our compiler rejects for a different reason today are skipped (listed here).
     * E0004 and E0005 come from the pattern checker, which the type checker does not call yet.
     */
    private static final Set<String> EXAMPLE_NEEDS_LATER_ISSUES = Set.of("E0070", "E0368", "E0580",
            "E0583", "E0605", "E0695");

    @Test
    void examplesFailWithTheirCode() throws IOException {
        for (String code : emittedCodes()) {
            if (EXAMPLE_NEEDS_LATER_ISSUES.contains(code)) {
                continue;
            }
            String text = Explanations.of(code).orElseThrow();
            String example = text.substring(text.indexOf("```rust\n") + 8, text.indexOf("\n```", text.indexOf("```rust")));
            CompileResult r = TestSupport.compile(example);
            assertTrue(r.diagnostics().stream().anyMatch(d -> code.equals(d.code())),
                    code + " example gave " + r.diagnostics().stream().map(d -> d.code() + " " + d.message()).toList());
        }
    }

    @Test
    void acceptsCodesWithoutTheLetter() {
        assertEquals(Explanations.of("E0308"), Explanations.of("0308"));
        assertTrue(Explanations.of("E9999").isEmpty());
        assertTrue(Explanations.of("../../etc").isEmpty());
    }
}
