package dev.wasmrust.compiler.diag;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place where diagnostics become text, laid out as rustc lays them out: header, location
 * arrow, numbered source lines with {@code ^^^}/{@code ---} underlines and labels, {@code = note:}
 * lines and {@code help:} suggestions. ANSI colors follow rustc's choices when asked for.
 */
public final class DiagnosticRenderer {
    /** Source lines longer than this many columns are shown as a window around their labels. */
    private static final int MAX_LINE = 140;
    private final SourceMap sm;
    private final boolean color;

    private DiagnosticRenderer(SourceMap sm, boolean color) {
        this.sm = sm;
        this.color = color;
    }

    public static String render(Diagnostic d, SourceMap sm, boolean color) {
        StringBuilder sb = new StringBuilder();
        new DiagnosticRenderer(sm, color).renderOne(d, sb);
        return sb.toString();
    }

    /** All diagnostics, then rustc's closing summary ("aborting due to ..." and the explain hint). */
    public static String renderAll(List<Diagnostic> ds, SourceMap sm, boolean color) {
        DiagnosticRenderer r = new DiagnosticRenderer(sm, color);
        StringBuilder sb = new StringBuilder();
        int errors = 0;
        int warnings = 0;
        TreeSet<String> codes = new TreeSet<>();
        for (Diagnostic d : ds) {
            r.renderOne(d, sb);
            sb.append('\n');
            if (d.level() == Level.ERROR) {
                errors++;
                if (d.code() != null) {
                    codes.add(d.code());
                }
            } else if (d.level() == Level.WARNING) {
                warnings++;
            }
        }
        if (errors > 0) {
            String msg = "aborting due to " + (errors == 1 ? "1 previous error" : errors + " previous errors");
            if (warnings > 0) {
                msg += "; " + warnings + (warnings == 1 ? " warning emitted" : " warnings emitted");
            }
            sb.append(r.levelWord(Level.ERROR)).append(r.bold(": " + msg)).append("\n\n");
            if (codes.size() == 1) {
                sb.append(r.bold("For more information about this error, try `wasmrust explain " + codes.first() + "`."))
                        .append('\n');
            } else if (codes.size() > 1) {
                sb.append(r.bold("Some errors have detailed explanations: " + String.join(", ", codes) + "."))
                        .append('\n');
                sb.append(r.bold("For more information about an error, try `wasmrust explain " + codes.first() + "`."))
                        .append('\n');
            }
        } else if (warnings > 0) {
            sb.append(r.levelWord(Level.WARNING))
                    .append(r.bold(": " + warnings + (warnings == 1 ? " warning emitted" : " warnings emitted")))
                    .append("\n\n");
        }
        return sb.toString();
    }

    // ---- colors ----

