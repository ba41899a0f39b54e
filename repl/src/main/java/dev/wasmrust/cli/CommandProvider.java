package dev.wasmrust.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Subcommands that modules built on top of this one add to {@code wasmrust} (the Jupyter kernel's
 * {@code kernel}, {@code install-kernel}, {@code uninstall-kernel}): this module cannot name their classes,
 * since they depend on it, so they are found with {@link java.util.ServiceLoader}.
 */
public interface CommandProvider {
    /** picocli command objects (annotated with {@code @Command}) talking to the given streams. */
    List<Object> commands(InputStream in, PrintStream out, PrintStream err);
}
