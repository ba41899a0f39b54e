package dev.wasmrust.compiler.thir;

/**
 * A parsed format spec such as {@code :>8}, {@code :#x}, {@code :+05}, {@code :?}. {@code width} is -1 when absent.
 * {@code widthArg}/{@code precisionArg} are the arguments holding a width or precision given at run time
 * ({@code {:>w$}}, {@code {:.*}}, {@code {:.1$}}), or -1.
 */
public record FmtSpec(int fill, Align align, boolean plus, boolean alternate, boolean zeroPad, int width, int precision,
                      Kind kind, int widthArg, int precisionArg) {
    public FmtSpec(int fill, Align align, boolean plus, boolean alternate, boolean zeroPad, int width, int precision, Kind kind) {
        this(fill, align, plus, alternate, zeroPad, width, precision, kind, -1, -1);
    }

    /** This spec with its run-time width and precision taken from these arguments. */
    public FmtSpec withArgs(int widthArg, int precisionArg) {
        return new FmtSpec(fill, align, plus, alternate, zeroPad, width, precision, kind, widthArg, precisionArg);
    }

    public boolean dynamic() {
        return widthArg >= 0 || precisionArg >= 0;
    }

    public enum Align { NONE, LEFT, RIGHT, CENTER }

    public enum Kind { DISPLAY, DEBUG, LOWER_HEX, UPPER_HEX, OCTAL, BINARY, LOWER_EXP, UPPER_EXP }

    /** Without a precision ({@code .N}). */
    public FmtSpec(int fill, Align align, boolean plus, boolean alternate, boolean zeroPad, int width, Kind kind) {
        this(fill, align, plus, alternate, zeroPad, width, -1, kind);
    }

    public static final FmtSpec DISPLAY = new FmtSpec(' ', Align.NONE, false, false, false, -1, Kind.DISPLAY);
    public static final FmtSpec DEBUG = new FmtSpec(' ', Align.NONE, false, false, false, -1, Kind.DEBUG);
}
