package dev.wasmrust.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.ModLoader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The seed's numbered correctness properties that apply to the compiler as it stands. */
class PropertiesTest {
    private static final List<String> INT_TYPES = List.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32",
            "u64", "u128", "usize");

    /** A small well-typed program: a chain of operations over one integer type, printed. */
    @Provide
    Arbitrary<String> programs() {
        Arbitrary<String> type = Arbitraries.of(INT_TYPES);
        Arbitrary<List<String>> ops = Arbitraries.of("+ 1", "- 0", "* 1", "/ 1", "% 7", "& 3", "| 2", "^ 1", ">> 1", "<< 0")
                .list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 100);
        return Combinators.combine(type, ops, start).as((t, os, s) -> {
            StringBuilder sb = new StringBuilder("fn main() {\n    let mut x: " + t + " = " + s + ";\n");
            for (String o : os) {
                sb.append("    x = x ").append(o).append(";\n");
            }
            sb.append("    println!(\"{x} {x:?} {x:>4}\");\n}\n");
            return sb.toString();
        });
    }

    /** Property 12: building the same source twice gives identical output (no hidden state, stable layout). */
    @Property(tries = 100)
    void property12_compilationIsDeterministic(@ForAll("programs") String program) {
        CompileResult a = TestSupport.compile(program);
        CompileResult b = TestSupport.compile(program);
        assertTrue(a.success(), a.diagnostics().toString());
        assertArrayEquals(a.wasm(), b.wasm());
        assertEquals(a.ir(), b.ir());
    }

    /** A program whose `let` annotation disagrees with its initializer's type. */
    @Provide
    Arbitrary<String[]> mismatches() {
        Arbitrary<String> declared = Arbitraries.of("i32", "u8", "bool", "char", "i64");
        Arbitrary<String> value = Arbitraries.of("true", "'c'", "5u16", "-3i8", "false", "7u64");
        Arbitrary<Integer> indent = Arbitraries.integers().between(0, 8);
        return Combinators.combine(declared, value, indent).as((d, v, i) -> new String[] {d, v, " ".repeat(i)})
                .filter(a -> !sameType(a[0], a[1]));
    }

    private static boolean sameType(String declared, String value) {
        return (declared.equals("bool") && (value.equals("true") || value.equals("false")))
                || (declared.equals("char") && value.startsWith("'"))
                || value.endsWith(declared);
    }

    /**
     * Property 14: a type error is reported at its exact location, names both types in plain words, and
     * points to the long explanation.
     */
    @Property(tries = 100)
    void property14_typeErrorsAreLocatedExplainedAndLinked(@ForAll("mismatches") String[] c) {
        String line = c[2] + "let v: " + c[0] + " = " + c[1] + ";";
        String src = "fn main() {\n" + line + "\n}\n";
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add("p.rs", src);
        CompileResult r = Compiler.compileProgram(sm, f, ModLoader.NONE, CompileOptions.defaults());
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("E0308", d.code());
        Span at = d.primarySpan();
        assertEquals(c[1], f.slice(at));
        assertEquals(2, f.line(at.lo()));
        assertEquals(line.indexOf(c[1]) + 1, f.column(at.lo()));
        String label = d.labels().stream().filter(l -> l.primary()).findFirst().orElseThrow().text();
        assertTrue(label.startsWith("expected `" + c[0] + "`, found "), label);
        String rendered = DiagnosticRenderer.renderAll(r.diagnostics(), sm, false);
        assertTrue(rendered.contains(" --> p.rs:2:" + (line.indexOf(c[1]) + 1)), rendered);
        assertTrue(rendered.contains("try `wasmrust explain E0308`"), rendered);
    }
}
