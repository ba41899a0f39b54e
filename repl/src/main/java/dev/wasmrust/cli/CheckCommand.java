package dev.wasmrust.cli;

import dev.wasmrust.compiler.Compiler;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Report diagnostics for FILE.rs without building it.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ColorOption color = new ColorOption();

    private final Main.Context ctx;

    @Parameters(index = "0", paramLabel = "FILE.rs")
    String file;

    CheckCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        SourceMap sm = new SourceMap();
        SourceFile root = CompileSupport.load(sm, file, ctx.err());
        if (root == null) {
            return 1;
        }
        List<Diagnostic> ds = CompileSupport.onLargeStack(
                () -> Compiler.check(sm, root, SourceLoader.modLoader(Path.of("").toAbsolutePath())));
        CompileSupport.printDiagnostics(ds, sm, ctx.err(), color.enabled(ctx.err()));
        return ds.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    }
}
