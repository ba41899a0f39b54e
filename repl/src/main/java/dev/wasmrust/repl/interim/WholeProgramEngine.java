package dev.wasmrust.repl.interim;

import dev.wasmrust.repl.analysis.Chunk;
import dev.wasmrust.repl.analysis.MainLocals;
import dev.wasmrust.repl.analysis.MemberIndex;
import dev.wasmrust.repl.analysis.ParsedCell;
import dev.wasmrust.repl.analysis.ProgramCompiler;
import dev.wasmrust.repl.analysis.StdPaths;

import dev.wasmrust.compiler.Prelude;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirModule;
import dev.wasmrust.compiler.wasmir.WirPrinter;
import dev.wasmrust.repl.engine.Artifact;
import dev.wasmrust.repl.engine.Capabilities;
import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.repl.engine.Completion;
import dev.wasmrust.repl.engine.DropResult;
import dev.wasmrust.repl.engine.HostSwitch;
import dev.wasmrust.repl.engine.ModuleSize;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.repl.engine.SavedSession;
import dev.wasmrust.repl.engine.SessionItem;
import dev.wasmrust.repl.engine.TypeAnswer;
import dev.wasmrust.repl.engine.Variable;
import dev.wasmrust.repl.wat.ModuleAnatomy;
import dev.wasmrust.repl.wat.WatPrinter;
import dev.wasmrust.runtime.CapabilityException;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.CellOutcome;
import dev.wasmrust.runtime.HostOptions;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.LinkException;
import dev.wasmrust.runtime.SessionConfig;
import dev.wasmrust.runtime.TierPolicy;
import dev.wasmrust.runtime.WasmSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INTERIM engine, until the session engine (session/) lands: every cell is compiled as one whole program
 * with the existing compiler — the session's items, then in {@code main} the statements of every committed
 * cell replayed in order, then the new cell — and run in a fresh {@link WasmSession}; the output of the
 * replayed cells is cut off at a marker, so the user sees only the new cell's. Because Rust programs are
 * deterministic this reproduces session variables faithfully, at a cost that grows with the session, and
 * with these differences from the real engine: a redefined function is also used by the replayed
 * statements; a cell reading stdin or with side effects outside the program is replayed too; each cell's
 * "module" is the whole program so far (no cross-cell linking). It follows the commit rules of
 * src-test/.../sessions/SESSIONS.md: a rejected cell commits nothing, a panicked one its items only.
 */
public final class WholeProgramEngine implements ReplEngine {
    private static final String VALUE = "__wasmrust_value";
    private static final Pattern CELL_REF = Pattern.compile("(?:<cell\\s*)?c?(?:ell)?\\s*(\\d+)>?");

    private final List<Chunk> items = new ArrayList<>();
    private final List<CommittedCell> cells = new ArrayList<>();
    private HostProfile profile;
    private int nextCell = 1;
    private List<Variable> variables = List.of();
    private MemberIndex stdIndex;
    private MemberIndex sessionIndex;
    private volatile WasmSession running;
    private volatile boolean interruptRequested;

    public WholeProgramEngine(HostProfile profile) {
        this.profile = profile;
    }

    @Override
    public String description() {
        return "interim whole-program engine";
    }

    // ---------------------------------------------------------------- evaluation

    @Override
    public CellResult evaluate(String source, CellIo io) {
        interruptRequested = false;
        int number = nextCell++;
        Files f = files(number, source);
        ParsedCell cell = ParsedCell.parse(number, source, f.sm, f.current);
        String name = ParsedCell.fileName(number);
        if (!cell.syntaxErrors().isEmpty()) {
            return rejected(name, cell.syntaxErrors(), f.sm, 0);
        }
        long compileNanos = 0;
        ProgramText text = assemble(cell, cell.tail(), false);
        Compiled c = compile(f, text, cell, cell.tail() == null);
        compileNanos += c.compiled.nanos();
        if (c.compiled.hasErrors()) {
            return rejected(name, c.diagnostics, f.sm, compileNanos);
        }
        Type valueType = null;
        boolean showValue = false;
        if (cell.tail() != null) {
            valueType = valueType(c);
            showValue = valueType != null && !MainLocals.isUnitLike(valueType);
            Compiled full = compile(f, assemble(cell, cell.tail(), showValue), cell, true);
            compileNanos += full.compiled.nanos();
            if (full.compiled.hasErrors()) {
                return rejected(name, full.diagnostics, f.sm, compileNanos);
            }
            c = full;
        }
        return run(cell, c, f, showValue, valueType, compileNanos, io);
    }

