package dev.wasmrust.kernel.cli;

import dev.wasmrust.kernel.ProjectHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wasmrust install-kernel [--user|--sys-prefix|--prefix P]}: registers the kernelspec {@code wasmrust}. */
@Command(name = "install-kernel", mixinStandardHelpOptions = true,
        description = "Register the Jupyter kernel \"Rust (WasmRust)\" (kernelspec `wasmrust`); an existing one is replaced.")
public final class InstallKernelCommand implements Callable<Integer> {
    @Mixin
    KernelspecLocation where;

    @Option(names = "--launcher", hidden = true, paramLabel = "FILE",
            description = "the program the kernelspec's argv starts (default: this checkout's `wasmrust`); for tests"
                    + " that run the kernel from their own class path")
    Path launcherOverride;

    private final PrintStream out;
    private final PrintStream err;

    InstallKernelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (where.conflict() != null) {
            err.println("error: " + where.conflict());
            return 2;
        }
        Path launcher = launcherOverride != null ? launcherOverride.toAbsolutePath() : ProjectHome.launcher();
        if (!Files.isExecutable(launcher)) {
            err.println("error: the launcher " + launcher + " is missing or not executable; run install-kernel through ./wasmrust");
            return 1;
        }
        Path dir = where.directory();
        try {
            if (dir == null) {
                return viaJupyter(launcher);
            }
            Kernelspec.writeTo(dir, launcher);
        } catch (IOException e) {
            err.println("error: cannot write the kernelspec: " + e.getMessage());
            return 1;
        }
        out.println("installed kernelspec " + Kernelspec.NAME + " (\"" + Kernelspec.DISPLAY_NAME + "\") in " + dir);
        if (where.prefix != null) {
            out.println("note: Jupyter finds it with JUPYTER_PATH=" + where.prefix.toAbsolutePath().resolve("share/jupyter"));
        }
        out.println("`jupyter kernelspec list` shows it; pick \"" + Kernelspec.DISPLAY_NAME + "\" in Jupyter");
        return 0;
    }

    private int viaJupyter(Path launcher) throws IOException {
        Path tmp = Files.createTempDirectory("wasmrust-kernelspec");
        try {
            Path spec = tmp.resolve(Kernelspec.NAME);
            Kernelspec.writeTo(spec, launcher);
            int code = JupyterTool.run(err, "kernelspec", "install", spec.toString(), "--name", Kernelspec.NAME,
                    "--replace", "--sys-prefix");
            if (code != 0) {
                return 1;
            }
            out.println("installed kernelspec " + Kernelspec.NAME + " (\"" + Kernelspec.DISPLAY_NAME + "\") in jupyter's sys.prefix");
            return 0;
        } finally {
            deleteTree(tmp);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
