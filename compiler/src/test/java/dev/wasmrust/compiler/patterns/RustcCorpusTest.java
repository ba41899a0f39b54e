package dev.wasmrust.compiler.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.compiler.diag.Label;
import dev.wasmrust.compiler.diag.SubDiagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checker against rustc: every program of src-test's patterns corpus is checked here and our
 * diagnostics must state what rustc's do (levels, codes, messages, labelled spans, notes and
 * suggestions); where rustc's rendering does not show its own library sources, the rendered text
 * must be identical too. The expectations come from rustc (src-test/tools/gen-match-cases.sh).
 */
class RustcCorpusTest {

    record Program(String name, String text, List<Expected> expected) {}

    static List<Program> corpus() {
        Path module = Paths.get("").toAbsolutePath();
        Path root = Files.isDirectory(module.resolve("src-test")) ? module : module.getParent();
        Path dir = root.resolve("src-test/src/test/resources/patterns");
        List<Program> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                String name = f.getFileName().toString();
                String expected = Files.readString(dir.resolve(name.replace(".rs", ".expected")), StandardCharsets.UTF_8);
                out.add(new Program(name, Files.readString(f, StandardCharsets.UTF_8), Expected.parse(expected)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("pattern corpus not found at " + dir, e);
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> factsMatchRustc() {
        return corpus().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            RustProgram prog = new RustProgram(p.name(), p.text());
            List<Diagnostic> ours = prog.diagnostics();
            assertEquals(summary(p.expected()), summaryOf(ours), p.name() + ": diagnostics differ");
            for (int i = 0; i < ours.size(); i++) {
                assertFacts(p.expected().get(i), ours.get(i), prog, p.name() + " #" + i);
            }
        }));
    }

    /** Whole renderings, for every diagnostic whose rustc rendering stays inside the program. */
    @TestFactory
    Stream<DynamicTest> renderingMatchesRustc() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program p : corpus()) {
            RustProgram prog = new RustProgram(p.name(), p.text());
            List<Diagnostic> ours = prog.diagnostics();
            for (int i = 0; i < Math.min(ours.size(), p.expected().size()); i++) {
                Expected e = p.expected().get(i);
                if (e.rendered().contains("/rustc/")) {
                    continue;
                }
                Diagnostic d = ours.get(i);
                tests.add(DynamicTest.dynamicTest(p.name() + " #" + i, () -> assertEquals(
                        e.rendered().stripTrailing(), DiagnosticRenderer.render(d, prog.sm, false).stripTrailing())));
            }
        }
        return tests.stream();
    }

    @Test
    void corpusIsLargeEnough() {
        List<Program> all = corpus();
        assertTrue(all.size() >= 60, "at least 60 programs");
        long rendered = all.stream().flatMap(p -> p.expected().stream()).filter(e -> !e.rendered().contains("/rustc/")).count();
        assertTrue(rendered >= 10, "at least 10 whole renderings compared, got " + rendered);
    }

    private static List<String> summary(List<Expected> es) {
        List<String> out = new ArrayList<>();
        for (Expected e : es) {
            // a lint's JSON code is its name, which the rendered header does not show
            boolean shown = e.code() != null && !e.level().equals("warning");
            out.add(e.level() + (shown ? "[" + e.code() + "]" : "") + ": " + e.message());
        }
        return out;
    }

    private static List<String> summaryOf(List<Diagnostic> ds) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            out.add(d.level().word() + (d.code() == null ? "" : "[" + d.code() + "]") + ": " + d.message());
        }
        return out;
    }

    private static void assertFacts(Expected e, Diagnostic d, RustProgram prog, String where) {
        assertEquals(spans(e.labels(), true), labels(d.labels(), prog, true), where + ": labels");
        List<String> expectedChildren = new ArrayList<>();
        for (Expected.Child c : e.children()) {
            boolean local = c.spans().stream().allMatch(s -> s.line() <= prog.file.lineCount());
            expectedChildren.add(c.level() + ": " + c.message() + " " + spans(c.spans(), local));
        }
        List<String> ourChildren = new ArrayList<>();
        for (SubDiagnostic c : d.children()) {
            String spans;
            if (c.isSuggestion()) {
                List<String> edits = new ArrayList<>();
                for (SubDiagnostic.Edit ed : c.edits()) {
                    edits.add(position(ed.span(), prog) + " => " + ed.replacement());
                }
                spans = edits.toString();
            } else if (c.span() == null) {
                spans = "[]";
            } else {
                boolean local = c.span().file() == prog.file.id();
                spans = labels(c.labels().isEmpty() ? List.of(Label.primary(c.span(), "")) : c.labels(), prog, local);
            }
            ourChildren.add(c.level().word() + ": " + c.message() + " " + spans);
        }
        assertEquals(expectedChildren, ourChildren, where + ": children");
    }

    private static String spans(List<Expected.SpanFact> fs, boolean withPositions) {
        List<String> out = new ArrayList<>();
        for (Expected.SpanFact f : fs) {
            String pos = f.line() + ":" + f.col() + "-" + f.endLine() + ":" + f.endCol();
            if (f.replacement() != null) {
                out.add(pos + " => " + f.replacement());
            } else {
                out.add((withPositions ? pos + " " : "") + (f.primary() ? "^" : "-") + " " + (f.label() == null ? "" : f.label()));
            }
        }
        return out.toString();
    }

    private static String labels(List<Label> ls, RustProgram prog, boolean withPositions) {
        List<String> out = new ArrayList<>();
        for (Label l : ls) {
            out.add((withPositions ? position(l.span(), prog) + " " : "") + (l.primary() ? "^" : "-") + " " + l.text());
        }
        return out.toString();
    }

    private static String position(Span s, RustProgram prog) {
        SourceFile f = prog.sm.file(s);
        return f.line(s.lo()) + ":" + f.column(s.lo()) + "-" + f.line(s.hi()) + ":" + f.column(s.hi());
    }
}
