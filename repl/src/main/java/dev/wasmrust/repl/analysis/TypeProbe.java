package dev.wasmrust.repl.analysis;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Label;
import dev.wasmrust.compiler.diag.SubDiagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The type of an expression in a session's scope, found by type-checking a small program (never run): the
 * session's items, then each session variable declared with its type ({@code let v: Vec<i32> = ..;}), then
 * {@code let __wasmrust_value = &(EXPR);}. Works with any engine that can list its item sources and its
 * variables' types. Diagnostics point at the expression, in a file named {@code <expr>}.
 */
public final class TypeProbe {
    /** A session variable as declared to the probe. */
    public record Declared(String name, String type, boolean mutable) {}

    public record Answer(Type type, List<Diagnostic> diagnostics, SourceMap sources) {}

    private TypeProbe() {}

    public static Answer typeOf(List<String> itemSources, List<Declared> variables, String expression) {
        SourceMap sm = new SourceMap();
        SourceFile exprFile = sm.add("<expr>", expression);
        StringBuilder p = new StringBuilder();
        for (String item : itemSources) {
            p.append(item).append('\n');
        }
        p.append("fn __wasmrust_var<T>() -> T { loop {} }\nfn main() {\n");
        for (Declared v : variables) {
            if (isWritable(v.type())) {
                p.append("let ").append(v.mutable() ? "mut " : "").append(v.name()).append(": ").append(v.type())
                        .append(" = __wasmrust_var();\n");
            }
        }
        p.append("let __wasmrust_value = &(\n");
        int exprLine = (int) p.chars().filter(c -> c == '\n').count();
        p.append(expression).append("\n);\n}\n");
        SourceFile program = sm.add("<probe>", p.toString());
        ProgramCompiler.Compiled c = ProgramCompiler.compile(sm, program, false);
        if (c.hasErrors()) {
            int lines = (int) expression.chars().filter(ch -> ch == '\n').count() + 1;
            List<Diagnostic> mapped = new ArrayList<>();
            for (Diagnostic d : c.diagnostics()) {
                if (d.isError()) {
                    mapped.add(map(d, program, exprFile, exprLine, lines));
                }
            }
            return new Answer(null, mapped, sm);
        }
        Type t = null;
        for (MainLocals.Binding b : MainLocals.of(c.program(), program)) {
            if (b.name().equals("__wasmrust_value")) {
                t = MainLocals.deref(b.type());
            }
        }
        return new Answer(t, List.of(), sm);
    }

    /** Closure and opaque types have no spelling a declaration could use; such variables are left out. */
    private static boolean isWritable(String type) {
        return !type.contains("{") && !type.contains("_") && !type.contains("impl ");
    }

    private static Diagnostic map(Diagnostic d, SourceFile program, SourceFile expr, int exprLine, int lines) {
        List<Label> labels = d.labels().stream().map(l -> new Label(map(l.span(), program, expr, exprLine, lines), l.text(), l.primary()))
                .toList();
        List<SubDiagnostic> children = d.children().stream()
                .filter(s -> s.span() == null && s.edits() == null)
                .toList();
        return new Diagnostic(d.level(), d.code(), d.message(), labels, children);
    }

    private static Span map(Span s, SourceFile program, SourceFile expr, int exprLine, int lines) {
        if (s == null || s.isDummy() || s.file() != program.id()) {
            return s;
        }
        int line = program.line(s.lo()) - 1;
        if (line < exprLine || line >= exprLine + lines) {
            return new Span(expr.id(), 0, 0);
        }
        int lo = expr.lineStarts()[line - exprLine] + (s.lo() - program.lineStarts()[line]);
        int hi = Math.max(lo, Math.min(expr.text().length(), lo + s.length()));
        return new Span(expr.id(), Math.min(lo, expr.text().length()), hi);
    }
}
