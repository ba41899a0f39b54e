package dev.wasmrust.repl;

/** What one REPL remembers between cells besides the engine's session: settings and the last error code. */
final class ReplState {
    boolean timing;
    String lastErrorCode;
    boolean anyCellFailed;
    boolean quit;
}
