package dev.wasmrust.kernel;

import dev.wasmrust.cli.ReplLauncher;
import dev.wasmrust.runtime.HostProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** A kernel served in-process on free ports, with its log captured, and a client connected to it. */
final class RunningKernel implements AutoCloseable {
    final KernelServer server;
    final ProtocolClient client;
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final Thread waiter;

    RunningKernel() throws Exception {
        this(ProtocolClient.freePorts());
    }

    RunningKernel(KernelConnectionProperties props) throws Exception {
        KernelLog log = new KernelLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8));
        server = KernelServer.start(props, ReplLauncher.engine(ReplLauncher.defaultEngine(), HostProfile.WASMTIME),
                "test", Path.of("").toAbsolutePath(), log);
        waiter = new Thread(server::awaitShutdown, "test-kernel-waiter");
        waiter.start();
        client = new ProtocolClient(props);
        // SUB sockets drop what is published before they are connected: wait until IOPub delivers
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            String id = client.send(client.shell, "kernel_info_request", new com.google.gson.JsonObject());
            client.reply(client.shell, id, 5000);
            if (client.receive(client.iopub, 200) != null) {
                break;
            }
        }
        while (client.receive(client.iopub, 100) != null) {
            // drain
        }
    }

    String log() {
        synchronized (logBytes) {
            return logBytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the kernel process would have ended (its server returned from awaitShutdown) within {@code millis}. */
    boolean endsWithin(long millis) throws InterruptedException {
        waiter.join(millis);
        return !waiter.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        server.stop();
        waiter.join(10_000);
    }
}
