package dev.wasmrust.repl;

import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.compiler.diag.Explanations;
import dev.wasmrust.repl.engine.Artifact;
import dev.wasmrust.repl.engine.Capabilities;
import dev.wasmrust.repl.engine.DropResult;
import dev.wasmrust.repl.engine.HostSwitch;
import dev.wasmrust.repl.engine.ModuleSize;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.repl.engine.SavedSession;
import dev.wasmrust.repl.engine.SessionItem;
import dev.wasmrust.repl.engine.TypeAnswer;
import dev.wasmrust.repl.engine.Variable;
import dev.wasmrust.runtime.Capability;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.InputSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Carries out one {@code :command} line. */
final class CommandRunner {
    private final ReplEngine engine;
    private final ReplConsole console;
    private final ReplState state;
    private final CellRunner cells;
    private final Path workingDir;

    CommandRunner(ReplEngine engine, ReplConsole console, ReplState state, CellRunner cells, Path workingDir) {
        this.engine = engine;
        this.console = console;
        this.state = state;
        this.cells = cells;
        this.workingDir = workingDir;
    }

    /** Runs the command; a failed command counts as a failed cell in batch mode. */
    void run(String line) {
        String s = line.strip();
        int space = indexOfWhitespace(s);
        String name = space < 0 ? s : s.substring(0, space);
        String arg = space < 0 ? "" : s.substring(space).strip();
        Optional<ReplCommands.Command> cmd = ReplCommands.find(name);
        if (cmd.isEmpty()) {
            unknown(name);
            return;
        }
        try {
            dispatch(cmd.get(), arg);
        } catch (RuntimeException e) {
            fail("internal error while running " + cmd.get().name() + ": " + e
                    + "\nnote: the session is kept; this is a bug in WasmRust, please report it");
        }
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private void dispatch(ReplCommands.Command cmd, String arg) {
        switch (cmd.name()) {
            case ":help" -> help(arg);
            case ":vars" -> vars();
            case ":items" -> items();
            case ":type" -> type(arg);
            case ":wat" -> artifact(engine.wat(arg.isEmpty() ? null : arg));
            case ":ir" -> artifact(engine.ir(arg.isEmpty() ? null : arg));
            case ":size" -> size();
            case ":host" -> host(arg);
            case ":caps" -> caps();
            case ":timing" -> timing(arg);
            case ":explain" -> explain(arg);
            case ":save" -> save(arg);
            case ":load" -> load(arg);
            case ":drop" -> drop(arg);
            case ":reset" -> {
                engine.reset();
                console.note("the session is empty again (host profile " + engine.hostProfile().cliName() + ")");
            }
            case ":quit" -> state.quit = true;
            default -> unknown(cmd.name());
        }
    }

    private void fail(String message) {
        console.error(message);
        state.anyCellFailed = true;
    }

    private void unknown(String name) {
        List<String> close = ReplCommands.didYouMean(name);
        String hint = close.isEmpty() ? "" : "\nhelp: did you mean " + close.stream().map(c -> "`" + c + "`")
                .collect(Collectors.joining(" or ")) + "?";
        fail("unknown command `" + name + "`" + hint + "\nnote: `:help` lists the commands");
    }

    private void help(String arg) {
        if (!arg.isEmpty()) {
            Optional<ReplCommands.Command> c = ReplCommands.find(arg);
            if (c.isEmpty()) {
                unknown(arg);
                return;
            }
            console.println(c.get().name() + (c.get().args().isEmpty() ? "" : " " + c.get().args()) + "\n    "
                    + c.get().description());
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Type Rust: items, statements and a trailing expression, whose value is shown.\n")
                .append("Enter on an incomplete cell continues it; Tab completes; Ctrl-R searches the history;\n")
                .append("Ctrl-C interrupts a running cell (or clears the line); Ctrl-D on an empty line quits.\n\n");
        int width = ReplCommands.ALL.stream().mapToInt(c -> c.name().length() + 1 + c.args().length()).max().orElse(10);
        for (ReplCommands.Command c : ReplCommands.ALL) {
            String head = c.name() + (c.args().isEmpty() ? "" : " " + c.args());
            sb.append("  ").append(head).append(" ".repeat(width - head.length() + 2)).append(c.description()).append('\n');
        }
        sb.setLength(sb.length() - 1);
        console.println(sb.toString());
    }

    private void vars() {
        List<Variable> vs = engine.variables();
        if (vs.isEmpty()) {
            console.note("no variables yet (a top-level `let` in a cell makes one)");
            return;
        }
        for (Variable v : vs) {
            console.println("let " + (v.mutable() ? "mut " : "") + v.name() + ": " + v.type() + origin(v.cell()));
        }
    }

    private void items() {
        List<SessionItem> is = engine.items();
        if (is.isEmpty()) {
            console.note("no items yet (a `fn`, `struct`, `enum`, `trait`, `impl`, `use` ... in a cell makes one)");
            return;
        }
        for (SessionItem i : is) {
            console.println(i.signature() + origin(i.cell()));
        }
    }

    /** {@code    // <cell 3>}, dimmed, or nothing when the engine does not say. */
    private String origin(String cell) {
        return cell == null || cell.isEmpty() ? ""
                : console.styled("    // " + cell, org.jline.utils.AttributedStyle.DEFAULT.foreground(org.jline.utils.AttributedStyle.BRIGHT));
    }

    private void type(String expr) {
        if (expr.isEmpty()) {
            fail("`:type` needs an expression, e.g. `:type 1u8 + 2`");
            return;
        }
        TypeAnswer a = engine.typeOf(expr);
        if (!a.diagnostics().isEmpty()) {
            console.printErr(DiagnosticRenderer.renderAll(a.diagnostics(), a.sources(), console.color()));
        }
        if (a.type() != null) {
            console.println(a.type());
        } else {
            state.anyCellFailed = true;
        }
    }

    private void artifact(Artifact a) {
        if (a.error() != null) {
            fail(a.error());
            return;
        }
        if (a.title() != null) {
            console.note(a.title());
        }
        console.println(a.text().endsWith("\n") ? a.text().substring(0, a.text().length() - 1) : a.text());
    }

    private void size() {
        List<ModuleSize> sizes = engine.sizes();
        if (sizes.isEmpty()) {
            console.note("no modules yet: every cell that runs becomes one");
            return;
        }
        int total = 0;
        for (ModuleSize m : sizes) {
            if (m.bytes() < 0) {
                console.println(String.format(Locale.ROOT, "%-10s (size not reported by the %s)  exports %s", m.cell(),
                        engine.description(), String.join(", ", m.exports())));
                continue;
            }
            total += m.bytes();
            String sections = m.sections().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            console.println(String.format(Locale.ROOT, "%-10s %,9d bytes  %4d functions  needs %s%n           %s",
                    m.cell(), m.bytes(), m.functions(), caps(m.needs()), sections));
        }
        if (sizes.stream().anyMatch(m -> m.bytes() >= 0)) {
            console.println(String.format(Locale.ROOT, "%-10s %,9d bytes under host profile %s", "total", total,
                    engine.hostProfile().cliName()));
        }
    }

    private static String caps(Set<Capability> cs) {
        return cs.isEmpty() ? "nothing" : cs.stream().sorted().map(Capability::displayName).collect(Collectors.joining(", "));
    }

    private void host(String arg) {
        if (arg.isEmpty()) {
            console.println("host profile: " + engine.hostProfile().cliName());
            return;
        }
        HostProfile p = HostProfile.parse(arg.toLowerCase(Locale.ROOT));
        if (p == null) {
            fail("unknown host profile `" + arg + "`; expected one of: wasmtime, node, browser, embedded");
            return;
        }
        HostSwitch s = engine.switchHost(p);
        if (s.switched()) {
            console.note(s.message());
        } else {
            fail(s.message());
        }
    }

    private void caps() {
        Capabilities c = engine.capabilities();
        console.println("host profile " + c.profile().cliName() + " offers: " + caps(c.offered()));
        for (Map.Entry<String, Set<Capability>> e : c.neededByCell().entrySet()) {
            console.println("  " + e.getKey() + " needs: " + caps(e.getValue()));
        }
    }

    private void timing(String arg) {
        switch (arg.toLowerCase(Locale.ROOT)) {
            case "on" -> state.timing = true;
            case "off" -> state.timing = false;
            case "" -> { }
            default -> {
                fail("`:timing` takes `on` or `off`");
                return;
            }
        }
        console.note("timing is " + (state.timing ? "on" : "off"));
    }

    private void explain(String arg) {
        String code = arg.isEmpty() ? state.lastErrorCode : arg;
        if (code == null) {
            fail("`:explain` needs an error code, e.g. `:explain E0308` (no error with a code so far)");
            return;
        }
        Optional<String> text = Explanations.of(code);
        if (text.isEmpty()) {
            fail("no extended information for " + code);
            return;
        }
        console.println(text.get().stripTrailing());
    }

    private void save(String arg) {
        if (arg.isEmpty()) {
            fail("`:save` needs a file name, e.g. `:save session.rs`");
            return;
        }
        SavedSession s = engine.save();
        Path p = resolve(arg);
        try {
            Files.writeString(p, s.source(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            fail("couldn't write `" + arg + "`: " + describe(e));
            return;
        }
        s.notes().forEach(n -> console.note("note: " + n));
        console.note("saved to " + arg + " (run it with `wasmrust run " + arg + "`)");
    }

    private void load(String arg) {
        if (arg.isEmpty()) {
            fail("`:load` needs a file name, e.g. `:load session.rs`");
            return;
        }
        String text;
        try {
            text = Files.readString(resolve(arg), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            fail("couldn't read `" + arg + "`: " + describe(e));
            return;
        }
        List<String> parts = CellSplitter.split(text);
        int ok = 0;
        for (String cell : parts) {
            if (cells.run(cell, InputSource.EMPTY)) {
                ok++;
            }
        }
        if (CellSplitter.definesMain(text) && ok == parts.size()) {
            cells.run("main();", InputSource.EMPTY);
        }
        console.note("loaded " + arg + ": " + ok + " of " + parts.size() + " cells ran");
    }

    private void drop(String arg) {
        if (arg.isEmpty()) {
            fail("`:drop` needs an item name (see `:items`)");
            return;
        }
        DropResult r = engine.drop(arg);
        if (r.dropped()) {
            console.note(r.message());
        } else {
            fail(r.message());
        }
    }

    private Path resolve(String arg) {
        return arg.startsWith("~/") ? Path.of(System.getProperty("user.home")).resolve(arg.substring(2)) : workingDir.resolve(arg);
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory (os error 2)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied (os error 13)";
        }
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "stream did not contain valid UTF-8";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
