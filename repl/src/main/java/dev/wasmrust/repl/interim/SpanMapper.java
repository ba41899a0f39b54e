package dev.wasmrust.repl.interim;


import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Label;
import dev.wasmrust.compiler.diag.SubDiagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves what the compiler says about the assembled program back to the cells the user typed: spans in
 * diagnostics, and {@code FILE:LINE:COL} in panic messages. Scaffolding lines map to {@code fallback} (the
 * cell being evaluated), so no message ever names the assembled program.
 */
final class SpanMapper {
    private static final Pattern LOCATION = Pattern.compile("<session>:(\\d+):(\\d+)");

    private final SourceFile program;
    private final ProgramText text;
    private final IntFunction<SourceFile> cellFile;
    private final Span fallback;

    SpanMapper(SourceFile program, ProgramText text, IntFunction<SourceFile> cellFile, Span fallback) {
        this.program = program;
        this.text = text;
        this.cellFile = cellFile;
        this.fallback = fallback;
    }

    List<Diagnostic> map(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            List<Label> labels = d.labels().stream().map(l -> new Label(map(l.span()), l.text(), l.primary())).toList();
            List<SubDiagnostic> children = d.children().stream().map(this::map).toList();
            out.add(new Diagnostic(d.level(), d.code(), d.message(), labels, children));
        }
        return out;
    }

    private SubDiagnostic map(SubDiagnostic s) {
        List<SubDiagnostic.Edit> edits = s.edits() == null ? null
                : s.edits().stream().map(e -> new SubDiagnostic.Edit(map(e.span()), e.replacement())).toList();
        List<Label> labels = s.labels().stream().map(l -> new Label(map(l.span()), l.text(), l.primary())).toList();
        return new SubDiagnostic(s.level(), s.message(), s.span() == null ? null : map(s.span()), edits, s.style(),
                labels.isEmpty() ? null : labels);
    }

    Span map(Span s) {
        if (s == null || s.isDummy() || s.file() != program.id()) {
            return s;
        }
        Span lo = mapOffset(s.lo());
        Span hi = mapOffset(s.hi());
        if (lo == null) {
            return fallback;
        }
        if (hi == null || hi.file() != lo.file() || hi.lo() < lo.lo()) {
            return lo;
        }
        return new Span(lo.file(), lo.lo(), hi.lo());
    }

    /** An empty span in a cell's file at the mapped offset, or null for scaffolding. */
    private Span mapOffset(int offset) {
        int line = program.line(offset) - 1;
        ProgramText.Run r = text.runAt(line);
        if (r == null) {
            return null;
        }
        SourceFile cell = cellFile.apply(r.cell());
        int cellLine = r.cellLine() + (line - r.start());
        if (cellLine >= cell.lineCount()) {
            return new Span(cell.id(), cell.text().length(), cell.text().length());
        }
        int col = offset - program.lineStarts()[line];
        int start = cell.lineStarts()[cellLine];
        int lineEnd = cellLine + 1 < cell.lineCount() ? cell.lineStarts()[cellLine + 1] : cell.text().length();
        int at = Math.min(start + col, lineEnd);
        return new Span(cell.id(), at, at);
    }

    /** Rewrites {@code <session>:L:C} in a line of output to the cell's own {@code <cell N>:l:c}. */
    String mapLocations(String line, Map<Integer, String> cellNames) {
        Matcher m = LOCATION.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int l = Integer.parseInt(m.group(1)) - 1;
            ProgramText.Run r = text.runAt(l);
            String replacement = m.group();
            if (r != null) {
                replacement = cellNames.getOrDefault(r.cell(), "<cell " + r.cell() + ">") + ":" + (r.cellLine() + l - r.start() + 1)
                        + ":" + m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
