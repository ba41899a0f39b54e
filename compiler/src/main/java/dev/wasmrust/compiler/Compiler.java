package dev.wasmrust.compiler;

import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.backend.BackendOptions;
import dev.wasmrust.compiler.backend.DevBackend;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.lower.LowerPhase;
import dev.wasmrust.compiler.macros.MacroExpansion;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver: chains the phases (syntax, resolve, types, lower, backend) the way javac chains its own,
 * stopping after the first phase that reports errors. Never throws on bad input: an internal failure
 * becomes an "internal compiler error" diagnostic.
 */
public final class Compiler {
    private Compiler() {}

    /** Compiles a program with {@code fn main} to a WASI preview1 command module. */
    public static CompileResult compileProgram(SourceMap sources, SourceFile root, ModLoader loader, CompileOptions options) {
        return run(sources, root, loader, true);
    }

    /** {@code wasmrust check}: the front end only, diagnostics out. */
    public static List<Diagnostic> check(SourceMap sources, SourceFile root, ModLoader loader) {
        return run(sources, root, loader, false).diagnostics();
    }

    private static CompileResult run(SourceMap sources, SourceFile root, ModLoader loader, boolean generate) {
        Diagnostics diags = new Diagnostics();
        Map<String, Long> nanos = new LinkedHashMap<>();
        WirModule ir = null;
        byte[] wasm = null;
        try {
            long t = System.nanoTime();
            Crate crate = SyntaxPhase.parseFile(sources, root, loader, diags);
            t = lap(nanos, "parse", t);
            if (diags.hasErrors()) {
                return new CompileResult(null, null, diags.all(), nanos);
            }
            crate = MacroExpansion.expandCrate(crate, crateName(root), sources, diags);
            t = lap(nanos, "expand", t);
            if (diags.hasErrors()) {
                return new CompileResult(null, null, diags.all(), nanos);
            }
            Crate prelude = Prelude.parse(sources, diags);
            ItemScope items = Resolver.resolveCrate(crate, diags);
            t = lap(nanos, "resolve", t);
            TProgram program = TypeChecker.check(crate, items, prelude, sources, diags);
            t = lap(nanos, "check", t);
            if (diags.hasErrors() || !generate) {
                return new CompileResult(null, null, diags.all(), nanos);
            }
            ir = LowerPhase.lower(program, sources);
            t = lap(nanos, "lower", t);
            if (diags.hasErrors()) {
                // a standard-library function checked on first use reported a problem
                return new CompileResult(null, ir, diags.all(), nanos);
            }
            wasm = DevBackend.compile(ir, BackendOptions.defaults()).wasm();
            lap(nanos, "encode", t);
        } catch (StackOverflowError e) {
            diags.report(Diagnostic.error("this program nests too deeply for the compiler (its stack is exhausted)")
                    .primary(new Span(root.id(), 0, 0), "")
                    .help("split deeply nested expressions into smaller pieces with `let` bindings"));
            return new CompileResult(null, ir, diags.all(), nanos);
        } catch (RuntimeException e) {
            if (System.getenv("WASMRUST_TRACE") != null) {
                e.printStackTrace();
            }
            diags.report(Diagnostic.error("internal compiler error: " + e)
                    .primary(new Span(root.id(), 0, 0), "")
                    .note("this is a bug in WasmRust; please report it with the program that triggered it"));
            return new CompileResult(null, ir, diags.all(), nanos);
        }
        return new CompileResult(wasm, ir, diags.all(), nanos);
    }

    /** rustc's crate name for a root file: its stem, with `-` as `_`. */
    private static String crateName(SourceFile root) {
        String name = root.name();
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.endsWith(".rs")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.replace('-', '_');
    }

    private static long lap(Map<String, Long> nanos, String phase, long start) {
        long now = System.nanoTime();
        nanos.put(phase, now - start);
        return now;
    }
}
