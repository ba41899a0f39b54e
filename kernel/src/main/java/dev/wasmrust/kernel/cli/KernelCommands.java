package dev.wasmrust.kernel.cli;

import dev.wasmrust.cli.CommandProvider;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Adds {@code kernel}, {@code install-kernel} and {@code uninstall-kernel} to {@code wasmrust} (found by ServiceLoader). */
public final class KernelCommands implements CommandProvider {
    @Override
    public List<Object> commands(InputStream in, PrintStream out, PrintStream err) {
        return List.of(new KernelCommand(err), new InstallKernelCommand(out, err), new UninstallKernelCommand(out, err));
    }
}
