package dev.wasmrust.compiler.syntax;

/** Whether REPL input is a whole cell: complete, needs more lines (with a suggested indent), or can never be. */
public record Completeness(Kind kind, String indent) {
    public enum Kind { COMPLETE, INCOMPLETE, INVALID }

    public static final Completeness COMPLETE = new Completeness(Kind.COMPLETE, "");
    public static final Completeness INVALID = new Completeness(Kind.INVALID, "");

    public static Completeness incomplete(String indent) {
        return new Completeness(Kind.INCOMPLETE, indent);
    }
}
