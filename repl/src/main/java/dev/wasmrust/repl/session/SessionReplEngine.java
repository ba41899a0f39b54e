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
import dev.wasmrust.runtime.CellInfo;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.CellOutcome;
import dev.wasmrust.runtime.HostOptions;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.SessionConfig;
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
 * session. What the session API answers is passed through (evaluate, interrupt, variables, items, host
 * profile); types and completions come from {@link TypeProbe} over the session's item sources and variable
 * types; {@code :save} from the cells this adapter saw commit. What the session API does not offer yet
 * ({@code :wat}, {@code :ir}, module sizes, {@code :drop}, capabilities per module) is reported as such.
 */
public final class SessionReplEngine implements ReplEngine {
    /** A cell this adapter saw: its source and whether its statements (OK) or only its items (panic) were kept. */
    private record Seen(String source, boolean statementsKept, boolean valueShown) {}

    private HostProfile profile;
    private Session session;
    private final List<Seen> committed = new ArrayList<>();
    private MemberIndex stdIndex;

    public SessionReplEngine(HostProfile profile) {
        this.profile = profile;
        this.session = newSession(profile);
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
        dev.wasmrust.session.CellResult r = session.eval(source, io);
        long run = r.phaseNanos().getOrDefault("run", 0L);
        long compile = r.phaseNanos().values().stream().mapToLong(Long::longValue).sum() - run;
        CellResult.Timings timings = new CellResult.Timings(compile, run);
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
                session.sources(), fault, timings);
    }

    @Override
    public void interrupt() {
        session.interrupt();
    }

    @Override
    public List<Variable> variables() {
        List<Variable> out = new ArrayList<>();
        for (dev.wasmrust.session.Variable v : session.variables()) {
            String type = v.moved() ? v.typeName() + " (moved in <cell " + v.movedInCell() + ">)" : v.typeName();
            out.add(new Variable(v.name(), type, v.mutable(), "<cell " + v.definedInCell() + ">"));
        }
        return out;
    }

    @Override
    public List<SessionItem> items() {
        List<SessionItem> out = new ArrayList<>();
        for (String text : session.items()) {
            for (Chunk c : parse(text).items()) {
                out.add(new SessionItem(c.name(), c.kind(), c.signature(), ""));
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
        for (dev.wasmrust.session.Variable v : session.variables()) {
            if (!v.moved()) {
                vars.add(new TypeProbe.Declared(v.name(), v.typeName(), v.mutable()));
            }
        }
        return TypeProbe.typeOf(session.items(), vars, expression);
    }

    @Override
    public Artifact wat(String target) {
        return Artifact.error("`:wat` needs the session engine to keep each cell's module bytes (Session has no accessor"
                + " for them yet); start with `--engine=interim` to see WebAssembly text");
    }

    @Override
    public Artifact ir(String target) {
        return Artifact.error("`:ir` needs the session engine to keep each cell's WasmIR (Session has no accessor for it"
                + " yet); start with `--engine=interim` to see it");
    }

    @Override
    public List<ModuleSize> sizes() {
        List<ModuleSize> out = new ArrayList<>();
        for (String name : session.runtime().cellNames()) {
            CellInfo info = session.runtime().cell(name).orElse(null);
            if (info != null) {
                out.add(new ModuleSize(name, -1, Map.of(), info.exports().size(), info.exports(), Set.of()));
            }
        }
        return out;
    }

    @Override
    public HostProfile hostProfile() {
        return session.profile();
    }

    @Override
    public HostSwitch switchHost(HostProfile next) {
        HostProfile old = session.profile();
        try {
            session.switchProfile(next);
        } catch (CapabilityException e) {
            return new HostSwitch(false, e.getMessage() + "\nnote: the host profile stays `" + old.cliName() + "`");
        }
        profile = next;
        return new HostSwitch(true, "host profile: " + old.cliName() + " → " + next.cliName() + " (the session is kept)");
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(session.profile(), session.profile().capabilities(HostOptions.defaults()), Map.of());
    }

    @Override
    public SavedSession save() {
        StringBuilder sb = new StringBuilder("// A WasmRust REPL session, saved by `:save`: the items, then the cells'"
                + " statements in order.\n// Run it with `wasmrust run FILE`.\n\n");
        for (String item : session.items()) {
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
        return new DropResult(false, "`:drop` needs the session engine to remove items (Session has no drop yet)");
    }

    @Override
    public void reset() {
        session.close();
        session = newSession(profile);
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
        String text = String.join("\n", session.items());
        Crate c = SyntaxPhase.parseFile(sm, sm.add("<items>", text), ModLoader.NONE, new Diagnostics());
        List<Item> its = c.items();
        return MemberIndex.of(its, sm);
    }

    @Override
    public void close() {
        session.close();
    }
}
