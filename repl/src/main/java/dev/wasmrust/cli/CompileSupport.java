package dev.wasmrust.cli;

import dev.wasmrust.compiler.CompileOptions;
import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.Compiler;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Shared by run, build and check: read the file, compile, print diagnostics the way rustc does. */
final class CompileSupport {
    private CompileSupport() {}

    /** The loaded root file, or null after printing why it could not be read. */
    static SourceFile load(SourceMap sm, String fileArg, PrintStream err) {
        Path cwd = Path.of("").toAbsolutePath();
        try {
            String text = SourceLoader.read(fileArg, cwd.resolve(fileArg));
            return sm.add(fileArg, text);
        } catch (SourceLoader.UnreadableSource e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }

    static CompileResult compile(String fileArg, PrintStream err, boolean color) {
        SourceMap sm = new SourceMap();
        SourceFile root = load(sm, fileArg, err);
        if (root == null) {
            return null;
        }
        CompileResult r = onLargeStack(() -> Compiler.compileProgram(sm, root,
                SourceLoader.modLoader(Path.of("").toAbsolutePath()), CompileOptions.defaults()));
        printDiagnostics(r.diagnostics(), sm, err, color);
        return r;
    }

    /** Compiler phases recurse over the tree; a big stack lets deeply nested programs compile. */
    static <T> T onLargeStack(java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> out = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "wasmrust-compiler", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() instanceof RuntimeException re) {
            throw re;
        }
        if (failure.get() instanceof Error err) {
            throw err;
        }
        return out.get();
    }

    static void printDiagnostics(List<Diagnostic> ds, SourceMap sm, PrintStream err, boolean color) {
        if (!ds.isEmpty()) {
            err.print(DiagnosticRenderer.renderAll(ds, sm, color));
            err.flush();
        }
    }

    static boolean colorFor(PrintStream err) {
        return err == System.err && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
