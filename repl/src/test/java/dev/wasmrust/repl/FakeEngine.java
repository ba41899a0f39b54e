package dev.wasmrust.repl;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
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
import dev.wasmrust.runtime.Capability;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.StdStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scripted engine for the front end's tests: cells are recognised by their text. {@code loop {}} runs
 * until interrupted; {@code bad} is rejected with an E0308 pointing at the cell; {@code boom} panics;
 * {@code print!(..)}-like cells print; anything else evaluates to its own text as the value.
 */
final class FakeEngine implements ReplEngine {
    final List<String> evaluated = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private HostProfile profile = HostProfile.WASMTIME;
    private int cell;

    @Override
    public String description() {
        return "fake engine";
    }

    @Override
    public CellResult evaluate(String source, CellIo io) {
        evaluated.add(source);
        String name = "<cell " + ++cell + ">";
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add(name, source);
        String s = source.strip();
        if (s.equals("loop {}")) {
            running.countDown();
            try {
                boolean stopped = interrupted.await(30, TimeUnit.SECONDS);
                return new CellResult(name, stopped ? CellResult.Outcome.INTERRUPTED : CellResult.Outcome.FAULTED, null, null,
                        List.of(), sm, stopped ? "the cell was interrupted after 5 ms" : "never interrupted", CellResult.Timings.NONE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CellResult(name, CellResult.Outcome.FAULTED, null, null, List.of(), sm, "test interrupted", CellResult.Timings.NONE);
            }
        }
        if (s.equals("bad")) {
            Diagnostic d = Diagnostic.error("E0308", "mismatched types").primary(new Span(f.id(), 0, 3), "expected `i32`").build();
            return new CellResult(name, CellResult.Outcome.REJECTED, null, null, List.of(d), sm, null, CellResult.Timings.NONE);
        }
        if (s.equals("boom")) {
            io.output().output(StdStream.STDERR, "\nthread 'main' panicked at " + name + ":1:1:\nboom\n");
            return new CellResult(name, CellResult.Outcome.PANICKED, null, null, List.of(), sm, null, CellResult.Timings.NONE);
        }
        if (s.startsWith("say ")) {
            io.output().output(StdStream.STDOUT, s.substring(4));
            return new CellResult(name, CellResult.Outcome.OK, null, null, List.of(), sm, null, new CellResult.Timings(1_000_000, 2_000_000));
        }
        if (s.startsWith("read")) {
            try {
                String line = io.input().readLine();
                return new CellResult(name, CellResult.Outcome.OK, "\"" + line + "\"", "String", List.of(), sm, null, CellResult.Timings.NONE);
            } catch (InterruptedException e) {
                return new CellResult(name, CellResult.Outcome.INTERRUPTED, null, null, List.of(), sm, "interrupted", CellResult.Timings.NONE);
            }
        }
        return new CellResult(name, CellResult.Outcome.OK, s.equals("()") ? null : s, "i32", List.of(), sm, null,
                CellResult.Timings.NONE);
    }

    @Override
    public void interrupt() {
        calls.add("interrupt");
        interrupted.countDown();
    }

    @Override
    public List<Variable> variables() {
        return List.of(new Variable("count", "i32", true, "<cell 1>"), new Variable("name", "String", false, "<cell 2>"));
    }

    @Override
    public List<SessionItem> items() {
        return List.of(new SessionItem("area", "fn", "fn area(w: u32) -> u32", "<cell 1>"),
                new SessionItem("Shape", "enum", "enum Shape", "<cell 2>"));
    }

    @Override
    public TypeAnswer typeOf(String expression) {
        calls.add("type " + expression);
        if (expression.equals("bad")) {
            SourceMap sm = new SourceMap();
            SourceFile f = sm.add("<expr>", expression);
            return new TypeAnswer(null, List.of(Diagnostic.error("E0425", "cannot find value `bad` in this scope")
                    .primary(new Span(f.id(), 0, 3), "not found in this scope").build()), sm);
        }
        return new TypeAnswer("u8", List.of(), new SourceMap());
    }

    @Override
    public Artifact wat(String target) {
        calls.add("wat " + target);
        return target != null && target.equals("nothing") ? Artifact.error("no cell or item `nothing`")
                : Artifact.of(";; " + target, "(module)");
    }

    @Override
    public Artifact ir(String target) {
        calls.add("ir " + target);
        return Artifact.of(null, "wasmir 1\nfunc $area");
    }

    @Override
    public List<ModuleSize> sizes() {
        return List.of(new ModuleSize("c1", 1234, Map.of("code", 1000, "type", 234), 3, List.of("area"),
                EnumSet.of(Capability.WASI)));
    }

    @Override
    public HostProfile hostProfile() {
        return profile;
    }

    @Override
    public HostSwitch switchHost(HostProfile p) {
        if (p == HostProfile.EMBEDDED) {
            return new HostSwitch(false, "cell `c1` needs wasi, which host profile `embedded` lacks");
        }
        profile = p;
        return new HostSwitch(true, "host profile: " + p.cliName());
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(profile, EnumSet.of(Capability.WASI, Capability.SESSION_ABI), Map.of("c1", EnumSet.of(Capability.WASI)));
    }

    @Override
    public SavedSession save() {
        return new SavedSession("fn main() {\n    println!(\"saved\");\n}\n", List.of("a note"));
    }

    @Override
    public DropResult drop(String itemName) {
        calls.add("drop " + itemName);
        return itemName.equals("area") ? new DropResult(true, "dropped fn area(w: u32) -> u32")
                : new DropResult(false, "no item `" + itemName + "` in the session");
    }

    @Override
    public void reset() {
        calls.add("reset");
    }

    @Override
    public List<Completion> members(String receiverExpression) {
        calls.add("members " + receiverExpression);
        return List.of(new Completion("push", "method", "fn push(&mut self, value: T)"), new Completion("len", "method", "fn len(&self) -> usize"));
    }

    @Override
    public List<Completion> pathMembers(String modulePath) {
        calls.add("path " + modulePath);
        return modulePath.equals("std::collections")
                ? List.of(new Completion("HashMap", "type", ""), new Completion("VecDeque", "type", "")) : List.of();
    }

    @Override
    public List<Completion> names() {
        return List.of(new Completion("count", "var", "i32"), new Completion("area", "fn", "fn area(w: u32) -> u32"));
    }

    @Override
    public void close() {
    }
}
