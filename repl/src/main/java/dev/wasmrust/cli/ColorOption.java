package dev.wasmrust.cli;

import java.io.PrintStream;
import picocli.CommandLine.Option;

/** rustc's {@code --color}: colored diagnostics on a terminal by default, or always, or never. */
final class ColorOption {
    enum When { auto, always, never }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Color diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    When when = When.auto;

    boolean enabled(PrintStream err) {
        return switch (when) {
            case always -> true;
            case never -> false;
            case auto -> CompileSupport.colorFor(err);
        };
    }
}
