package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teaching notebooks in {@code notebooks/}, executed with nbclient against the installed kernel: every
 * output must equal the one committed in the notebook (text exactly, images by type and size).
 * {@code notebooks/regenerate.sh} rewrites them when a change is intended.
 */
class NotebooksTest {
    @Test
    void everyNotebookProducesItsCommittedOutputs(@TempDir Path tmp) throws Exception {
        Oracles.needPython("nbclient", "nbformat");
        Path notebooks = Path.of("..", "notebooks").toAbsolutePath().normalize();
        long count;
        try (var s = Files.list(notebooks)) {
            count = s.filter(p -> p.toString().endsWith(".ipynb")).count();
        }
        assertTrue(count >= 6, "at least 6 notebooks in " + notebooks);
        InstalledKernelspec spec = new InstalledKernelspec(tmp);
        InstalledKernelspec.ProcessResult r = spec.python(notebooks, 1200, "check_notebooks.py");
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertEquals(count, r.output().lines().filter(l -> l.startsWith("ok   ")).count(), r.output());
    }
}
