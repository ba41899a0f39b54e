package dev.wasmrust.repl;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.repl.engine.ModuleSize;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.InputSource;
import java.util.List;
import java.util.Locale;

/**
 * Runs one cell through the engine and shows how it ended: output streams while it runs, then the value on
 * a line of its own (nothing for {@code ()}), diagnostics on stderr in rustc's layout pointing at the
 * cell's own lines, and a one-line message for an interrupt, a trap or an exit. An engine that throws is
 * reported as an internal error: it must never end the REPL.
 */
final class CellRunner {
    private final ReplEngine engine;
    private final ReplConsole console;
    private final ReplState state;

    CellRunner(ReplEngine engine, ReplConsole console, ReplState state) {
        this.engine = engine;
        this.console = console;
        this.state = state;
    }

    /** Evaluates {@code source}; returns true when the cell ran to the end. */
    boolean run(String source, InputSource input) {
        CellResult r;
        try {
            r = engine.evaluate(source, new CellIo(console::cellOutput, input));
        } catch (RuntimeException | StackOverflowError e) {
            console.error("internal error in the session engine: " + e
                    + "\nnote: the session is kept; this is a bug in WasmRust, please report it with the cell");
            state.anyCellFailed = true;
            return false;
        }
        show(r);
        if (r.failed()) {
            state.anyCellFailed = true;
        }
        return !r.failed();
    }

    private void show(CellResult r) {
        List<Diagnostic> ds = r.diagnostics();
        if (!ds.isEmpty()) {
            console.printErr(DiagnosticRenderer.renderAll(ds, r.sources(), console.color()));
            ds.stream().filter(d -> d.isError() && d.code() != null).reduce((a, b) -> b)
                    .ifPresent(d -> state.lastErrorCode = d.code());
        }
        switch (r.outcome()) {
            case OK -> {
                if (r.value() != null) {
                    console.println(r.value());
                }
            }
            case INTERRUPTED -> console.warn("interrupted", (r.fault() == null ? "the cell was stopped" : r.fault())
                    + "; the session is intact");
            case EXITED, FAULTED -> console.error(r.fault() == null ? "the cell failed" : r.fault());
            default -> { }
        }
        if (state.timing) {
            console.note(timingLine(r));
        }
    }

    private String timingLine(CellResult r) {
        StringBuilder sb = new StringBuilder("⏱ ").append(r.timings().describe());
        if (!r.failed() || r.outcome() == CellResult.Outcome.PANICKED) {
            List<ModuleSize> sizes = engine.sizes();
            if (!sizes.isEmpty() && sizes.get(sizes.size() - 1).bytes() >= 0) {
                ModuleSize last = sizes.get(sizes.size() - 1);
                sb.append(" · module ").append(last.cell()).append(' ').append(String.format(Locale.ROOT, "%,d", last.bytes()))
                        .append(" bytes");
            }
        }
        sb.append(" · host ").append(engine.hostProfile().cliName());
        return sb.toString();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
