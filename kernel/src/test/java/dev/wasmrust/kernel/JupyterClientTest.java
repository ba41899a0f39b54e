package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed kernel driven by jupyter_client's KernelManager: interrupt, restart, shutdown. */
class JupyterClientTest {
    @Test
    void jupyterClientInterruptsAndRestarts(@TempDir Path tmp) throws Exception {
        Oracles.needPython("jupyter_client");
        InstalledKernelspec spec = new InstalledKernelspec(tmp);
        InstalledKernelspec.ProcessResult r = spec.python(Path.of("src/test/python").toAbsolutePath(), 600, "client_checks.py");
        System.out.println(r.output());
        assertFalse(r.output().contains("FAIL"), r.output());
        assertEquals(0, r.exitCode(), r.output());
    }
}
