package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.wasmrust.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shutdown, restart on the same ports, and a kernel that cannot start (no connection file, ports taken). */
class KernelLifecycleTest {
    private static final int TIMEOUT = 60_000;

    @Test
    void aRestartEndsTheKernelAndANewOneServesTheSamePortsWithAFreshSession() throws Exception {
        KernelConnectionProperties props = ProtocolClient.freePorts();
        RunningKernel first = new RunningKernel(props);
        ProtocolClient c = first.client;
        String id = c.send(c.shell, "execute_request", ProtocolClient.execute("let remembered = 7;"));
        assertEquals("ok", c.reply(c.shell, id, TIMEOUT).content().get("status").getAsString());
        JsonObject req = new JsonObject();
        req.addProperty("restart", true);
        id = c.send(c.control, "shutdown_request", req);
        ProtocolClient.Msg reply = c.reply(c.control, id, TIMEOUT);
        assertEquals("shutdown_reply", reply.type());
        assertEquals("ok", reply.content().get("status").getAsString());
        assertTrue(reply.content().get("restart").getAsBoolean());
        assertTrue(first.endsWithin(TIMEOUT), "the kernel did not end after shutdown_request");
        first.close();

        // what jupyter_client does next: start a new kernel on the same connection file
        try (RunningKernel second = new RunningKernel(props)) {
            ProtocolClient c2 = second.client;
            id = c2.send(c2.shell, "execute_request", ProtocolClient.execute("remembered"));
            ProtocolClient.Msg r = c2.reply(c2.shell, id, TIMEOUT);
            assertEquals("error", r.content().get("status").getAsString());
            assertEquals("E0425", r.content().get("ename").getAsString(), r.content().toString());
        }
    }

    @Test
    void aShutdownDuringAnEndlessLoopStillEndsTheKernel() throws Exception {
        RunningKernel k = new RunningKernel();
        ProtocolClient c = k.client;
        c.send(c.shell, "execute_request", ProtocolClient.execute("loop {}"));
        Thread.sleep(500);
        JsonObject req = new JsonObject();
        req.addProperty("restart", false);
        String id = c.send(c.control, "shutdown_request", req);
        assertNotNull(c.reply(c.control, id, TIMEOUT));
        assertTrue(k.endsWithin(TIMEOUT), "the kernel kept running");
        k.close();
    }

    private static int run(List<String> args, StringBuilder output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]), ps, ps);
        output.append(out.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void aMissingOrBrokenConnectionFileIsAClearError(@TempDir Path tmp) throws Exception {
        StringBuilder out = new StringBuilder();
        assertEquals(1, run(List.of("kernel", tmp.resolve("nope.json").toString()), out));
        assertTrue(out.toString().contains("does not exist"), out.toString());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"shell_port\": ");
        out.setLength(0);
        assertEquals(1, run(List.of("kernel", bad.toString()), out));
        assertTrue(out.toString().contains("not valid JSON"), out.toString());
    }

    @Test
    void portsAlreadyInUseAreAClearError(@TempDir Path tmp) throws Exception {
        KernelConnectionProperties p = ProtocolClient.freePorts();
        try (ServerSocket taken = new ServerSocket(p.getShellPort(), 1, InetAddress.getByName("127.0.0.1"))) {
            Path file = tmp.resolve("connection.json");
            Files.writeString(file, p.toJsonString());
            StringBuilder out = new StringBuilder();
            assertEquals(1, run(List.of("kernel", file.toString()), out));
            assertTrue(out.toString().contains("cannot listen on the connection file's ports"), out.toString());
        }
        // the ports that were bound before the failure are free again
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int port : new int[] {p.getIopubPort(), p.getStdinPort(), p.getHbPort(), p.getControlPort()}) {
                held.add(new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")));
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }
}