    private CellResult run(ParsedCell cell, Compiled c, Files f, boolean showValue, Type valueType, long compileNanos,
                           CellIo io) {
        String name = ParsedCell.fileName(cell.number());
        Map<Integer, String> names = new HashMap<>();
        // display blocks stay in the text until the filter has cut off the replayed cells' output
        OutputFilter filter = new OutputFilter(marker(cell.number()), dev.wasmrust.runtime.DisplayDemux.of(io), line -> c.mapper.mapLocations(line, names));
        long t0 = System.nanoTime();
        CellOutcome outcome;
        try (WasmSession ws = new WasmSession(SessionConfig.defaults().withProfile(profile)
                .withTiers(TierPolicy.forceInterpreter()))) {
            try {
                ws.load("program", c.compiled.wasm());
            } catch (CapabilityException e) {
                return new CellResult(name, CellResult.Outcome.FAULTED, null, null, c.warnings(), f.sm,
                        e.getMessage(), new CellResult.Timings(compileNanos, 0));
            } catch (LinkException e) {
                return new CellResult(name, CellResult.Outcome.FAULTED, null, null, c.warnings(), f.sm,
                        "cannot load the cell's module: " + e.getMessage(), new CellResult.Timings(compileNanos, 0));
            }
            if (interruptRequested) {
                // Ctrl-C while the cell compiled: it never starts
                return new CellResult(name, CellResult.Outcome.INTERRUPTED, null, null, c.warnings(), f.sm,
                        "the cell was interrupted before it ran", new CellResult.Timings(compileNanos, 0));
            }
            running = ws;
            // the runtime forgets requests made before its run thread starts; keep asking until it ends
            Thread watcher = new Thread(() -> {
                while (running == ws) {
                    if (interruptRequested) {
                        ws.interrupt();
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "wasmrust-interrupt-watcher");
            watcher.setDaemon(true);
            watcher.start();
            try {
                outcome = ws.run("program", "_start", new CellIo(filter, io.input(), dev.wasmrust.runtime.DisplaySink.PASS_THROUGH));
            } finally {
                running = null;
                watcher.interrupt();
                filter.finish();
            }
        }
        CellResult.Timings timings = new CellResult.Timings(compileNanos, System.nanoTime() - t0);
        if (outcome instanceof CellOutcome.Completed) {
            commit(cell, c, showValue, true);
            String value = showValue ? filter.value() : null;
            return new CellResult(name, CellResult.Outcome.OK, value, valueType == null ? null : valueType.toString(),
                    c.warnings(), f.sm, null, timings);
        }
        if (outcome instanceof CellOutcome.Panicked || outcome instanceof CellOutcome.Exited e && e.code() == 101) {
            commit(cell, c, false, false);
            return new CellResult(name, CellResult.Outcome.PANICKED, null, null, c.warnings(), f.sm, null, timings);
        }
        if (outcome instanceof CellOutcome.Exited x) {
            // not committed: replaying it would end every later cell's program at this point
            return new CellResult(name, CellResult.Outcome.EXITED, null, null, c.warnings(), f.sm,
                    "the cell called std::process::exit(" + x.code() + "); the REPL goes on", timings);
        }
        CellResult.Outcome kind = outcome instanceof CellOutcome.Interrupted ? CellResult.Outcome.INTERRUPTED
                : CellResult.Outcome.FAULTED;
        return new CellResult(name, kind, null, null, c.warnings(), f.sm, outcome.describe(), timings);
    }

    private static String marker(int number) {
        return "\u0001cell " + number + "\u0001\n";
    }

    private CellResult rejected(String name, List<Diagnostic> ds, SourceMap sm, long compileNanos) {
        return new CellResult(name, CellResult.Outcome.REJECTED, null, null, ds, sm, null,
                new CellResult.Timings(compileNanos, 0));
    }

    /** Commits a cell that ran: all of it, or (after a panic) its items only. */
    private void commit(ParsedCell cell, Compiled c, boolean showValue, boolean statementsToo) {
        Set<String> replaced = new LinkedHashSet<>();
        cell.items().forEach(i -> replaced.add(i.key()));
        items.removeIf(i -> replaced.contains(i.key()));
        items.addAll(cell.items());
        cells.add(new CommittedCell(cell.number(), cell.source(), statementsToo ? cell.statements() : List.of(),
                statementsToo ? cell.tail() : null, showValue, c.compiled.wasm(), c.compiled.ir()));
        if (statementsToo) {
            variables = variablesOf(c);
        }
        sessionIndex = null;
    }

    private List<Variable> variablesOf(Compiled c) {
        Map<String, Variable> byName = new LinkedHashMap<>();
        for (MainLocals.Binding b : MainLocals.of(c.compiled.program(), c.program)) {
            if (b.name().startsWith("__wasmrust") || b.name().equals("_")) {
                continue;
            }
            ProgramText.Run r = b.line() < 0 ? null : c.text.runAt(b.line() - 1);
            String cellName = r == null ? "" : ParsedCell.fileName(r.cell());
            byName.remove(b.name());
            byName.put(b.name(), new Variable(b.name(), b.type().toString(), b.mutable(), cellName));
        }
        return List.copyOf(byName.values());
    }

    private static Type valueType(Compiled c) {
        Type t = null;
        for (MainLocals.Binding b : MainLocals.of(c.compiled.program(), c.program)) {
            if (b.name().equals(VALUE)) {
                t = MainLocals.deref(b.type());
            }
        }
        return t;
    }

    @Override
    public void interrupt() {
        interruptRequested = true;
        WasmSession ws = running;
        if (ws != null) {
            ws.interrupt();
        }
    }

    // ---------------------------------------------------------------- assembling and compiling

    /** The cells' source files in one map: committed cells, then the one being compiled. */
    private record Files(SourceMap sm, Map<Integer, SourceFile> byCell, SourceFile current) {}

    private Files files(int number, String source) {
        SourceMap sm = new SourceMap();
        Map<Integer, SourceFile> byCell = new HashMap<>();
        Set<Integer> needed = new LinkedHashSet<>();
        cells.forEach(c -> needed.add(c.number()));
        items.forEach(i -> needed.add(i.cell()));
        Map<Integer, String> texts = new HashMap<>();
        cells.forEach(c -> texts.put(c.number(), c.source()));
        for (int n : needed) {
            if (texts.containsKey(n)) {
                byCell.put(n, sm.add(ParsedCell.fileName(n), texts.get(n)));
            }
        }
        SourceFile current = sm.add(number == 0 ? "<expr>" : ParsedCell.fileName(number), source);
        byCell.put(number, current);
        return new Files(sm, byCell, current);
    }

    private record Compiled(ProgramCompiler.Compiled compiled, List<Diagnostic> diagnostics, SourceFile program,
                            ProgramText text, SpanMapper mapper) {
        List<Diagnostic> warnings() {
            return diagnostics.stream().filter(d -> !d.isError()).toList();
        }
    }

    private Compiled compile(Files f, ProgramText text, ParsedCell cell, boolean generate) {
        SourceFile program = f.sm.add("<session>", text.text());
        // a problem in our scaffolding is shown at the start of the cell being compiled
        Span fallback = new Span(f.current.id(), 0, 0);
        SpanMapper mapper = new SpanMapper(program, text, n -> f.byCell.getOrDefault(n, f.current), fallback);
        ProgramCompiler.Compiled c = ProgramCompiler.compile(f.sm, program, generate);
        return new Compiled(c, mapper.map(c.diagnostics()), program, text, mapper);
    }

    /** The whole program for a cell: items (the new cell's replacing older ones), replayed statements, the cell. */
    private ProgramText assemble(ParsedCell cell, Chunk tail, boolean printValue) {
        ProgramText t = new ProgramText();
        Set<String> replaced = new LinkedHashSet<>();
        cell.items().forEach(i -> replaced.add(i.key()));
        for (Chunk i : items) {
            if (!replaced.contains(i.key())) {
                t.chunk(i);
            }
        }
        cell.items().forEach(t::chunk);
        t.raw("fn main() {");
        for (CommittedCell c : cells) {
            c.statements().forEach(t::chunk);
            if (c.tail() != null) {
                t.raw("let _ = &(").chunk(c.tail()).raw(");");
            }
        }
        t.raw("println!(\"\\u{1}cell " + cell.number() + "\\u{1}\"); eprintln!(\"\\u{1}cell " + cell.number() + "\\u{1}\");");
        cell.statements().forEach(t::chunk);
        if (tail != null) {
            t.raw("let " + VALUE + " = &(").chunk(tail).raw(");");
            if (printValue) {
                t.raw("println!(\"\\u{1}value\\u{1}{:?}\", " + VALUE + ");");
            }
        }
        return t.raw("}");
    }

    // ---------------------------------------------------------------- questions about the session

    @Override
    public List<Variable> variables() {
        return variables;
    }

    @Override
    public List<SessionItem> items() {
        List<SessionItem> out = new ArrayList<>();
        for (Chunk i : items) {
            out.add(new SessionItem(i.name(), i.kind(), i.signature(), ParsedCell.fileName(i.cell())));
        }
        return out;
    }

    @Override
    public TypeAnswer typeOf(String expression) {
        Typed t = typeOfExpression(expression);
        return new TypeAnswer(t.type == null ? null : t.type.toString(), t.diagnostics, t.sm);
    }

    private record Typed(Type type, List<Diagnostic> diagnostics, SourceMap sm) {}

    private Typed typeOfExpression(String expression) {
        Files f = files(0, expression);
        Chunk expr = new Chunk(0, expression, 0, 0, null, "", "tail", "");
        ParsedCell pseudo = new ParsedCell(0, expression, List.of(), List.of(), expr, List.of());
        Compiled c = compile(f, assemble(pseudo, expr, false), pseudo, false);
        if (c.compiled.hasErrors()) {
            return new Typed(null, c.diagnostics, f.sm);
        }
        return new Typed(valueType(c), List.of(), f.sm);
    }

    @Override
    public Artifact wat(String target) {
        if (target != null && target.strip().equalsIgnoreCase("all")) {
            target = null;
        }
        CommittedCell cell = cellFor(target);
        if (cell != null) {
            return Artifact.of(";; " + cell.name() + ": " + cell.wasm().length + " bytes (interim engine: the whole program"
                    + " so far, not yet one module per cell)", WatPrinter.print(cell.wasm()));
        }
        CommittedCell last = lastWithModule();
        if (last == null) {
            return Artifact.error(cells.isEmpty() ? "no cell has run yet" : "no module for `" + target + "`");
        }
        List<String> fnNames = WatPrinter.functionNames(last.wasm());
        String item = target.strip();
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < fnNames.size(); i++) {
            if (matchesItem(fnNames.get(i), item)) {
                matching.add(i);
            }
        }
        if (matching.isEmpty()) {
            return Artifact.error(noSuch(item));
        }
        return Artifact.of(";; " + item + " in the module of " + last.name(), WatPrinter.print(last.wasm(), matching::contains));
    }

    @Override
    public Artifact ir(String target) {
        CommittedCell cell = cellFor(target);
        if (cell != null) {
            return Artifact.of(";; " + cell.name() + " (interim engine: the whole program so far)", WirPrinter.print(cell.ir()));
        }
        CommittedCell last = lastWithModule();
        if (last == null) {
            return Artifact.error(cells.isEmpty() ? "no cell has run yet" : "no module for `" + target + "`");
        }
        String item = target.strip();
        List<WirFunction> fns = last.ir().functions().stream().filter(fn -> matchesItem(fn.name(), item)).toList();
        if (fns.isEmpty()) {
            return Artifact.error(noSuch(item));
        }
        return Artifact.of(";; " + item + " in " + last.name(),
                WirPrinter.print(new WirModule(List.of(), null, List.of(), List.of(), fns)));
    }

    private String noSuch(String item) {
        for (Chunk i : items) {
            if (i.name().equals(item)) {
                return "`" + item + "` (" + ParsedCell.fileName(i.cell()) + ") has no code in the module yet: the compiler"
                        + " emits only what the cells' statements reach, so call it from a cell first";
            }
        }
        return "no cell or item `" + item + "` in the session (cells are named like `3` or `c3`; see `:items`)";
    }

    /** A function compiled for item {@code f}: named {@code f}, {@code path::f}, or an instance {@code f<..>}. */
    private static boolean matchesItem(String fnName, String item) {
        return fnName.equals(item) || fnName.endsWith("::" + item) || fnName.startsWith(item + "<")
                || fnName.startsWith(item + "::") || fnName.contains("::" + item + "<");
    }

    /** The committed cell a target names ({@code 3}, {@code c3}, {@code <cell 3>}), the last one for null, else null. */
    private CommittedCell cellFor(String target) {
        if (target == null || target.isBlank()) {
            return lastWithModule();
        }
        Matcher m = CELL_REF.matcher(target.strip());
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return cells.stream().filter(c -> c.number() == n).findFirst().orElse(null);
    }

    private CommittedCell lastWithModule() {
        return cells.isEmpty() ? null : cells.get(cells.size() - 1);
    }

    @Override
    public List<ModuleSize> sizes() {
        List<ModuleSize> out = new ArrayList<>();
        for (CommittedCell c : cells) {
            List<String> exports = new ArrayList<>();
            int functions = 0;
            Set<dev.wasmrust.runtime.Capability> needs = EnumSet.noneOf(dev.wasmrust.runtime.Capability.class);
            try {
                com.dylibso.chicory.wasm.WasmModule m = com.dylibso.chicory.wasm.Parser.parse(c.wasm());
                functions = m.functionSection().functionCount();
                for (int i = 0; i < m.exportSection().exportCount(); i++) {
                    exports.add(m.exportSection().getExport(i).name());
                }
                needs.addAll(ModuleAnatomy.needs(m));
            } catch (RuntimeException e) {
                // a module we produced always parses; if not, show its size alone
            }
            out.add(new ModuleSize("c" + c.number(), c.wasm().length, ModuleAnatomy.sections(c.wasm()), functions, exports, needs));
        }
        return out;
    }

    @Override
    public HostProfile hostProfile() {
        return profile;
    }

    @Override
    public HostSwitch switchHost(HostProfile next) {
        CommittedCell last = lastWithModule();
        if (last != null) {
            try (WasmSession probe = new WasmSession(SessionConfig.defaults().withProfile(next)
                    .withTiers(TierPolicy.forceInterpreter()))) {
                probe.load("program", last.wasm());
            } catch (CapabilityException e) {
                return new HostSwitch(false, e.getMessage() + "\nnote: the host profile stays `" + profile.cliName() + "`");
            } catch (LinkException e) {
                return new HostSwitch(false, "the session's module cannot load under `" + next.cliName() + "`: " + e.getMessage());
            }
        }
        HostProfile old = profile;
        profile = next;
        return new HostSwitch(true, "host profile: " + old.cliName() + " → " + next.cliName() + " (the session is kept)");
    }

    @Override
    public Capabilities capabilities() {
        Map<String, Set<dev.wasmrust.runtime.Capability>> needed = new LinkedHashMap<>();
        for (ModuleSize s : sizes()) {
            needed.put(s.cell(), s.needs());
        }
        return new Capabilities(profile, profile.capabilities(HostOptions.defaults()), needed);
    }

    // ---------------------------------------------------------------- save, drop, reset

    @Override
    public SavedSession save() {
        StringBuilder sb = new StringBuilder("// A WasmRust REPL session, saved by `:save`: the items, then the cells'"
                + " statements in order.\n// Run it with `wasmrust run FILE`.\n\n");
        for (Chunk i : items) {
            sb.append(i.text()).append("\n\n");
        }
        sb.append("fn main() {\n");
        for (CommittedCell c : cells) {
            if (c.statements().isEmpty() && c.tail() == null) {
                continue;
            }
            sb.append("    // ").append(c.name()).append('\n');
            c.statements().forEach(s -> sb.append("    ").append(s.text()).append('\n'));
            if (c.tail() != null) {
                if (c.valueShown()) {
                    sb.append("    println!(\"{:?}\", &(").append(c.tail().text()).append("));\n");
                } else {
                    sb.append("    ").append(c.tail().text()).append(";\n");
                }
            }
        }
        sb.append("}\n");
        List<String> notes = new ArrayList<>();
        if (items.stream().anyMatch(i -> i.key().equals("value:main"))) {
            notes.add("the session defines its own `fn main`; the saved file has two and will not compile");
        }
        return new SavedSession(sb.toString(), notes);
    }

    @Override
    public DropResult drop(String itemName) {
        String name = itemName.strip();
        List<Chunk> matching = items.stream().filter(i -> i.name().equals(name)).toList();
        if (matching.isEmpty()) {
            List<String> names = items.stream().map(Chunk::name).filter(n -> !n.isEmpty()).distinct().toList();
            String close = names.stream().filter(n -> dev.wasmrust.repl.engine.Names.similar(n, name)).findFirst().orElse(null);
            return new DropResult(false, "no item `" + name + "` in the session"
                    + (close != null ? "\nhelp: did you mean `" + close + "`?" : ""));
        }
        List<Chunk> before = List.copyOf(items);
        items.removeAll(matching);
        // the replayed statements must still compile without it
        Typed check = typeOfExpression("()");
        if (check.type == null) {
            items.clear();
            items.addAll(before);
            return new DropResult(false, "cannot drop `" + name + "`: the session still uses it"
                    + "\nnote: the interim engine replays every committed cell, so an item they use must stay");
        }
        sessionIndex = null;
        return new DropResult(true, "dropped " + matching.get(0).signature());
    }

    @Override
    public void reset() {
        items.clear();
        cells.clear();
        variables = List.of();
        sessionIndex = null;
    }

    // ---------------------------------------------------------------- completion

    @Override
    public List<Completion> members(String receiverExpression) {
        Typed t = typeOfExpression(receiverExpression);
        if (t.type == null) {
            return List.of();
        }
        Map<String, Completion> out = new LinkedHashMap<>();
        session().members(t.type).forEach(c -> out.putIfAbsent(c.value(), c));
        std().members(t.type).forEach(c -> out.putIfAbsent(c.value(), c));
        return List.copyOf(out.values());
    }

    @Override
    public List<Completion> pathMembers(String modulePath) {
        List<Completion> out = new ArrayList<>();
        List<String> std = StdPaths.children(modulePath);
        if (std != null) {
            for (String child : std) {
                boolean module = StdPaths.isModule(modulePath, child);
                String kind = module ? "mod" : Character.isUpperCase(child.charAt(0)) && !child.equals(child.toUpperCase()) ? "type" : "item";
                String descr = module || std().defines(child) || modulePath.endsWith("consts") || modulePath.matches("std::f(32|64)")
                        ? "" : "(not in WasmRust's standard library yet)";
                out.add(new Completion(child, kind, descr));
            }
            return out;
        }
        out.addAll(session().pathMembers(modulePath));
        out.addAll(std().pathMembers(modulePath));
        return out;
    }

    @Override
    public List<Completion> names() {
        List<Completion> out = new ArrayList<>();
        for (Variable v : variables) {
            out.add(new Completion(v.name(), "var", v.type()));
        }
        for (Chunk i : items) {
            if (!i.name().isEmpty()) {
                out.add(new Completion(i.name(), i.kind(), i.signature()));
            }
        }
        std().topLevel().forEach((n, k) -> out.add(new Completion(n, k, "")));
        for (String v : List.of("Some", "None", "Ok", "Err", "std", "core")) {
            out.add(new Completion(v, "prelude", ""));
        }
        return out;
    }

    private MemberIndex std() {
        if (stdIndex == null) {
            SourceMap sm = new SourceMap();
            Crate prelude = Prelude.parse(sm, new Diagnostics());
            stdIndex = MemberIndex.of(prelude.items(), sm);
        }
        return stdIndex;
    }

    private MemberIndex session() {
        if (sessionIndex == null) {
            SourceMap sm = new SourceMap();
            StringBuilder sb = new StringBuilder();
            items.forEach(i -> sb.append(i.text()).append('\n'));
            Crate c = SyntaxPhase.parseFile(sm, sm.add("<items>", sb.toString()), ModLoader.NONE, new Diagnostics());
            List<Item> its = c.items();
            sessionIndex = MemberIndex.of(its, sm);
        }
        return sessionIndex;
    }

    @Override
    public void close() {
        interrupt();
    }
}
