package dev.wasmrust.kernel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wasmrust uninstall-kernel [--user|--sys-prefix|--prefix P]}: removes the kernelspec {@code wasmrust}. */
@Command(name = "uninstall-kernel", mixinStandardHelpOptions = true,
        description = "Remove the Jupyter kernelspec `wasmrust` installed by install-kernel.")
public final class UninstallKernelCommand implements Callable<Integer> {
    @Mixin
    KernelspecLocation where;

    private final PrintStream out;
    private final PrintStream err;

    UninstallKernelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (where.conflict() != null) {
            err.println("error: " + where.conflict());
            return 2;
        }
        Path dir = where.directory();
        if (dir == null) {
            return JupyterTool.run(err, "kernelspec", "uninstall", "-y", Kernelspec.NAME) == 0 ? 0 : 1;
        }
        if (!Files.isRegularFile(dir.resolve("kernel.json"))) {
            err.println("error: no kernelspec " + Kernelspec.NAME + " in " + dir.getParent());
            return 1;
        }
        try {
            InstallKernelCommand.deleteTree(dir);
        } catch (IOException e) {
            err.println("error: cannot remove " + dir + ": " + e.getMessage());
            return 1;
        }
        out.println("removed kernelspec " + Kernelspec.NAME + " from " + dir.getParent());
        return 0;
    }
}
