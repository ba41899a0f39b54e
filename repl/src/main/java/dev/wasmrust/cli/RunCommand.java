package dev.wasmrust.cli;

import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.runtime.Engine;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.ProgramRunner;
import dev.wasmrust.runtime.RunOptions;
import dev.wasmrust.runtime.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Compile FILE.rs (its fn main) to WebAssembly and run it: exit status 0, 101 after a panic, 1 on compile errors.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ColorOption color = new ColorOption();

    private final Main.Context ctx;

    @Parameters(index = "0", paramLabel = "FILE.rs", description = "the Rust program")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the program")
    List<String> args = new ArrayList<>();

    @Option(names = "--host", paramLabel = "PROFILE", defaultValue = "wasmtime",
            description = "host profile: wasmtime, node, browser or embedded (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "interpreter",
            description = "Chicory engine: interpreter or compiler (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--release", description = "optimize (today: the same output as the dev backend)")
    boolean release;

    RunCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        HostProfile profile = HostProfile.parse(host);
        if (profile == null) {
            ctx.err().println("error: unknown host profile `" + host + "`; expected one of: wasmtime, node, browser, embedded");
            return 1;
        }
        Engine eng = switch (engine) {
            case "interpreter" -> Engine.INTERPRETER;
            case "compiler" -> Engine.COMPILER;
            default -> null;
        };
        if (eng == null) {
            ctx.err().println("error: unknown engine `" + engine + "`; expected `interpreter` or `compiler`");
            return 1;
        }
        CompileResult r = CompileSupport.compile(file, ctx.err(), color.enabled(ctx.err()));
        if (r == null || !r.success()) {
            return 1;
        }
        RunResult result = ProgramRunner.run(r.wasm(), new RunOptions(profile, eng, args, ctx.in(), ctx.out(), ctx.err(),
                RunOptions.DEFAULT_MAX_PAGES));
        return result.exitCode();
    }
}
