package dev.wasmrust.cli;

import dev.wasmrust.compiler.CompileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compile FILE.rs to a WebAssembly module (a WASI preview 1 command).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ColorOption color = new ColorOption();

    private final Main.Context ctx;

    @Parameters(index = "0", paramLabel = "FILE.rs")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.wasm", description = "output file (default: FILE.wasm)")
    String output;

    @Option(names = "--release", description = "optimize (today: the same output as the dev backend)")
    boolean release;

    BuildCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CompileResult r = CompileSupport.compile(file, ctx.err(), color.enabled(ctx.err()));
        if (r == null || !r.success()) {
            return 1;
        }
        String out = output != null ? output : (file.endsWith(".rs") ? file.substring(0, file.length() - 3) : file) + ".wasm";
        try {
            Files.write(Path.of(out), r.wasm());
        } catch (IOException e) {
            ctx.err().println("error: couldn't write `" + out + "`: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