    private String paint(String code, String s) {
        return color && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private String bold(String s) {
        return paint("1", s);
    }

    private String blue(String s) {
        return paint("1;34", s);
    }

    private String levelColor(Level l, String s) {
        return switch (l) {
            case ERROR -> paint("1;31", s);
            case WARNING -> paint("1;33", s);
            case NOTE -> paint("1;32", s);
            case HELP -> paint("1;36", s);
        };
    }

    private String levelWord(Level l) {
        return levelColor(l, l.word());
    }

    // ---- layout ----

    private void renderOne(Diagnostic d, StringBuilder sb) {
        String head = d.level().word() + (d.code() != null ? "[" + d.code() + "]" : "");
        sb.append(levelColor(d.level(), head)).append(bold(": " + d.message())).append('\n');
        List<Label> labels = new ArrayList<>();
        for (Label l : d.labels()) {
            if (l.span() != null && !l.span().isDummy()) {
                labels.add(l);
            }
        }
        List<SubDiagnostic> children = new ArrayList<>(d.children());
        inlineShortSuggestion(labels, children);
        labels = withoutBareDuplicates(labels);
        int width = gutterWidth(labels, children);
        Span primary = d.primarySpan();
        boolean snippetShown = primary != null && !primary.isDummy();
        if (snippetShown) {
            SourceFile f = sm.file(primary);
            String pad = " ".repeat(width);
            sb.append(pad).append(blue("--> ")).append(location(f, primary.lo())).append('\n');
            sb.append(pad).append(blue(" |")).append('\n');
            renderSnippet(f, labels, width, sb);
        }
        boolean separated = false;
        if (snippetShown && !children.isEmpty()) {
            // rustc closes the main snippet with an empty gutter line when notes or help follow
            sb.append(" ".repeat(width)).append(blue(" |")).append('\n');
            separated = true;
        }
        for (SubDiagnostic c : children) {
            if (c.span() == null) {
                if (snippetShown && !separated) {
                    sb.append(" ".repeat(width)).append(blue(" |")).append('\n');
                    separated = true;
                }
                sb.append(" ".repeat(width)).append(blue(" = ")).append(bold(c.level().word() + ":")).append(' ')
                        .append(indentContinuation(c.message(), width + 3 + c.level().word().length() + 2)).append('\n');
            } else if (c.isSuggestion()) {
                separated = false;
                renderSuggestion(c, width, sb);
            } else {
                // rustc goes straight from a note's snippet to the `= note:` lines that follow it
                separated = true;
                renderChildWithSpan(c, width, sb);
            }
        }
    }

    /**
     * rustc shows a diagnostic's only suggestion as a label on the main snippet when it is one short,
     * single-line edit and its style allows it; the label is primary when it sits on a primary span.
     */
    private static void inlineShortSuggestion(List<Label> labels, List<SubDiagnostic> children) {
        SubDiagnostic sugg = null;
        for (SubDiagnostic c : children) {
            if (c.isSuggestion()) {
                if (sugg != null) {
                    return;
                }
                sugg = c;
            }
        }
        if (sugg == null || sugg.style() == SubDiagnostic.Style.SHOW_ALWAYS || sugg.edits().size() != 1
                || sugg.message().trim().split("\\s+").length >= 10 || sugg.replacement().contains("\n")) {
            return;
        }
        String code = sugg.replacement().trim();
        String text = code.isEmpty() || sugg.style() == SubDiagnostic.Style.HIDE_CODE_INLINE
                ? "help: " + sugg.message()
                : "help: " + sugg.message() + ": `" + code + "`";
        Span at = sugg.edits().get(0).span();
        boolean primary = false;
        for (Label l : labels) {
            primary |= l.primary() && l.span().equals(at);
        }
        labels.add(new Label(at, text, primary));
        children.remove(sugg);
    }

    /**
     * rustc draws a span once: a label without text on a span that also has a label with text is
     * dropped, and the label left is primary if either was.
     */
    private static List<Label> withoutBareDuplicates(List<Label> labels) {
        List<Label> out = new ArrayList<>();
        for (Label l : labels) {
            boolean covered = false;
            for (Label o : labels) {
                covered |= o != l && l.text().isEmpty() && !o.text().isEmpty() && o.span().equals(l.span());
            }
            if (covered) {
                continue;
            }
            boolean primary = l.primary();
            for (Label o : labels) {
                primary |= o != l && o.primary() && o.text().isEmpty() && !l.text().isEmpty() && o.span().equals(l.span());
            }
            out.add(primary == l.primary() ? l : new Label(l.span(), l.text(), primary));
        }
        return out;
    }

    private static String indentContinuation(String msg, int indent) {
        return msg.replace("\n", "\n" + " ".repeat(indent));
    }

    private void renderChildWithSpan(SubDiagnostic c, int width, StringBuilder sb) {
        SourceFile f = sm.file(c.span());
        sb.append(levelColor(c.level(), c.level().word())).append(bold(": " + c.message())).append('\n');
        String pad = " ".repeat(width);
        sb.append(pad).append(blue("--> ")).append(location(f, c.span().lo())).append('\n');
        sb.append(pad).append(blue(" |")).append('\n');
        renderSnippet(f, c.labels().isEmpty() ? List.of(Label.primary(c.span(), "")) : c.labels(), width, sb);
    }

    /**
     * A suggestion block. Additions show the edited line with {@code +} under what was added; an edit
     * that deletes or rewrites text shows the line before ({@code -}) and after ({@code +}), as rustc does.
     */
    private void renderSuggestion(SubDiagnostic c, int width, StringBuilder sb) {
        SourceFile f = sm.file(c.span());
        sb.append(levelColor(c.level(), c.level().word())).append(bold(": " + c.message())).append('\n');
        String pad = " ".repeat(width);
        sb.append(pad).append(blue(" |")).append('\n');
        List<SubDiagnostic.Edit> edits = new ArrayList<>(c.edits());
        edits.sort(Comparator.comparingInt(e -> e.span().lo()));
        if (edits.stream().anyMatch(e -> e.replacement().indexOf('\n') >= 0)) {
            renderMultilineSuggestion(f, edits, width, sb);
            return;
        }
        boolean diff = false;
        for (SubDiagnostic.Edit e : edits) {
            String original = f.slice(e.span());
            diff |= !original.isEmpty() && (e.replacement().isEmpty() || insertionIn(original.trim(), e.replacement().trim()) == null);
        }
        TreeMap<Integer, List<SubDiagnostic.Edit>> byLine = new TreeMap<>();
        for (SubDiagnostic.Edit e : edits) {
            byLine.computeIfAbsent(f.line(e.span().lo()), k -> new ArrayList<>()).add(e);
        }
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (Map.Entry<Integer, List<SubDiagnostic.Edit>> entry : byLine.entrySet()) {
            int line = entry.getKey();
            String text = f.lineText(line);
            int lineStart = f.lineStarts()[line - 1];
            StringBuilder edited = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            int at = 0;
            for (SubDiagnostic.Edit e : entry.getValue()) {
                int lo = Math.min(text.length(), e.span().lo() - lineStart);
                int hi = f.line(e.span().hi()) != line ? text.length() : Math.min(text.length(), e.span().hi() - lineStart);
                edited.append(text, at, Math.max(at, lo));
                String original = text.substring(lo, Math.max(lo, hi));
                Insertion ins = insertionIn(original, e.replacement());
                if (ins != null) {
                    // rustc underlines the inserted text without its surrounding blanks
                    String lead = ins.text().substring(0, ins.text().length() - ins.text().stripLeading().length());
                    int col = displayWidth(expandTabs(edited + original.substring(0, ins.offset()) + lead));
                    placeAt(marks, col, "+".repeat(displayWidth(ins.text().strip())));
                }
                edited.append(e.replacement());
                at = Math.max(at, hi);
            }
            edited.append(text.substring(Math.min(at, text.length())));
            String num = padLeft(Integer.toString(line), width);
            if (diff) {
                removed.append(blue(num + " ")).append(paint("1;31", "-")).append(' ').append(expandTabs(text)).append('\n');
                added.append(blue(num + " ")).append(paint("1;32", "+")).append(' ').append(expandTabs(edited.toString())).append('\n');
            } else {
                sb.append(blue(num + " |")).append(' ').append(expandTabs(edited.toString())).append('\n');
                sb.append(pad).append(blue(" |")).append(' ').append(paint("1;32", marks.toString().stripTrailing())).append('\n');
            }
        }
        if (diff) {
            sb.append(removed).append(added).append(pad).append(blue(" |")).append('\n');
        }
    }

    /**
     * A suggestion that adds lines, shown as rustc shows it: the lines as they would read after the edit,
     * {@code +} before a line that is wholly new, {@code ~} before one that is partly edited. As in rustc,
     * an edit that only inserts text around the original is first reduced to that insertion.
     */
    private void renderMultilineSuggestion(SourceFile f, List<SubDiagnostic.Edit> edits, int width, StringBuilder sb) {
        List<SubDiagnostic.Edit> trimmed = new ArrayList<>();
        for (SubDiagnostic.Edit e : edits) {
            String original = f.slice(e.span());
            Insertion ins = original.isEmpty() ? null : insertionIn(original, e.replacement());
            if (ins != null) {
                int lo = e.span().lo() + ins.offset();
                trimmed.add(new SubDiagnostic.Edit(new Span(e.span().file(), lo, lo), ins.text()));
            } else {
                trimmed.add(e);
            }
        }
        int firstLine = f.line(trimmed.get(0).span().lo());
        int lineStart = f.lineStarts()[firstLine - 1];
        // the edited text from the first edited line on, and for each of its lines the edited columns
        StringBuilder text = new StringBuilder();
        List<List<int[]>> highlights = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        int at = lineStart;
        for (SubDiagnostic.Edit e : trimmed) {
            text.append(f.text(), at, e.span().lo());
            String[] parts = e.replacement().split("\n", -1);
            int col = text.length() - (text.lastIndexOf("\n") + 1);
            current.add(new int[] {col, col + parts[0].length()});
            text.append(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                highlights.add(current);
                current = new ArrayList<>();
                current.add(new int[] {0, parts[i].length()});
                text.append('\n').append(parts[i]);
            }
            at = e.span().hi();
        }
        highlights.add(current);
        int end = f.text().indexOf('\n', at);
        text.append(f.text(), at, end < 0 ? f.text().length() : end);
        String[] lines = text.toString().split("\n", -1);
        String pad = " ".repeat(width);
        int shown = lines.length;
        List<int[]> lastMarks = highlights.get(highlights.size() - 1);
        if (shown > 1 && highlights.size() == lines.length && lastMarks.size() == 1 && lastMarks.get(0)[0] == 0
                && lastMarks.get(0)[1] == 0) {
            // whole lines inserted before a line (`use a::b;\n`): rustc shows only the new lines
            shown--;
        }
        for (int i = 0; i < shown; i++) {
            List<int[]> h = i < highlights.size() ? highlights.get(i) : List.of();
            String mark;
            if (h.size() == 1 && h.get(0)[0] == 0 && h.get(0)[1] == lines[i].length()) {
                mark = paint("1;32", "+");
            } else if (h.isEmpty()) {
                mark = blue("|");
            } else {
                mark = paint("1;32", "~");
            }
            sb.append(blue(padLeft(Integer.toString(firstLine + i), width) + " ")).append(mark);
            if (!lines[i].isEmpty()) {
                sb.append(' ').append(expandTabs(lines[i]));
            }
            sb.append('\n');
        }
        sb.append(pad).append(blue(" |")).append('\n');
    }

    /**
     * rustc's reading of a replacement: when {@code suggestion} is {@code original} with one piece of text
     * inserted somewhere, the insertion's offset in the original and the inserted text; null when the
     * edit rewrites the original (rustc then shows a diff).
     */
    private static Insertion insertionIn(String original, String suggestion) {
        int common = 0;
        while (common < original.length() && common < suggestion.length()
                && original.charAt(common) == suggestion.charAt(common)) {
            common++;
        }
        String restOriginal = original.substring(common);
        String restSuggestion = suggestion.substring(common);
        if (!restSuggestion.endsWith(restOriginal)) {
            return null;
        }
        return new Insertion(common, restSuggestion.substring(0, restSuggestion.length() - restOriginal.length()));
    }

    private record Insertion(int offset, String text) {}

    private static String location(SourceFile f, int offset) {
        return f.name() + ":" + f.line(offset) + ":" + f.column(offset);
    }

    private int gutterWidth(List<Label> labels, List<SubDiagnostic> children) {
        int max = 1;
        for (Label l : labels) {
            SourceFile f = sm.file(l.span());
            max = Math.max(max, f.line(Math.min(l.span().hi(), f.text().length())));
        }
        for (SubDiagnostic c : children) {
            if (c.span() != null && !c.span().isDummy()) {
                max = Math.max(max, sm.file(c.span()).line(c.span().hi()));
            }
            for (Label l : c.labels()) {
                max = Math.max(max, sm.file(l.span()).line(l.span().hi()));
            }
            if (c.isSuggestion()) {
                // a suggestion that adds lines shows line numbers past its span
                for (SubDiagnostic.Edit e : c.edits()) {
                    long added = e.replacement().chars().filter(ch -> ch == '\n').count();
                    max = (int) Math.max(max, sm.file(e.span()).line(e.span().hi()) + added);
                }
            }
        }
        return Integer.toString(max).length();
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** One label as it appears on one line: columns are display columns after tab expansion. */
    private record LineMark(int start, int end, boolean primary, String text) {}

    /** A label spanning several lines, drawn in the left margin at {@code depth} (1 is outermost). */
    private record Multiline(int startLine, int startCol, int endLine, int endCol, boolean primary, String text, int depth,
                             boolean slash) {}

    private void renderSnippet(SourceFile f, List<Label> labels, int width, StringBuilder sb) {
        Map<Integer, List<LineMark>> byLine = new TreeMap<>();
        List<Multiline> multis = new ArrayList<>();
        TreeSet<Integer> lines = new TreeSet<>();
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt(l -> l.span().lo()));
        for (Label l : sorted) {
            if (l.span().file() != f.id()) {
                continue;
            }
            int line = f.line(l.span().lo());
            int endLine = f.line(Math.max(l.span().lo(), l.span().hi() - 1));
            String text = f.lineText(line);
            int lineStart = f.lineStarts()[line - 1];
            int lo = Math.min(text.length(), l.span().lo() - lineStart);
            int start = displayWidth(expandTabs(text.substring(0, lo)));
            if (endLine > line) {
                String lastText = f.lineText(endLine);
                int lastStart = f.lineStarts()[endLine - 1];
                int lastLo = Math.min(lastText.length(), Math.max(0, l.span().hi() - 1 - lastStart));
                int endCol = displayWidth(expandTabs(lastText.substring(0, lastLo)));
                boolean slash = text.substring(0, lo).isBlank();
                multis.add(new Multiline(line, start, endLine, endCol, l.primary(), l.text(), multis.size() + 1, slash));
                lines.add(line);
                int middle = Math.min(line + 4, endLine);
                for (int m = line + 1; m < middle; m++) {
                    lines.add(m);
                }
                if (middle < endLine - 1 && !f.lineText(endLine - 1).isBlank()) {
                    lines.add(endLine - 1);
                }
                lines.add(endLine);
                continue;
            }
            int hi = Math.min(text.length(), l.span().hi() - lineStart);
            int end = displayWidth(expandTabs(text.substring(0, Math.max(lo, hi))));
            if (end <= start) {
                end = start + 1;
            }
            byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(new LineMark(start, end, l.primary(), l.text()));
            lines.add(line);
        }
        // a line holding another label cannot use the `/` start
        List<Multiline> fixed = new ArrayList<>();
        for (Multiline m : multis) {
            boolean alone = !byLine.containsKey(m.startLine());
            for (Multiline o : multis) {
                alone &= o == m || (o.startLine() != m.startLine() && o.endLine() != m.startLine());
            }
            fixed.add(alone ? m : new Multiline(m.startLine(), m.startCol(), m.endLine(), m.endCol(), m.primary(), m.text(),
                    m.depth(), false));
        }
        multis = fixed;
        int margin = multis.isEmpty() ? 0 : multis.size() + 1;
        String pad = " ".repeat(width);
        int prevLine = -1;
        for (int line : lines) {
            if (prevLine > 0 && line > prevLine + 1) {
                if (line == prevLine + 2) {
                    sourceLine(f, prevLine + 1, width, marginFor(multis, prevLine + 1, margin, true), sb);
                } else {
                    sb.append(blue("...")).append('\n');
                }
            }
            prevLine = line;
            String text = expandTabs(f.lineText(line));
            List<LineMark> marks = byLine.getOrDefault(line, List.of());
            if (text.length() > MAX_LINE && !marks.isEmpty()) {
                // like rustc, show a window of a very long line around its first label
                // (columns are display columns; wide characters make them exceed the text's length)
                int from = Math.min(text.length(), Math.max(0, marks.stream().mapToInt(LineMark::start).min().orElse(0) - 40));
                int to = Math.min(text.length(), from + MAX_LINE);
                String window = (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
                int shift = from - (from > 0 ? 3 : 0);
                List<LineMark> moved = new ArrayList<>();
                for (LineMark m : marks) {
                    int st = Math.max(0, m.start() - shift);
                    int en = Math.max(st + 1, Math.min(window.length(), m.end() - shift));
                    moved.add(new LineMark(st, en, m.primary(), m.text()));
                }
                text = window;
                marks = moved;
            }
            sb.append(blue(padLeft(Integer.toString(line), width) + " |"));
            String lineMargin = marginFor(multis, line, margin, true);
            if (!text.isEmpty() || !lineMargin.isBlank()) {
                sb.append(' ').append(blue(lineMargin)).append(text);
            }
            sb.append('\n');
            // the rows under the line: multiline starts and ends, then the line's own labels
            for (Multiline m : multis) {
                if (m.startLine() == line && !m.slash()) {
                    StringBuilder row = new StringBuilder(marginFor(multis, line, margin, false));
                    while (row.length() < margin + m.startCol()) {
                        row.append('_');
                    }
                    for (int i = m.depth(); i < margin; i++) {
                        row.setCharAt(i, '_');
                    }
                    row.append(m.primary() ? '^' : '-');
                    appendRow(sb, pad, row.toString(), "", m.primary());
                }
            }
            for (Multiline m : multis) {
                if (m.endLine() == line) {
                    StringBuilder row = new StringBuilder(marginFor(multis, line, margin, false));
                    row.setCharAt(m.depth() - 1, '|');
                    while (row.length() < margin + m.endCol()) {
                        row.append('_');
                    }
                    for (int i = m.depth(); i < margin; i++) {
                        row.setCharAt(i, '_');
                    }
                    row.append(m.primary() ? '^' : '-');
                    appendRow(sb, pad, row.toString(), m.text().isEmpty() ? "" : " " + m.text(), m.primary());
                }
            }
            if (!marks.isEmpty()) {
                renderMarks(marks, pad, marginFor(multis, line, margin, false), sb);
            }
        }
    }

    /**
     * The margin before a source line ({@code onSource}) or an underline row: a bar for each multiline
     * label passing through, and {@code /} where one starts at the beginning of its line.
     */
    private static String marginFor(List<Multiline> multis, int line, int margin, boolean onSource) {
        char[] cs = " ".repeat(margin).toCharArray();
        for (Multiline m : multis) {
            if (onSource && m.startLine() == line && m.slash()) {
                cs[m.depth() - 1] = '/';
            } else if (line > m.startLine() && (line < m.endLine() || (onSource && line == m.endLine()))) {
                cs[m.depth() - 1] = '|';
            } else if (!onSource && line == m.startLine() && m.slash()) {
                cs[m.depth() - 1] = '|';
            }
        }
        return new String(cs);
    }

    private void appendRow(StringBuilder sb, String pad, String row, String text, boolean primary) {
        String marks = color ? colorMarks(row, List.of()) : row;
        sb.append(pad).append(blue(" |")).append(' ').append(marks)
                .append(primary ? levelColor(Level.ERROR, text) : blue(text)).append('\n');
    }

    /**
     * The rows under a source line for its single-line labels, placed as rustc places them: labels are
     * taken from the rightmost; the rightmost label is written after its underline when nothing it
     * overlaps has text, and every other label hangs below its span's start on a row of its own, joined
     * to the underline by {@code |}. Where spans share columns the shorter underline, and at equal length
     * the primary one, is drawn over the other.
     */
    private void renderMarks(List<LineMark> marks, String pad, String margin, StringBuilder sb) {
        List<LineMark> anns = new ArrayList<>(marks);
        // a stable sort, so labels on the same columns keep the order they were given in
        anns.sort(Comparator.comparingInt(LineMark::start).reversed());
        int n = anns.size();
        int[] rowOf = new int[n];
        int p = 0;
        int lineLen = 0;
        for (int i = 0; i < n; i++) {
            LineMark a = anns.get(i);
            for (int j = i + 1; j < n && p == 0; j++) {
                LineMark next = anns.get(j);
                if (overlaps(next, a, 0) && !a.text().isEmpty()) {
                    if (next.start() == a.start() && next.end() == a.end() && next.text().isEmpty()) {
                        continue;
                    }
                    p++;
                    break;
                }
            }
            rowOf[i] = p;
            for (int j = i + 1; j < n; j++) {
                LineMark next = anns.get(j);
                int padding = next.text().isEmpty() ? 0 : next.text().length() + 2;
                boolean bothLabelled = !a.text().isEmpty() && !next.text().isEmpty();
                if ((overlaps(next, a, padding) && bothLabelled)
                        || (overlaps(next, a, padding) && next.end() <= a.end() && !next.text().isEmpty() && p == 0)) {
                    p++;
                    break;
                }
            }
            lineLen = Math.max(lineLen, p);
        }
        int rows = lineLen == 0 ? 1 : lineLen + 2;
        int shift = margin.length();
        List<StringBuilder> grid = new ArrayList<>();
        List<StringBuilder> styles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            grid.add(new StringBuilder(margin));
            styles.add(new StringBuilder(" ".repeat(shift)));
        }
        for (int i = 0; i < n; i++) {
            LineMark a = anns.get(i);
            if (rowOf[i] > 0 && !a.text().isEmpty()) {
                for (int r = 0; r <= rowOf[i]; r++) {
                    put(grid.get(r), styles.get(r), shift + a.start(), "|", 's');
                }
            }
        }
        for (int i = 0; i < n; i++) {
            LineMark a = anns.get(i);
            char style = a.primary() ? 'p' : 's';
            if (rowOf[i] == 0) {
                if (!a.text().isEmpty()) {
                    put(grid.get(0), styles.get(0), shift + a.end() + 1, a.text(), style);
                }
            } else {
                put(grid.get(rowOf[i] + 1), styles.get(rowOf[i] + 1), shift + a.start(), a.text(), style);
            }
        }
        List<LineMark> byLength = new ArrayList<>(anns);
        byLength.sort(Comparator.comparingInt((LineMark m) -> m.end() - m.start()).reversed()
                .thenComparing(LineMark::primary));
        for (LineMark a : byLength) {
            for (int c = a.start(); c < a.end(); c++) {
                put(grid.get(0), styles.get(0), shift + c, a.primary() ? "^" : "-", a.primary() ? 'p' : 's');
            }
        }
        for (int r = 0; r < rows; r++) {
            String row = grid.get(r).toString().stripTrailing();
            sb.append(pad).append(blue(" |"));
            if (!row.isEmpty()) {
                sb.append(' ').append(color ? paintRow(row, styles.get(r).toString()) : row);
            }
            sb.append('\n');
        }
    }

    /** rustc's test for two labels being too close to share a row; {@code padding} widens {@code a2}'s reach. */
    private static boolean overlaps(LineMark a1, LineMark a2, int padding) {
        return (a2.start() <= a1.start() && a1.start() < a2.end() + padding)
                || (a1.start() <= a2.start() && a2.start() < a1.end() + padding);
    }

    /** Writes {@code s} into a row at a column, over whatever is there, padding with blanks. */
    private static void put(StringBuilder row, StringBuilder style, int col, String s, char st) {
        while (row.length() < col + s.length()) {
            row.append(' ');
            style.append(' ');
        }
        for (int i = 0; i < s.length(); i++) {
            row.setCharAt(col + i, s.charAt(i));
            style.setCharAt(col + i, st);
        }
    }

    /** Colors a row of marks and labels: primary ones in the error color, secondary ones and bars blue. */
    private String paintRow(String row, String style) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < row.length()) {
            char st = i < style.length() ? style.charAt(i) : ' ';
            int j = i;
            while (j < row.length() && (j < style.length() ? style.charAt(j) : ' ') == st) {
                j++;
            }
            String piece = row.substring(i, j);
            out.append(st == 'p' ? levelColor(Level.ERROR, piece) : st == 's' ? blue(piece) : piece);
            i = j;
        }
        return out.toString();
    }

    private void sourceLine(SourceFile f, int line, int width, String margin, StringBuilder sb) {
        String text = expandTabs(f.lineText(line));
        sb.append(blue(padLeft(Integer.toString(line), width) + " |"));
        if (!text.isEmpty() || !margin.isBlank()) {
            sb.append(' ').append(blue(margin)).append(text);
        }
        sb.append('\n');
    }

    private String colorMarks(String under, List<LineMark> ms) {
        if (!color) {
            return under;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < under.length(); i++) {
            char c = under.charAt(i);
            out.append(c == '^' ? levelColor(Level.ERROR, "^") : c == '-' ? blue("-") : String.valueOf(c));
        }
        return out.toString();
    }

    private static void placeAt(StringBuilder sb, int col, String s) {
        while (sb.length() < col) {
            sb.append(' ');
        }
        sb.append(s);
    }

    /**
     * rustc's display normalisation of source text: a tab is four spaces, other control characters show as
     * their Unicode control pictures (NUL as U+2400), and invisible bidirectional controls are dropped.
     */
    private static String expandTabs(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 0x20 && c != 0x7f && !(c >= 0x200D && c <= 0x2069);
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                sb.append("    ");
            } else if (c < 0x20) {
                sb.append((char) (0x2400 + c));
            } else if (c == 0x7f) {
                sb.append('\u2421');
            } else if (c == 0x200D || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Terminal columns, as rustc counts them (the unicode-width rules): East Asian wide characters and
     * emoji take two, combining marks none, everything else one.
     */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += charWidth(cp);
        }
        return w;
    }

    private static int charWidth(int cp) {
        if (cp < 0x300) {
            return 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
