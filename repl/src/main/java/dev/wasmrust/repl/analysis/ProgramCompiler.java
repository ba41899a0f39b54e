package dev.wasmrust.repl.analysis;

import dev.wasmrust.compiler.Prelude;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.backend.BackendOptions;
import dev.wasmrust.compiler.backend.DevBackend;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.lower.LowerPhase;
import dev.wasmrust.compiler.resolve.ItemScope;
import dev.wasmrust.compiler.resolve.Resolver;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.types.TypeChecker;
import dev.wasmrust.compiler.wasmir.WirModule;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The compiler's phases chained as {@code Compiler.compileProgram} chains them, but keeping the checked
 * program, whose types answer {@code :vars}, {@code :type} and completion. Runs on a thread with a large
 * stack (the phases recurse over the tree) and turns any internal failure into a diagnostic.
 */
public final class ProgramCompiler {
    /** What one compilation produced; {@code program}, {@code ir} and {@code wasm} are null when it stopped early. */
    public record Compiled(TProgram program, WirModule ir, byte[] wasm, List<Diagnostic> diagnostics, long nanos) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private static final long STACK_BYTES = 512L << 20;

    private ProgramCompiler() {}

    /** Type checks, and when {@code generate} and there are no errors, also lowers and encodes. */
    public static Compiled compile(SourceMap sm, SourceFile root, boolean generate) {
        AtomicReference<Compiled> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> out.set(compileHere(sm, root, generate)), "wasmrust-repl-compiler", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a compile is short; finish it, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return out.get();
    }

    private static Compiled compileHere(SourceMap sm, SourceFile root, boolean generate) {
        long t0 = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        TProgram program = null;
        WirModule ir = null;
        byte[] wasm = null;
        try {
            Crate crate = SyntaxPhase.parseFile(sm, root, ModLoader.NONE, diags);
            if (!diags.hasErrors()) {
                Crate prelude = Prelude.parse(sm, diags);
                ItemScope items = Resolver.resolveCrate(crate, diags);
                program = TypeChecker.check(crate, items, prelude, sm, diags);
                if (!diags.hasErrors() && generate) {
                    ir = LowerPhase.lower(program, sm);
                    wasm = DevBackend.compile(ir, BackendOptions.defaults()).wasm();
                }
            }
        } catch (StackOverflowError e) {
            diags.report(Diagnostic.error("this cell nests too deeply for the compiler (its stack is exhausted)")
                    .primary(new Span(root.id(), 0, 0), ""));
        } catch (RuntimeException e) {
            diags.report(Diagnostic.error("internal compiler error: " + e).primary(new Span(root.id(), 0, 0), "")
                    .note("this is a bug in WasmRust; please report it with the cell that triggered it"));
        }
        if (diags.hasErrors()) {
            return new Compiled(program, null, null, diags.all(), System.nanoTime() - t0);
        }
        return new Compiled(program, ir, wasm, diags.all(), System.nanoTime() - t0);
    }
}
