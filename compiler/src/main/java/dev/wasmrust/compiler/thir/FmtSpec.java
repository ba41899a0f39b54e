package dev.wasmrust.compiler.thir;

/** A parsed format spec such as {@code :>8}, {@code :#x}, {@code :+05}, {@code :?}. {@code width} is -1 when absent. */
public record FmtSpec(int fill, Align align, boolean plus, boolean alternate, boolean zeroPad, int width, int precision,
                      Kind kind) {
    public enum Align { NONE, LEFT, RIGHT, CENTER }

    public enum Kind { DISPLAY, DEBUG, LOWER_HEX, UPPER_HEX, OCTAL, BINARY, LOWER_EXP, UPPER_EXP }

    /** Without a precision ({@code .N}). */
    public FmtSpec(int fill, Align align, boolean plus, boolean alternate, boolean zeroPad, int width, Kind kind) {
        this(fill, align, plus, alternate, zeroPad, width, -1, kind);
    }

    public static final FmtSpec DISPLAY = new FmtSpec(' ', Align.NONE, false, false, false, -1, Kind.DISPLAY);
    public static final FmtSpec DEBUG = new FmtSpec(' ', Align.NONE, false, false, false, -1, Kind.DEBUG);
}
