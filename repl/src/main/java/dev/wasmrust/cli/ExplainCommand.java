package dev.wasmrust.cli;

import dev.wasmrust.compiler.diag.Explanations;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show the long explanation of a diagnostic code, e.g. E0308.")
final class ExplainCommand implements Callable<Integer> {
    private final Main.Context ctx;

    @Parameters(index = "0", paramLabel = "CODE")
    String code;

    ExplainCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Optional<String> text = Explanations.of(code);
        if (text.isEmpty()) {
            ctx.err().println("error: no extended information for " + code);
            return 1;
        }
        ctx.out().print(text.get());
        return 0;
    }
}
