package dev.wasmrust.repl.engine;

/** Text shown by {@code :wat} or {@code :ir}: either {@code text} or an {@code error} message for the user. */
public record Artifact(String title, String text, String error) {
    public static Artifact of(String title, String text) {
        return new Artifact(title, text, null);
    }

    public static Artifact error(String message) {
        return new Artifact(null, null, message);
    }
}
