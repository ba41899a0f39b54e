package dev.wasmrust.kernel.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code jupyter} command (found on PATH) for what only it knows, such as its {@code sys.prefix}. */
final class JupyterTool {
    private JupyterTool() {}

    static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "jupyter");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Runs {@code jupyter ARGS...}, its output copied to {@code err}; returns its exit status, or -1 when it is missing. */
    static int run(PrintStream err, String... args) {
        Path jupyter = find();
        if (jupyter == null) {
            err.println("error: `jupyter` is not on PATH; install Jupyter, or use --user or --prefix");
            return -1;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(jupyter.toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (!out.isBlank()) {
                err.print(out.endsWith("\n") ? out : out + "\n");
            }
            return code;
        } catch (IOException e) {
            err.println("error: cannot run " + jupyter + ": " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
