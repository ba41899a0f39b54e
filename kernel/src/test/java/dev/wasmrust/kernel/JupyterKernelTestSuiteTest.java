package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter's own kernel test suite ({@code jupyter_kernel_test}, Debian's python3-jupyter-kernel-test) against
 * the installed kernelspec: every one of its tests must run and pass, none skipped.
 */
class JupyterKernelTestSuiteTest {
    @Test
    void everyTestOfJupyterKernelTestPasses(@TempDir Path tmp) throws Exception {
        Oracles.needPython("jupyter_kernel_test", "jupyter_client");
        InstalledKernelspec spec = new InstalledKernelspec(tmp);
        Path suite = Path.of("src/test/python").toAbsolutePath();
        assertTrue(Files.isRegularFile(suite.resolve("test_wasmrust_kernel.py")), suite.toString());
        InstalledKernelspec.ProcessResult r = spec.python(suite, 600, "-m", "unittest", "-v", "test_wasmrust_kernel");
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Ran 12 tests"), r.output());
        assertFalse(r.output().contains("skipped"), "no test may be skipped:\n" + r.output());
        assertTrue(r.output().strip().endsWith("OK"), r.output());
    }
}
