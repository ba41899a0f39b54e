package dev.wasmrust.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wasmrust.compiler.syntax.Completeness;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.repl.HeadlessRepl;
import dev.wasmrust.repl.engine.Completion;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.InputSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.wasmrust.kernel.wire.KernelConnection;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InspectRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.IsCompleteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;

/**
 * The Jupyter kernel: jjava's {@link BaseKernel} with every request handler that jjava 1.0-a6 gets wrong
 * (or that needs more than jjava's model of "evaluate, then render one object") replaced, over the REPL's
 * session engine. Replies and IOPub content are built as JSON here so that they follow protocol 5.3
 * exactly: a {@code status} in every reply, history entries as tuples, cursor positions in code points.
 * Cells run on the shell channel's thread; interrupt and shutdown arrive on the control channel's.
 */
public final class WasmRustKernel extends BaseKernel {
    private final ReplEngine engine;
    private final HeadlessRepl repl;
    private final CellExecutor executor;
    private final Inspector inspector;
    private final KernelHistory history = new KernelHistory();
    private final KernelLog log;
    private KernelConnection connection;
    /** Sends a cell's batched output while it runs (see {@link StreamBatcher}); one daemon thread per kernel. */
    private final java.util.concurrent.ScheduledExecutorService streamTimer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wasmrust-stream-flush");
                t.setDaemon(true);
                return t;
            });

    public WasmRustKernel(ReplEngine engine, String version, Path workingDir, KernelLog log) {
        super("wasmrust", version, KernelInfo.languageInfo(), KernelInfo.helpLinks(), null,
                new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null, new MagicsRegistry(),
                false, new StringStyler.Builder().build());
        this.engine = engine;
        this.repl = new HeadlessRepl(engine, workingDir);
        this.executor = new CellExecutor(engine, repl);
        this.inspector = new Inspector(engine);
        this.log = log;
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection c) {
        super.becomeHandlerForConnection(c);
        if (c instanceof KernelConnection) {
            connection = (KernelConnection) c;
        }
    }

    @Override
    public String getBanner() {
        return "WasmRust " + getVersion() + " · Rust compiled to WebAssembly, run in Chicory · " + engine.description()
                + " · host " + engine.hostProfile().cliName() + " · :help for the commands";
    }

    // ---- execute ----

    @Override
    protected void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> msg) {
        commManager.setMessageContext(msg);
        ExecuteRequest req = msg.getContent();
        String code = req.getCode() == null ? "" : req.getCode();
        boolean silent = req.isSilent();
        boolean store = req.shouldStoreHistory() && !silent;
        env.setBusyDeferIdle();
        int count = store ? executionCount.getAndIncrement() : Math.max(1, executionCount.get() - 1);
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            publish(env, MessageType.PUBLISH_EXECUTE_INPUT, input);
        }
        StreamBatcher outputs = new StreamBatcher(silent ? Outputs.NONE : new IopubOutputs(env), streamTimer);
        InputSource in = req.isStdinEnabled() ? new FrontEndInput(env, outputs) : InputSource.EMPTY;
        Execution ex;
        try {
            ex = executor.run(code, outputs, in);
        } finally {
            outputs.flush();
        }
        if (store) {
            history.add(count, code, ex.outputText());
        }
        JsonObject reply = new JsonObject();
        if (ex.failed()) {
            JsonObject error = errorContent(ex.error());
            if (!silent) {
                publish(env, MessageType.PUBLISH_ERROR, error.deepCopy());
            }
            reply.addProperty("status", "error");
            reply.addProperty("execution_count", count);
            error.entrySet().forEach(e -> reply.add(e.getKey(), e.getValue()));
            if (req.shouldStopOnError() && connection != null) {
                connection.abortQueuedExecutes();
            }
        } else {
            if (ex.result() != null && !silent) {
                JsonObject result = new JsonObject();
                result.addProperty("execution_count", count);
                result.add("data", ex.result().toJson());
                result.add("metadata", new JsonObject());
                publish(env, MessageType.PUBLISH_EXECUTION_RESULT, result);
            }
            reply.addProperty("status", "ok");
            reply.addProperty("execution_count", count);
            reply.add("user_expressions", new JsonObject());
            JsonArray payload = new JsonArray();
            if (ex.page() != null) {
                JsonObject page = new JsonObject();
                page.addProperty("source", "page");
                page.add("data", ex.page().toJson());
                page.addProperty("start", 0);
                payload.add(page);
            }
            reply.add("payload", payload);
        }
        reply(env, MessageType.EXECUTE_REPLY, reply);
    }

    private static JsonObject errorContent(ErrorReport e) {
        JsonObject o = new JsonObject();
        o.addProperty("ename", e.ename());
        o.addProperty("evalue", e.evalue());
        JsonArray tb = new JsonArray();
        e.traceback().forEach(tb::add);
        o.add("traceback", tb);
        return o;
    }

    /** Outputs of a cell as IOPub messages, sent as they happen. */
    private final class IopubOutputs implements Outputs {
        private final ShellReplyEnvironment env;

        IopubOutputs(ShellReplyEnvironment env) {
            this.env = env;
        }

        @Override
        public void stream(String name, String text) {
            if (text.isEmpty()) {
                return;
            }
            JsonObject s = new JsonObject();
            s.addProperty("name", name);
            s.addProperty("text", text);
            publish(env, MessageType.PUBLISH_STREAM, s);
        }

        @Override
        public void display(MimeBundle bundle) {
            JsonObject d = new JsonObject();
            d.add("data", bundle.toJson());
            d.add("metadata", new JsonObject());
            d.add("transient", new JsonObject());
            publish(env, MessageType.PUBLISH_DISPLAY_DATA, d);
        }

        @Override
        public void clear() {
            JsonObject c = new JsonObject();
            c.addProperty("wait", false);
            publish(env, MessageType.PUBLISH_CLEAR_OUTPUT, c);
        }
    }

    /** A cell's reads from stdin, answered by the front end through {@code input_request}. */
    private static final class FrontEndInput implements InputSource {
        private final ShellReplyEnvironment env;
        private final StreamBatcher outputs;

        FrontEndInput(ShellReplyEnvironment env, StreamBatcher outputs) {
            this.env = env;
            this.outputs = outputs;
        }

        @Override
        public String readLine() {
            // a prompt printed without a newline must be on screen before the front end asks
            outputs.flush();
            String line = env.readFromStdIn("", false);
            if (line == null) {
                return null;
            }
            // jjava appends the platform's line separator; the runtime adds its own \n
            return line.endsWith(System.lineSeparator()) ? line.substring(0, line.length() - System.lineSeparator().length()) : line;
        }
    }

    // ---- introspection ----

    @Override
    protected void handleCompleteRequest(ShellReplyEnvironment env, Message<CompleteRequest> msg) {
        env.setBusyDeferIdle();
        String code = msg.getContent().getCode() == null ? "" : msg.getContent().getCode();
        int cursor = CodePoints.toIndex(code, msg.getContent().getCursorPos());
        HeadlessRepl.Completions c = completions(code, cursor);
        JsonObject r = new JsonObject();
        JsonArray matches = new JsonArray();
        JsonArray types = new JsonArray();
        for (Completion choice : c.choices()) {
            matches.add(choice.value());
            JsonObject t = new JsonObject();
            t.addProperty("text", choice.value());
            t.addProperty("type", choice.kind());
            t.addProperty("signature", choice.description() == null ? "" : choice.description());
            t.addProperty("start", CodePoints.toCodePoints(code, c.start()));
            t.addProperty("end", CodePoints.toCodePoints(code, cursor));
            types.add(t);
        }
        r.addProperty("status", "ok");
        r.add("matches", matches);
        r.addProperty("cursor_start", CodePoints.toCodePoints(code, c.start()));
        r.addProperty("cursor_end", CodePoints.toCodePoints(code, cursor));
        JsonObject meta = new JsonObject();
        meta.add("_jupyter_types_experimental", types);
        r.add("metadata", meta);
        reply(env, MessageType.COMPLETE_REPLY, r);
    }

    /** The REPL's completions, also for members of variables bound earlier in the same cell. */
    private HeadlessRepl.Completions completions(String code, int cursor) {
        HeadlessRepl.Completions c = repl.complete(code, cursor);
        if (!c.choices().isEmpty()) {
            return c;
        }
        String before = code.substring(0, cursor);
        String replaced = CellBindings.substitute(before);
        if (replaced == null) {
            return c;
        }
        HeadlessRepl.Completions local = repl.complete(replaced + code.substring(cursor), replaced.length());
        return new HeadlessRepl.Completions(local.start() - (replaced.length() - before.length()), local.word(), local.choices());
    }

    @Override
    protected void handleInspectRequest(ShellReplyEnvironment env, Message<InspectRequest> msg) {
        env.setBusyDeferIdle();
        String code = msg.getContent().getCode() == null ? "" : msg.getContent().getCode();
        MimeBundle found = inspector.inspect(code, CodePoints.toIndex(code, msg.getContent().getCursorPos()));
        JsonObject r = new JsonObject();
        r.addProperty("status", "ok");
        r.addProperty("found", found != null);
        r.add("data", found == null ? new JsonObject() : found.toJson());
        r.add("metadata", new JsonObject());
        reply(env, MessageType.INSPECT_REPLY, r);
    }

    @Override
    protected void handleIsCodeCompeteRequest(ShellReplyEnvironment env, Message<IsCompleteRequest> msg) {
        env.setBusyDeferIdle();
        String code = msg.getContent().getCode() == null ? "" : msg.getContent().getCode();
        JsonObject r = new JsonObject();
        String verdict = isComplete(code);
        switch (verdict) {
            case IS_COMPLETE_YES:
            case IS_COMPLETE_BAD:
            case IS_COMPLETE_MAYBE:
                r.addProperty("status", verdict);
                break;
            default:
                r.addProperty("status", "incomplete");
                r.addProperty("indent", verdict);
        }
        reply(env, MessageType.IS_COMPLETE_REPLY, r);
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> msg) {
        env.setBusyDeferIdle();
        HistoryRequest req = msg.getContent();
        List<KernelHistory.Entry> entries;
        switch (req.getAccessType()) {
            case TAIL:
                entries = history.tail(((HistoryRequest.Tail) req).getMaxReturnLength());
                break;
            case RANGE: {
                HistoryRequest.Range r = (HistoryRequest.Range) req;
                entries = history.range(r.getSessionIndex(), r.getStart(), r.getStop());
                break;
            }
            default: {
                HistoryRequest.Search s = (HistoryRequest.Search) req;
                entries = history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
            }
        }
        JsonArray list = new JsonArray();
        for (KernelHistory.Entry e : entries) {
            JsonArray t = new JsonArray();
            t.add(KernelHistory.SESSION);
            t.add(e.line());
            if (req.includeOutput()) {
                JsonArray io = new JsonArray();
                io.add(e.input());
                io.add(e.output());
                t.add(io);
            } else {
                t.add(e.input());
            }
            list.add(t);
        }
        JsonObject r = new JsonObject();
        r.addProperty("status", "ok");
        r.add("history", list);
        reply(env, MessageType.HISTORY_REPLY, r);
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> msg) {
        env.setBusyDeferIdle();
        reply(env, MessageType.KERNEL_INFO_REPLY, KernelInfo.reply(getVersion(), getBanner()));
    }

    // ---- control ----

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> msg) {
        env.setBusyDeferIdle();
        interrupt();
        JsonObject r = new JsonObject();
        r.addProperty("status", "ok");
        reply(env, MessageType.INTERRUPT_REPLY, r);
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> msg) {
        env.setBusyDeferIdle();
        boolean restart = msg.getContent().isRestart();
        log.info("shutdown requested" + (restart ? " (the front end restarts the kernel)" : ""));
        // a running cell must not keep the process alive
        engine.interrupt();
        JsonObject r = new JsonObject();
        r.addProperty("status", "ok");
        r.addProperty("restart", restart);
        reply(env, MessageType.SHUTDOWN_REPLY, r);
        env.resolveDeferrals();
        env.markForShutdown();
    }

    @Override
    public void interrupt() {
        engine.interrupt();
    }

    // ---- BaseKernel's evaluation API, for code that drives the kernel without a front end ----

    /** Runs a cell with its output discarded; the value's Debug text, or an exception carrying the error. */
    @Override
    public Object evalRaw(String source) {
        Execution ex = executor.run(source, Outputs.NONE, InputSource.EMPTY);
        if (ex.failed()) {
            throw new IllegalStateException(ex.error().ename() + ": " + ex.error().evalue());
        }
        return ex.result() == null ? null : ex.result().get("text/plain");
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        MimeBundle b = inspector.inspect(code, at);
        if (b == null) {
            return null;
        }
        DisplayData d = new DisplayData();
        b.data().forEach(d::putData);
        return d;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        HeadlessRepl.Completions c = completions(code, at);
        List<String> values = new ArrayList<>();
        c.choices().forEach(x -> values.add(x.value()));
        return new ReplacementOptions(values, c.start(), at);
    }

    @Override
    public String isComplete(String code) {
        if (code.isBlank() || HeadlessRepl.isCommand(code)) {
            return IS_COMPLETE_YES;
        }
        Completeness c = SyntaxPhase.isComplete(code);
        switch (c.kind()) {
            case COMPLETE:
                return IS_COMPLETE_YES;
            case INVALID:
                return IS_COMPLETE_BAD;
            default:
                return c.indent();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        streamTimer.shutdownNow();
        engine.close();
    }

    // ---- sending ----

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void reply(ShellReplyEnvironment env, MessageType<?> type, JsonObject content) {
        env.reply(new Message(env.getContext(), type, content));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void publish(ShellReplyEnvironment env, MessageType<?> type, JsonObject content) {
        env.publish(new Message(env.getContext(), type, content));
    }
}
