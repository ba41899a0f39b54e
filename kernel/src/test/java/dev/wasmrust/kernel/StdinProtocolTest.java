package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.StdStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell's reads from stdin become {@code input_request}s on the stdin channel when the front end allows
 * it, and end of input when it does not. The compiler cannot read stdin from Rust yet, so an engine that
 * reads one line for every cell stands in for it here.
 */
class StdinProtocolTest {
    private static final int TIMEOUT = 30_000;

    /** An engine whose every cell reads a line and shows it upper-cased (as a cell would with read_line). */
    private static ReplEngine readingEngine() {
        return (ReplEngine) Proxy.newProxyInstance(ReplEngine.class.getClassLoader(), new Class<?>[] {ReplEngine.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "evaluate": {
                            CellIo io = (CellIo) args[1];
                            io.output().output(StdStream.STDOUT, "name? ");
                            String line = io.input().readLine();
                            return new CellResult("<cell 1>", CellResult.Outcome.OK,
                                    line == null ? "None" : "Some(" + '"' + line.toUpperCase() + '"' + ")", "Option<String>",
                                    List.of(), new dev.wasmrust.compiler.source.SourceMap(), null, CellResult.Timings.NONE);
                        }
                        case "description":
                            return "line-reading test engine";
                        case "hostProfile":
                            return HostProfile.WASMTIME;
                        case "interrupt":
                        case "close":
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Test
    void readsBecomeInputRequestsWhenAllowed() throws Exception {
        var props = ProtocolClient.freePorts();
        KernelServer server = KernelServer.start(props, readingEngine(), "test", Path.of("."),
                new KernelLog(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
        Thread waiter = new Thread(server::awaitShutdown);
        waiter.start();
        try (ProtocolClient c = new ProtocolClient(props)) {
            // as jupyter_client does before executing: a kernel_info round trip, so that the stdin socket's
            // connection is made before the kernel addresses an input_request to it (a ROUTER drops messages
            // for peers it does not know yet; without this the test failed once in CI on a loaded machine)
            String info = c.send(c.shell, "kernel_info_request", new JsonObject());
            assertNotNull(c.reply(c.shell, info, TIMEOUT), "no kernel_info_reply");
            JsonObject req = ProtocolClient.execute("read a line");
            req.addProperty("allow_stdin", true);
            String id = c.send(c.shell, "execute_request", req);
            ProtocolClient.Msg ask = c.receive(c.stdin, TIMEOUT);
            assertNotNull(ask, "no input_request");
            assertEquals("input_request", ask.type());
            assertEquals(id, ask.parentId());
            JsonObject answer = new JsonObject();
            answer.addProperty("value", "ferris");
            c.send(c.stdin, "input_reply", answer);
            ProtocolClient.Msg reply = c.reply(c.shell, id, TIMEOUT);
            assertEquals("ok", reply.content().get("status").getAsString());
            List<ProtocolClient.Msg> io = c.iopubUntilIdle(id, TIMEOUT);
            assertTrue(io.stream().anyMatch(m -> m.type().equals("execute_result")
                    && m.content().getAsJsonObject("data").get("text/plain").getAsString().equals("Some(\"FERRIS\")")), io.toString());

            String id2 = c.send(c.shell, "execute_request", ProtocolClient.execute("read a line"));
            assertEquals("ok", c.reply(c.shell, id2, TIMEOUT).content().get("status").getAsString());
            assertTrue(c.iopubUntilIdle(id2, TIMEOUT).stream().anyMatch(m -> m.type().equals("execute_result")
                    && m.content().getAsJsonObject("data").get("text/plain").getAsString().equals("None")));
        } finally {
            server.stop();
            waiter.join(10_000);
        }
    }
}
