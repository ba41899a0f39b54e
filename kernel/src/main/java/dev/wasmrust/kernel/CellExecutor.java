package dev.wasmrust.kernel;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.repl.HeadlessRepl;
import dev.wasmrust.repl.engine.Artifact;
import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.DisplaySink;
import dev.wasmrust.runtime.InputSource;
import dev.wasmrust.runtime.StdStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one notebook cell through the session engine (or one {@code :command} through the REPL's command
 * runner) and turns how it ended into Jupyter's terms: output streamed as it is written, the trailing
 * value's {@code Debug} text (plus an HTML table for a list of structs), or an {@link ErrorReport} with the
 * diagnostics rendered as the REPL renders them.
 */
public final class CellExecutor {
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String RESET = "\u001b[0m";

    /**
     * {@code name?} alone in a cell asks for help about the name, as in IPython (a bare {@code x?} is not a
     * cell that could run: a cell's code returns no {@code Result} for {@code ?} to propagate into).
     */
    private static final java.util.regex.Pattern HELP = java.util.regex.Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*!?)\\s*\\?\\s*");

    private final ReplEngine engine;
    private final HeadlessRepl repl;
    private final Inspector inspector;

    public CellExecutor(ReplEngine engine, HeadlessRepl repl) {
        this.engine = engine;
        this.repl = repl;
        this.inspector = new Inspector(engine);
    }

    private Execution help(String name, Outputs out) {
        String n = name.contains("::") ? name.substring(name.lastIndexOf("::") + 2) : name;
        MimeBundle b = inspector.inspect(n, 0);
        if (b == null) {
            out.stream("stderr", "nothing known about `" + name + "` (a session variable, item, macro or keyword)\n");
            return new Execution(null, null, "");
        }
        return new Execution(null, null, b.get("text/plain"), b);
    }

    public Execution run(String code, Outputs out, InputSource in) {
        if (code.isBlank()) {
            return new Execution(null, null, "");
        }
        if (HeadlessRepl.isCommand(code)) {
            return command(code.strip(), out);
        }
        java.util.regex.Matcher help = HELP.matcher(code);
        if (help.matches()) {
            return help(help.group(1), out);
        }
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        CellIo io = new CellIo((stream, text) -> {
            if (stream == StdStream.STDOUT) {
                stdout.append(text);
                out.stream("stdout", text);
            } else {
                stderr.append(text);
                out.stream("stderr", text);
            }
        }, in, (mime, payload) -> {
            if (mime.equals(DisplaySink.CLEAR)) {
                out.clear();
            } else {
                out.display(DisplayBundles.of(mime, payload));
            }
        });
        CellResult r;
        try {
            r = engine.evaluate(code, io);
        } catch (RuntimeException | StackOverflowError e) {
            return new Execution(null, new ErrorReport("internal", e.toString(), List.of(RED + "internal error in the session engine: "
                    + e + RESET, "note: the session is kept; this is a bug in WasmRust, please report it with the cell")), "");
        }
        List<Diagnostic> warnings = r.diagnostics().stream().filter(d -> !d.isError()).toList();
        if (!warnings.isEmpty() && r.outcome() != CellResult.Outcome.REJECTED) {
            out.stream("stderr", DiagnosticRenderer.renderAll(warnings, r.sources(), false));
        }
        if (repl.timing()) {
            out.stream("stdout", timingLine(r));
        }
        ErrorReport error = error(r, stderr.toString());
        MimeBundle value = null;
        if (error == null && r.value() != null) {
            value = MimeBundle.text(r.value());
            String table = r.valueType() != null && isListType(r.valueType()) ? DebugTable.html(r.value()) : null;
            if (table != null) {
                value.put("text/html", table);
            }
        }
        return new Execution(value, error, stdout + (r.value() == null ? "" : r.value()));
    }

    private static boolean isListType(String type) {
        return type.startsWith("Vec<") || type.startsWith("[") || type.startsWith("&[") || type.startsWith("&Vec<");
    }

    private ErrorReport error(CellResult r, String stderr) {
        switch (r.outcome()) {
            case OK:
                return null;
            case REJECTED: {
                List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
                Diagnostic first = errors.isEmpty() ? null : errors.get(0);
                errors.stream().filter(d -> d.code() != null).reduce((a, b) -> b)
                        .ifPresent(d -> repl.rememberErrorCode(d.code()));
                String ename = first == null || first.code() == null ? "error" : first.code();
                String evalue = first == null ? "the cell was rejected" : first.message();
                return new ErrorReport(ename, evalue, lines(DiagnosticRenderer.renderAll(r.diagnostics(), r.sources(), true)));
            }
            case PANICKED: {
                String message = PanicText.message(stderr);
                String where = PanicText.location(stderr);
                List<String> tb = new ArrayList<>();
                tb.add(RED + "panic" + RESET + (where == null ? "" : " at " + where) + ": " + message);
                tb.add("note: the cell's items are kept, its variables are not");
                return new ErrorReport("panic", message, tb);
            }
            case INTERRUPTED: {
                String why = (r.fault() == null ? "the cell was stopped" : r.fault()) + "; the session is intact";
                return new ErrorReport("interrupted", why, List.of(YELLOW + "interrupted" + RESET + ": " + why));
            }
            case EXITED: {
                String why = r.fault() == null ? "the cell called std::process::exit" : r.fault();
                return new ErrorReport("exit", why, List.of(RED + "error" + RESET + ": " + why));
            }
            default: {
                String why = r.fault() == null ? "the cell failed" : r.fault();
                return new ErrorReport("trap", why, List.of(RED + "error" + RESET + ": " + why));
            }
        }
    }

    private static String timingLine(CellResult r) {
        return "⏱ " + r.timings().describe() + "\n";
    }

    private Execution command(String line, Outputs out) {
        String name = line.split("\\s+", 2)[0];
        String arg = line.length() > name.length() ? line.substring(name.length()).strip() : "";
        if (isCommand(name, ":wat", 3) || isCommand(name, ":ir", 3)) {
            Artifact a = name.startsWith(":w") ? engine.wat(arg.isEmpty() ? null : arg) : engine.ir(arg.isEmpty() ? null : arg);
            if (a.error() != null) {
                return new Execution(null, new ErrorReport("command", a.error(), List.of(RED + "error" + RESET + ": " + a.error())), "");
            }
            String text = (a.title() == null ? "" : a.title() + "\n") + a.text();
            MimeBundle b = MimeBundle.text(text);
            if (name.startsWith(":w")) {
                b.put("text/html", (a.title() == null ? "" : "<p>" + DebugTable.escape(a.title()) + "</p>") + WatHtml.of(a.text()));
            }
            out.display(b);
            return new Execution(null, null, text);
        }
        HeadlessRepl.Output o = repl.runCommand(line);
        if (o.quit()) {
            out.stream("stderr", "`:quit` does nothing in a notebook: use the front end's kernel menu to shut the kernel down\n");
            return new Execution(null, null, "");
        }
        if (o.failed()) {
            if (!o.out().isEmpty()) {
                out.stream("stdout", o.out());
            }
            String message = o.err().strip();
            String first = message.isEmpty() ? "the command failed" : message.lines().findFirst().orElse(message)
                    .replaceFirst("^error: ", "");
            return new Execution(null, new ErrorReport("command", first, lines(colorErrorPrefix(message))), o.out());
        }
        if (!o.err().isEmpty()) {
            out.stream("stderr", o.err());
        }
        if (isCommand(name, ":size", 3) && !engine.sizes().isEmpty()) {
            out.display(MimeBundle.text(o.out().stripTrailing()).put("text/html", SizeTable.html(engine.sizes())));
        } else if (!o.out().isEmpty()) {
            out.stream("stdout", o.out());
        }
        return new Execution(null, null, o.out());
    }

    /** {@code name} is {@code full} or an abbreviation of it at least {@code min} characters long. */
    private static boolean isCommand(String name, String full, int min) {
        return name.length() >= min && full.startsWith(name);
    }

    private static String colorErrorPrefix(String message) {
        return message.startsWith("error:") ? RED + "error" + RESET + message.substring("error".length()) : message;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(text.lines().toList());
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
