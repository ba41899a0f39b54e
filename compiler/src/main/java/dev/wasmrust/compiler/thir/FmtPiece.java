package dev.wasmrust.compiler.thir;

/** A piece of a format string: literal text, or an argument (by index into the call's arguments) with its spec. */
public sealed interface FmtPiece {
    record Lit(String text) implements FmtPiece {}

    record Arg(int index, FmtSpec spec) implements FmtPiece {}
}
