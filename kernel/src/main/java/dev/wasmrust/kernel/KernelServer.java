package dev.wasmrust.kernel;

import dev.wasmrust.kernel.wire.KernelConnection;
import dev.wasmrust.repl.engine.ReplEngine;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * A running kernel: the connection bound to the ports of a connection file, the kernel answering on it,
 * and the engine behind it. {@link #awaitShutdown()} returns once a {@code shutdown_request} was answered
 * (or {@link #stop()} was called); the engine is closed then.
 */
public final class KernelServer {
    private final KernelConnection connection;
    private final WasmRustKernel kernel;

    private KernelServer(KernelConnection connection, WasmRustKernel kernel) {
        this.connection = connection;
        this.kernel = kernel;
    }

    /**
     * Binds every port and starts answering. Throws {@link org.zeromq.ZMQException} when a port is taken
     * and {@link GeneralSecurityException} for a signature scheme Java lacks.
     */
    public static KernelServer start(KernelConnectionProperties props, ReplEngine engine, String version, Path workingDir,
                                     KernelLog log) throws GeneralSecurityException {
        // jjava logs through SLF4J and no SLF4J provider is on the class path (we log ourselves): keep
        // SLF4J's three-line start-up notice about that out of the kernel's stderr
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        KernelConnection c = new KernelConnection(props, log);
        WasmRustKernel k = new WasmRustKernel(engine, version, workingDir, log);
        k.becomeHandlerForConnection(c);
        try {
            c.connect();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        log.info("listening on " + props.getTransport() + "://" + props.getIp() + " (shell " + props.getShellPort()
                + ", control " + props.getControlPort() + ", iopub " + props.getIopubPort() + ", stdin "
                + props.getStdinPort() + ", heartbeat " + props.getHbPort() + ") · " + engine.description());
        return new KernelServer(c, k);
    }

    public void awaitShutdown() {
        connection.waitUntilClose();
        kernel.onShutdown(false);
    }

    /** Stops answering (from any thread); {@link #awaitShutdown()} then returns. */
    public void stop() {
        kernel.interrupt();
        connection.close();
    }
}
