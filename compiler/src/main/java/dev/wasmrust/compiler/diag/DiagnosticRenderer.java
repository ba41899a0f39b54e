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
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
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
        int width = gutterWidth(d);
        List<Label> labels = new ArrayList<>();
        for (Label l : d.labels()) {
            if (l.span() != null && !l.span().isDummy()) {
                labels.add(l);
            }
        }
        Span primary = d.primarySpan();
        if (primary != null && !primary.isDummy()) {
            SourceFile f = sm.file(primary);
            String pad = " ".repeat(width);
            sb.append(pad).append(blue("--> ")).append(location(f, primary.lo())).append('\n');
            sb.append(pad).append(blue(" |")).append('\n');
            renderSnippet(f, labels, width, sb);
        }
        boolean snippetShown = primary != null && !primary.isDummy();
        boolean separated = false;
        if (snippetShown && !d.children().isEmpty()) {
            // rustc closes the main snippet with an empty gutter line when notes or help follow
            sb.append(" ".repeat(width)).append(blue(" |")).append('\n');
            separated = true;
        }
        for (SubDiagnostic c : d.children()) {
            if (c.span() == null) {
                if (snippetShown && !separated) {
                    sb.append(" ".repeat(width)).append(blue(" |")).append('\n');
                    separated = true;
                }
                sb.append(" ".repeat(width)).append(blue(" = ")).append(bold(c.level().word() + ":")).append(' ')
                        .append(indentContinuation(c.message(), width + 3 + c.level().word().length() + 2)).append('\n');
            } else {
                separated = false;
                renderChildWithSpan(c, width, sb);
            }
        }
    }

    private static String indentContinuation(String msg, int indent) {
        return msg.replace("\n", "\n" + " ".repeat(indent));
    }

    private void renderChildWithSpan(SubDiagnostic c, int width, StringBuilder sb) {
        SourceFile f = sm.file(c.span());
        sb.append(levelColor(c.level(), c.level().word())).append(bold(": " + c.message())).append('\n');
        String pad = " ".repeat(width);
        if (c.replacement() == null) {
            sb.append(pad).append(blue("--> ")).append(location(f, c.span().lo())).append('\n');
            sb.append(pad).append(blue(" |")).append('\n');
            renderSnippet(f, List.of(Label.primary(c.span(), "")), width, sb);
            return;
        }
        // a suggestion: show the edited line, marking inserted text with `+` and replaced text with `~`
        int line = f.line(c.span().lo());
        String text = f.lineText(line);
        int lineStart = f.lineStarts()[line - 1];
        int lo = c.span().lo() - lineStart;
        int hi = Math.min(text.length(), c.span().hi() - lineStart);
        if (f.line(c.span().hi()) != line) {
            hi = text.length();
        }
        String edited = text.substring(0, lo) + c.replacement() + text.substring(hi);
        sb.append(pad).append(blue(" |")).append('\n');
        sb.append(blue(padLeft(Integer.toString(line), width) + " |")).append(' ').append(expandTabs(edited)).append('\n');
        char mark = lo == hi ? '+' : '~';
        int col = displayWidth(expandTabs(text.substring(0, lo)));
        String marks = String.valueOf(mark).repeat(Math.max(1, displayWidth(c.replacement().stripTrailing())));
        sb.append(pad).append(blue(" |")).append(' ').append(" ".repeat(col)).append(levelColor(Level.HELP, marks)).append('\n');
    }

    private static String location(SourceFile f, int offset) {
        return f.name() + ":" + f.line(offset) + ":" + f.column(offset);
    }

    private int gutterWidth(Diagnostic d) {
        int max = 1;
        for (Label l : d.labels()) {
            if (l.span() != null && !l.span().isDummy()) {
                SourceFile f = sm.file(l.span());
                max = Math.max(max, f.line(Math.min(l.span().hi(), f.text().length())));
            }
        }
        for (SubDiagnostic c : d.children()) {
            if (c.span() != null && !c.span().isDummy()) {
                max = Math.max(max, sm.file(c.span()).line(c.span().hi()));
            }
        }
        return Integer.toString(max).length();
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** One label as it appears on one line: columns are display columns after tab expansion. */
    private record LineMark(int start, int end, boolean primary, String text) {}

    private void renderSnippet(SourceFile f, List<Label> labels, int width, StringBuilder sb) {
        Map<Integer, List<LineMark>> byLine = new TreeMap<>();
        for (Label l : labels) {
            if (l.span().file() != f.id()) {
                continue;
            }
            int line = f.line(l.span().lo());
            int endLine = f.line(Math.max(l.span().lo(), l.span().hi() - 1));
            String text = f.lineText(line);
            int lineStart = f.lineStarts()[line - 1];
            int lo = Math.min(text.length(), l.span().lo() - lineStart);
            int hi = endLine == line ? Math.min(text.length(), l.span().hi() - lineStart) : text.length();
            int start = displayWidth(expandTabs(text.substring(0, lo)));
            int end = displayWidth(expandTabs(text.substring(0, Math.max(lo, hi))));
            if (end <= start) {
                end = start + 1;
            }
            byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(new LineMark(start, end, l.primary(), l.text()));
            if (endLine > line) {
                // a multi-line label: also mark the last line up to the span's end
                String lastText = f.lineText(endLine);
                int lastStart = f.lineStarts()[endLine - 1];
                int lastHi = Math.min(lastText.length(), l.span().hi() - lastStart);
                int indent = lastText.length() - lastText.stripLeading().length();
                int s = displayWidth(expandTabs(lastText.substring(0, Math.min(indent, lastHi))));
                int e = Math.max(s + 1, displayWidth(expandTabs(lastText.substring(0, Math.max(0, lastHi)))));
                byLine.computeIfAbsent(endLine, k -> new ArrayList<>()).add(new LineMark(s, e, l.primary(), ""));
            }
        }
        String pad = " ".repeat(width);
        int prevLine = -1;
        for (Map.Entry<Integer, List<LineMark>> e : byLine.entrySet()) {
            int line = e.getKey();
            if (prevLine > 0 && line > prevLine + 1) {
                if (line == prevLine + 2) {
                    sb.append(blue(padLeft(Integer.toString(prevLine + 1), width) + " |")).append(' ')
                            .append(expandTabs(f.lineText(prevLine + 1))).append('\n');
                } else {
                    sb.append(blue("...")).append('\n');
                }
            }
            prevLine = line;
            String text = expandTabs(f.lineText(line));
            List<LineMark> marks = e.getValue();
            if (text.length() > MAX_LINE) {
                // like rustc, show a window of a very long line around its first label
                int from = Math.max(0, marks.stream().mapToInt(LineMark::start).min().orElse(0) - 40);
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
            if (!text.isEmpty()) {
                sb.append(' ').append(text);
            }
            sb.append('\n');
            renderMarks(marks, pad, sb);
        }
    }

    private void renderMarks(List<LineMark> marks, String pad, StringBuilder sb) {
        List<LineMark> ms = new ArrayList<>(marks);
        ms.sort(Comparator.comparingInt(LineMark::start));
        StringBuilder under = new StringBuilder();
        for (LineMark m : ms) {
            while (under.length() < m.start()) {
                under.append(' ');
            }
            char c = m.primary() ? '^' : '-';
            for (int i = m.start(); i < m.end(); i++) {
                if (i < under.length()) {
                    if (m.primary()) {
                        under.setCharAt(i, c);
                    }
                } else {
                    under.append(c);
                }
            }
        }
        // the rightmost label's text goes on the underline itself; the others hang below with `|` connectors
        LineMark last = ms.get(ms.size() - 1);
        String inline = last.text().isEmpty() ? "" : " " + last.text();
        sb.append(pad).append(blue(" |")).append(' ').append(colorMarks(under.toString(), ms))
                .append(last.primary() ? levelColor(Level.ERROR, inline) : blue(inline)).append('\n');
        List<LineMark> hanging = new ArrayList<>();
        for (int i = 0; i < ms.size() - 1; i++) {
            if (!ms.get(i).text().isEmpty()) {
                hanging.add(ms.get(i));
            }
        }
        for (int i = hanging.size() - 1; i >= 0; i--) {
            StringBuilder bars = new StringBuilder();
            for (int j = 0; j <= i; j++) {
                placeAt(bars, hanging.get(j).start(), "|");
            }
            sb.append(pad).append(blue(" |")).append(' ').append(blue(bars.toString())).append('\n');
            StringBuilder textLine = new StringBuilder();
            for (int j = 0; j < i; j++) {
                placeAt(textLine, hanging.get(j).start(), "|");
            }
            placeAt(textLine, hanging.get(i).start(), hanging.get(i).text());
            sb.append(pad).append(blue(" |")).append(' ').append(textLine).append('\n');
        }
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

    private static String expandTabs(String s) {
        return s.indexOf('\t') < 0 ? s : s.replace("\t", "    ");
    }

    private static int displayWidth(String s) {
        return s.codePointCount(0, s.length());
    }
}
