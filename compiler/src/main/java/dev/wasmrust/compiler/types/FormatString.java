package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.FmtSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a format string ({@code "x = {x:>5}, {0:?} {{}}"}) into pieces. Arguments are referenced by
 * position (explicit or implicit) or by name; resolving names to arguments is the caller's job.
 */
final class FormatString {
    /** A parsed piece: text, or a reference to an argument by position or name. */
    sealed interface Piece {
        record Text(String text) implements Piece {}

        /**
         * {@code position} is -1 when {@code name} is used; {@code offset} is the piece's offset in the literal body.
         * {@code width}/{@code precision} name the arguments of a run-time width or precision (a position or a
         * name), or are null.
         */
        record Ref(int position, String name, FmtSpec spec, int offset, int length, String width, String precision) implements Piece {
            Ref(int position, String name, FmtSpec spec, int offset, int length) {
                this(position, name, spec, offset, length, null, null);
            }
        }
    }

    record Parsed(List<Piece> pieces, String error, int errorOffset) {}

    private FormatString() {}

    static Parsed parse(String s) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int implicit = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    text.append('{');
                    i += 2;
                    continue;
                }
                int close = s.indexOf('}', i);
                if (close < 0) {
                    return new Parsed(pieces, "invalid format string: expected `}` but string was terminated", i);
                }
                if (text.length() > 0) {
                    pieces.add(new Piece.Text(text.toString()));
                    text.setLength(0);
                }
                String inner = s.substring(i + 1, close);
                int colon = inner.indexOf(':');
                String arg = (colon < 0 ? inner : inner.substring(0, colon)).trim();
                String specText = colon < 0 ? "" : inner.substring(colon + 1);
                String[] refs = new String[2];
                FmtSpec spec = parseSpec(specText, refs);
                if (spec == null) {
                    return new Parsed(pieces, "unsupported format spec `" + specText + "`", i);
                }
                if ("*".equals(refs[1])) {
                    // `.*` takes the precision from the next positional argument, before the value's
                    refs[1] = String.valueOf(implicit++);
                }
                if (arg.isEmpty()) {
                    pieces.add(new Piece.Ref(implicit++, null, spec, i, close + 1 - i, refs[0], refs[1]));
                } else if (Character.isDigit(arg.charAt(0))) {
                    if (!arg.chars().allMatch(Character::isDigit)) {
                        return new Parsed(pieces, "invalid format string: invalid argument name `" + arg + "`", i);
                    }
                    pieces.add(new Piece.Ref(Integer.parseInt(arg), null, spec, i, close + 1 - i, refs[0], refs[1]));
                } else {
                    String name = arg.startsWith("r#") ? arg.substring(2) : arg;
                    if (!name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                        return new Parsed(pieces, "invalid format string: invalid argument name `" + arg + "`", i);
                    }
                    pieces.add(new Piece.Ref(-1, name, spec, i, close + 1 - i, refs[0], refs[1]));
                }
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    text.append('}');
                    i += 2;
                    continue;
                }
                return new Parsed(pieces, "invalid format string: unmatched `}` found", i);
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            pieces.add(new Piece.Text(text.toString()));
        }
        return new Parsed(pieces, null, 0);
    }

    /**
     * {@code [[fill]align][sign]['#']['0'][width][.precision][type]}; null when it uses a feature not supported yet.
     * A width or precision given as {@code N$} or {@code name$} (or a precision given as {@code *}) is returned
     * in {@code refs[0]} / {@code refs[1]}.
     */
    private static FmtSpec parseSpec(String s, String[] refs) {
        int i = 0;
        int fill = ' ';
        FmtSpec.Align align = FmtSpec.Align.NONE;
        if (s.length() >= 2 && alignOf(s.charAt(Character.charCount(s.codePointAt(0)))) != null) {
            fill = s.codePointAt(0);
            i = Character.charCount(fill);
            align = alignOf(s.charAt(i));
            i++;
        } else if (!s.isEmpty() && alignOf(s.charAt(0)) != null) {
            align = alignOf(s.charAt(0));
            i = 1;
        }
        boolean plus = false;
        if (i < s.length() && s.charAt(i) == '+') {
            plus = true;
            i++;
        } else if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        boolean alternate = false;
        if (i < s.length() && s.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        boolean zero = false;
        if (i < s.length() && s.charAt(i) == '0' && !(i + 1 < s.length() && s.charAt(i + 1) == '$')) {
            zero = true;
            i++;
        }
        int width = -1;
        int ws = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i > ws && i < s.length() && s.charAt(i) == '$') {
            refs[0] = s.substring(ws, i);
            i++;
        } else {
            i = ws;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i > ws) {
                width = Integer.parseInt(s.substring(ws, i));
            }
        }
        int precision = -1;
        if (i < s.length() && s.charAt(i) == '.') {
            int ps = ++i;
            if (i < s.length() && s.charAt(i) == '*') {
                refs[1] = "*";
                i++;
            } else {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                if (i > ps && i < s.length() && s.charAt(i) == '$') {
                    refs[1] = s.substring(ps, i);
                    i++;
                } else {
                    i = ps;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i == ps) {
                        return null;
                    }
                    precision = Integer.parseInt(s.substring(ps, i));
                }
            }
        }
        String type = s.substring(i);
        FmtSpec.Kind kind = switch (type) {
            case "" -> FmtSpec.Kind.DISPLAY;
            case "?" -> FmtSpec.Kind.DEBUG;
            case "x" -> FmtSpec.Kind.LOWER_HEX;
            case "X" -> FmtSpec.Kind.UPPER_HEX;
            case "o" -> FmtSpec.Kind.OCTAL;
            case "b" -> FmtSpec.Kind.BINARY;
            case "e" -> FmtSpec.Kind.LOWER_EXP;
            case "E" -> FmtSpec.Kind.UPPER_EXP;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        return new FmtSpec(fill, align, plus, alternate, zero, width, precision, kind);
    }

    private static FmtSpec.Align alignOf(char c) {
        return switch (c) {
            case '<' -> FmtSpec.Align.LEFT;
            case '>' -> FmtSpec.Align.RIGHT;
            case '^' -> FmtSpec.Align.CENTER;
            default -> null;
        };
    }

    /** The span of a piece inside a string literal token (offset into the decoded body; exact for escape-free text). */
    static Span pieceSpan(Span literal, int offset, int length) {
        int lo = Math.min(literal.hi(), literal.lo() + 1 + offset);
        return new Span(literal.file(), lo, Math.min(literal.hi(), lo + length));
    }
}
