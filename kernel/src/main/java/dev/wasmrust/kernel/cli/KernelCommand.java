package dev.wasmrust.kernel.cli;

import dev.wasmrust.cli.Main;
import dev.wasmrust.cli.ReplLauncher;
import dev.wasmrust.kernel.KernelLog;
import dev.wasmrust.kernel.KernelServer;
import dev.wasmrust.runtime.HostProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.ZMQException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wasmrust kernel CONNECTION_FILE}: the Jupyter kernel, as the kernelspec's argv starts it. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = {"Run the Jupyter kernel on the ports of a connection file (Jupyter starts this;"
                + " see `wasmrust install-kernel`).",
                "The session engine is chosen as the REPL's: $WASMRUST_ENGINE (interim or session)."})
public final class KernelCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONNECTION_FILE", description = "the JSON connection file Jupyter wrote")
    Path connectionFile;

    private final PrintStream err;

    KernelCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        KernelLog log = new KernelLog(err);
        KernelConnectionProperties props;
        try {
            props = KernelConnectionProperties.parse(Files.readString(connectionFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("error: the connection file " + connectionFile + " does not exist");
            return 1;
        } catch (IOException e) {
            err.println("error: cannot read the connection file " + connectionFile + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: the connection file " + connectionFile + " is not valid JSON with the kernel's ports: "
                    + e.getMessage());
            return 1;
        }
        if (props == null || props.getIp() == null || props.getTransport() == null) {
            err.println("error: the connection file " + connectionFile + " lacks `ip` or `transport`");
            return 1;
        }
        String engine = ReplLauncher.defaultEngine();
        KernelServer server;
        try {
            server = KernelServer.start(props, ReplLauncher.engine(engine, HostProfile.WASMTIME), Main.Version.version(),
                    Path.of("").toAbsolutePath(), log);
        } catch (ZMQException e) {
            err.println("error: cannot listen on the connection file's ports (" + e.getMessage()
                    + "); is another kernel using them?");
            return 1;
        } catch (GeneralSecurityException e) {
            err.println("error: the connection file's signature scheme `" + props.getSignatureScheme()
                    + "` is not available: " + e.getMessage());
            return 1;
        }
        server.awaitShutdown();
        log.info("shut down");
        return 0;
    }
}
