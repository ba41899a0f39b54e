package dev.wasmrust.repl.session;

import dev.wasmrust.compiler.Prelude;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.repl.analysis.Chunk;
import dev.wasmrust.repl.analysis.MemberIndex;
import dev.wasmrust.repl.analysis.ParsedCell;
import dev.wasmrust.repl.analysis.StdPaths;
import dev.wasmrust.repl.analysis.TypeProbe;
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
import dev.wasmrust.runtime.CapabilityException;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.CellOutcome;
import dev.wasmrust.runtime.HostOptions;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.SessionConfig;
import dev.wasmrust.repl.wat.ModuleAnatomy;
import dev.wasmrust.repl.wat.WatPrinter;
import dev.wasmrust.session.CellModule;
import dev.wasmrust.session.CellStatus;
import dev.wasmrust.session.Session;
import dev.wasmrust.session.SessionOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The REPL on the incremental session engine ({@link Session}): each cell its own module linked into the
 * session. What the session API answers is passed through (evaluate, interrupt, variables, items and their
 * cells, each cell's module for {@code :wat}, {@code :ir} and {@code :size}, {@code :drop}, host profile); types
 * and completions come from {@link TypeProbe} over the session's item sources and variable types;
 * {@code :save} from the cells this adapter saw commit.
 */
public final class SessionReplEngine implements ReplEngine {
    /** A cell this adapter saw: its source and whether its statements (OK) or only its items (panic) were kept. */
    private record Seen(String source, boolean statementsKept, boolean valueShown) {}

    private HostProfile profile;
    /** Made on a background thread (defining the standard library takes a moment), so the prompt comes at once. */
    private java.util.concurrent.CompletableFuture<Session> pending;
    private final List<Seen> committed = new ArrayList<>();
    private MemberIndex stdIndex;

    public SessionReplEngine(HostProfile profile) {
        this.profile = profile;
        this.pending = start(profile);
    }

    private static java.util.concurrent.CompletableFuture<Session> start(HostProfile profile) {
        java.util.concurrent.CompletableFuture<Session> f = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(null, () -> {
            try {
                f.complete(newSession(profile));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "wasmrust-session-start", 64L << 20);
        t.setDaemon(true);
        t.start();
        return f;
    }

    private Session session() {
        return pending.join();
    }

    private static Session newSession(HostProfile profile) {
        return new Session(SessionOptions.defaults().withRuntime(SessionConfig.defaults().withProfile(profile)));
    }

    @Override
    public String description() {
        return "session engine";
    }

    @Override
    public CellResult evaluate(String source, CellIo io) {
        cancelled = false;
        evaluating = true;
        dev.wasmrust.session.CellResult r;
        try {
            Session s = session();
            if (cancelled) {
                // interrupted while the session was still starting
                return new CellResult("<cell ?>", CellResult.Outcome.INTERRUPTED, null, null, List.of(), s.sources(),
                        "interrupted before the cell started", new CellResult.Timings(0, 0));
            }
            r = s.eval(source, io);
        } finally {
            evaluating = false;
        }
        long run = r.phaseNanos().getOrDefault("run", 0L);
        long compile = r.phaseNanos().values().stream().mapToLong(Long::longValue).sum() - run;
        Map<String, Long> phases = new LinkedHashMap<>();
        r.phaseNanos().forEach((phase, nanos) -> phases.put(phase.equals("link") ? "instantiate" : phase, nanos));
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String phase : List.of("parse", "resolve", "check", "lower", "encode", "instantiate", "run")) {
            if (phases.containsKey(phase)) {
                ordered.put(phase, phases.get(phase));
            }
        }
        CellResult.Timings timings = new CellResult.Timings(compile, run, ordered);
        CellResult.Outcome outcome;
        String fault = null;
        switch (r.status()) {
            case OK -> outcome = CellResult.Outcome.OK;
            case PANIC -> outcome = CellResult.Outcome.PANICKED;
            case ERROR -> outcome = CellResult.Outcome.REJECTED;
            default -> {
                CellOutcome o = r.outcome();
                outcome = o instanceof CellOutcome.Interrupted ? CellResult.Outcome.INTERRUPTED
                        : o instanceof CellOutcome.Exited ? CellResult.Outcome.EXITED : CellResult.Outcome.FAULTED;
                fault = r.faultMessage().orElse(o == null ? "the cell failed" : o.describe());
            }
        }
        if (r.status() == CellStatus.OK || r.status() == CellStatus.PANIC) {
            committed.add(new Seen(source, r.status() == CellStatus.OK, r.value().isPresent()));
        }
        return new CellResult(r.name(), outcome, r.value().orElse(null), r.typeName().orElse(null), r.diagnostics(),
                session().sources(), fault, timings);
    }

    @Override
    public void interrupt() {
        if (evaluating) {
            cancelled = true;
        }
        if (pending.isDone()) {
            session().interrupt();
        }
    }

    /** An interrupt may arrive while {@link #evaluate} waits for the session to start. */
    private volatile boolean evaluating;
    private volatile boolean cancelled;

    @Override
    public List<Variable> variables() {
        List<Variable> out = new ArrayList<>();
        for (dev.wasmrust.session.Variable v : session().variables()) {
            String type = v.moved() ? v.typeName() + " (moved in <cell " + v.movedInCell() + ">)"
                    : v.typeReplaced() ? v.typeName() + " (the definition before <cell " + v.typeReplacedIn() + ">)" : v.typeName();
            out.add(new Variable(v.name(), type, v.mutable(), "<cell " + v.definedInCell() + ">"));
        }
        return out;
    }

    @Override
    public List<SessionItem> items() {
        List<SessionItem> out = new ArrayList<>();
        for (dev.wasmrust.session.ItemDefinition d : session().definitions()) {
            for (Chunk c : parse(d.text()).items()) {
                out.add(new SessionItem(c.name(), c.kind(), c.signature(), ParsedCell.fileName(d.cell())
                        + (d.valid() ? "" : " (invalid: " + d.invalidBecause() + ")")));
            }
        }
        return out;
    }

    private static ParsedCell parse(String text) {
        SourceMap sm = new SourceMap();
        return ParsedCell.parse(0, text, sm, sm.add("<item>", text));
    }

    @Override
    public TypeAnswer typeOf(String expression) {
        TypeProbe.Answer a = probe(expression);
        return new TypeAnswer(a.type() == null ? null : a.type().toString(), a.diagnostics(), a.sources());
    }

    private TypeProbe.Answer probe(String expression) {
        List<TypeProbe.Declared> vars = new ArrayList<>();
        for (dev.wasmrust.session.Variable v : session().variables()) {
            if (!v.moved() && !v.typeReplaced()) {
                vars.add(new TypeProbe.Declared(v.name(), v.typeName(), v.mutable()));
            }
        }
        return TypeProbe.typeOf(session().items(), vars, expression);
    }

    private static final java.util.regex.Pattern CELL_REF = java.util.regex.Pattern.compile("(?:<cell\\s*)?c?(?:ell)?\\s*(\\d+)>?");

    /** The module a target names: a cell ({@code 3}, {@code c3}, {@code <cell 3>}), the last one for null; else null. */
    private CellModule moduleFor(String target) {
        List<CellModule> all = session().modules();
        if (target == null || target.isBlank() || target.strip().equalsIgnoreCase("all")) {
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
        java.util.regex.Matcher m = CELL_REF.matcher(target.strip());
        if (!m.matches()) {
            return null;
        }
        return session().module(Integer.parseInt(m.group(1))).orElse(null);
    }

    /** The functions compiled for an item, each in the module that holds it (the newest compilation). */
    private Map<CellModule, List<String>> functionsOf(String item) {
        Map<CellModule, List<String>> out = new LinkedHashMap<>();
        for (CellModule m : session().modules()) {
            for (dev.wasmrust.compiler.wasmir.WirFunction f : m.ir().functions()) {
                if (matchesItem(f.name(), item) && session().definingModule(f.name()).map(c -> c == m.cell()).orElse(false)) {
                    out.computeIfAbsent(m, k -> new ArrayList<>()).add(f.name());
                }
            }
        }
        return out;
    }

    /** A function compiled for item {@code f}: named {@code f}, {@code path::f}, or an instance {@code f<..>}. */
    private static boolean matchesItem(String fnName, String item) {
        return fnName.equals(item) || fnName.endsWith("::" + item) || fnName.startsWith(item + "<")
                || fnName.startsWith(item + "::") || fnName.contains("::" + item + "<");
    }

    private String noModule(String target) {
        if (session().modules().isEmpty()) {
            return "no cell has run yet";
        }
        String item = target.strip();
        if (session().definitions().stream().anyMatch(d -> parse(d.text()).items().stream().anyMatch(c -> c.name().equals(item)))) {
            return "`" + item + "` has no code in any cell's module yet: the compiler emits only what a cell reaches, so call"
                    + " it from a cell first";
        }
        return "no cell or item `" + item + "` in the session (cells are named like `3` or `c3`; see `:items`)";
    }

    @Override
    public Artifact wat(String target) {
        CellModule m = moduleFor(target);
        if (m != null) {
            return Artifact.of(";; " + m.name() + ": " + m.wasm().length + " bytes, " + m.ir().functions().size()
                    + " functions, " + m.imported() + " imported from earlier cells", WatPrinter.print(m.wasm()));
        }
        Map<CellModule, List<String>> fns = functionsOf(target == null ? "" : target.strip());
        if (fns.isEmpty()) {
            return Artifact.error(noModule(target));
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<CellModule, List<String>> e : fns.entrySet()) {
            List<String> names = WatPrinter.functionNames(e.getKey().wasm());
            Set<Integer> wanted = new java.util.HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (e.getValue().contains(names.get(i))) {
                    wanted.add(i);
                }
            }
            text.append(WatPrinter.print(e.getKey().wasm(), wanted::contains));
        }
        return Artifact.of(";; " + target.strip() + " in the module of " + String.join(", ",
                fns.keySet().stream().map(CellModule::name).toList()), text.toString());
    }

    @Override
    public Artifact ir(String target) {
        CellModule m = moduleFor(target);
        if (m != null) {
            return Artifact.of(";; " + m.name(), dev.wasmrust.compiler.wasmir.WirPrinter.print(m.ir()));
        }
        Map<CellModule, List<String>> fns = functionsOf(target == null ? "" : target.strip());
        if (fns.isEmpty()) {
            return Artifact.error(noModule(target));
        }
        List<dev.wasmrust.compiler.wasmir.WirFunction> chosen = new ArrayList<>();
        fns.forEach((mod, names) -> mod.ir().functions().stream().filter(f -> names.contains(f.name())).forEach(chosen::add));
        return Artifact.of(";; " + target.strip() + " in " + String.join(", ", fns.keySet().stream().map(CellModule::name).toList()),
                dev.wasmrust.compiler.wasmir.WirPrinter.print(new dev.wasmrust.compiler.wasmir.WirModule(List.of(), null,
                        List.of(), List.of(), chosen)));
    }

    @Override
    public List<ModuleSize> sizes() {
        List<ModuleSize> out = new ArrayList<>();
        for (CellModule m : session().modules()) {
            List<String> exports = new ArrayList<>();
            int functions = m.ir().functions().size();
            Set<dev.wasmrust.runtime.Capability> needs = java.util.EnumSet.noneOf(dev.wasmrust.runtime.Capability.class);
            try {
                com.dylibso.chicory.wasm.WasmModule parsed = com.dylibso.chicory.wasm.Parser.parse(m.wasm());
                for (int i = 0; i < parsed.exportSection().exportCount(); i++) {
                    exports.add(parsed.exportSection().getExport(i).name());
                }
                needs.addAll(ModuleAnatomy.needs(parsed));
            } catch (RuntimeException e) {
                // a module the session loaded always parses; if not, show its size alone
            }
            out.add(new ModuleSize(m.name(), m.wasm().length, ModuleAnatomy.sections(m.wasm()), functions, exports, needs));
        }
        return out;
    }

    @Override
    public HostProfile hostProfile() {
        return profile; // kept in step with the session's (the banner must not wait for the session to start)
    }

    @Override
    public HostSwitch switchHost(HostProfile next) {
        HostProfile old = session().profile();
        try {
            session().switchProfile(next);
        } catch (CapabilityException e) {
            return new HostSwitch(false, e.getMessage() + "\nnote: the host profile stays `" + old.cliName() + "`");
        }
        profile = next;
        return new HostSwitch(true, "host profile: " + old.cliName() + " → " + next.cliName() + " (the session is kept)");
    }

    @Override
    public Capabilities capabilities() {
        Map<String, Set<dev.wasmrust.runtime.Capability>> needed = new LinkedHashMap<>();
        for (ModuleSize m : sizes()) {
            needed.put(m.cell(), m.needs());
        }
        return new Capabilities(session().profile(), session().profile().capabilities(HostOptions.defaults()), needed);
    }

    @Override
    public SavedSession save() {
        StringBuilder sb = new StringBuilder("// A WasmRust REPL session, saved by `:save`: the items, then the cells'"
                + " statements in order.\n// Run it with `wasmrust run FILE`.\n\n");
        for (String item : session().items()) {
            sb.append(item).append("\n\n");
        }
        sb.append("fn main() {\n");
        for (Seen s : committed) {
            if (!s.statementsKept()) {
                continue;
            }
            ParsedCell p = parse(s.source());
            p.statements().forEach(c -> sb.append("    ").append(c.text()).append('\n'));
            if (p.tail() != null) {
                sb.append(s.valueShown() ? "    println!(\"{:?}\", &(" + p.tail().text() + "));\n" : "    " + p.tail().text() + ";\n");
            }
        }
        sb.append("}\n");
        return new SavedSession(sb.toString(), List.of());
    }

    @Override
    public DropResult drop(String itemName) {
        String name = itemName.strip();
        dev.wasmrust.session.DropResult r = session().drop(name);
        if (r.dropped()) {
            String sig = parse(r.removed().get(0)).items().stream().map(Chunk::signature).findFirst().orElse(name);
            String notes = r.diagnostics().isEmpty() ? "" : "\n" + session().render(r.diagnostics(), false).strip();
            return new DropResult(true, "dropped " + sig + notes);
        }
        if (r.diagnostics().isEmpty()) {
            List<String> names = items().stream().map(SessionItem::name).filter(n -> !n.isEmpty()).distinct().toList();
            String close = names.stream().filter(n -> dev.wasmrust.repl.engine.Names.similar(n, name)).findFirst().orElse(null);
            return new DropResult(false, "no item `" + name + "` in the session"
                    + (close != null ? "\nhelp: did you mean `" + close + "`?" : ""));
        }
        return new DropResult(false, "cannot drop `" + name + "`:\n" + session().render(r.diagnostics(), false).strip());
    }

    @Override
    public void reset() {
        session().close();
        pending = start(profile);
        committed.clear();
    }

    @Override
    public List<Completion> members(String receiverExpression) {
        TypeProbe.Answer a = probe(receiverExpression);
        if (a.type() == null) {
            return List.of();
        }
        Map<String, Completion> out = new LinkedHashMap<>();
        sessionIndex().members(a.type()).forEach(c -> out.putIfAbsent(c.value(), c));
        std().members(a.type()).forEach(c -> out.putIfAbsent(c.value(), c));
        return List.copyOf(out.values());
    }

    @Override
    public List<Completion> pathMembers(String modulePath) {
        List<String> std = StdPaths.children(modulePath);
        List<Completion> out = new ArrayList<>();
        if (std != null) {
            for (String child : std) {
                out.add(new Completion(child, StdPaths.isModule(modulePath, child) ? "mod" : "item", ""));
            }
            return out;
        }
        out.addAll(sessionIndex().pathMembers(modulePath));
        out.addAll(std().pathMembers(modulePath));
        return out;
    }

    @Override
    public List<Completion> names() {
        List<Completion> out = new ArrayList<>();
        variables().forEach(v -> out.add(new Completion(v.name(), "var", v.type())));
        items().forEach(i -> {
            if (!i.name().isEmpty()) {
                out.add(new Completion(i.name(), i.kind(), i.signature()));
            }
        });
        std().topLevel().forEach((n, k) -> out.add(new Completion(n, k, "")));
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

    private MemberIndex sessionIndex() {
        SourceMap sm = new SourceMap();
        String text = String.join("\n", session().items());
        Crate c = SyntaxPhase.parseFile(sm, sm.add("<items>", text), ModLoader.NONE, new Diagnostics());
        List<Item> its = c.items();
        return MemberIndex.of(its, sm);
    }

    @Override
    public void close() {
        session().close();
    }
}
