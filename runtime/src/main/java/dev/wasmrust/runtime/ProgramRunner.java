package dev.wasmrust.runtime;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a WASI command module like a process: {@code _start} on a dedicated thread with a large stack
 * (deep Rust recursion must not overflow the JVM's default stack), exit status from {@code proc_exit},
 * and a rustc-like report for stack overflow and traps.
 */
public final class ProgramRunner {
    /** Stack of the thread running wasm; deep recursion exhausts this and is reported as Rust does. */
    private static final long WASM_STACK_BYTES = 512L << 20;

    private ProgramRunner() {}

    public static RunResult run(byte[] wasm, RunOptions options) {
        AtomicReference<RunResult> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(runHere(wasm, options)), "wasm-main", WASM_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                t.interrupt();
            }
        }
        flush(options.stdout());
        flush(options.stderr());
        return result.get();
    }

    private static void flush(OutputStream s) {
        try {
            s.flush();
        } catch (IOException ignored) {
            // a closed stream has nothing left to flush
        }
    }

    private static RunResult runHere(byte[] wasm, RunOptions o) {
        WasmModule module;
        try {
            module = Parser.parse(wasm);
        } catch (ChicoryException e) {
            return report(o, new RunResult(1, RunResult.Outcome.INVALID_MODULE, "invalid WebAssembly module: " + e.getMessage()));
        }
        List<String> argv = new ArrayList<>();
        argv.add("main.wasm");
        argv.addAll(o.args());
        WasiOptions wasiOptions = WasiOptions.builder()
                .withStdout(o.stdout(), false)
                .withStderr(o.stderr(), false)
                .withStdin(o.stdin(), false)
                .withArguments(argv)
                .build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(wasiOptions).build()) {
            Instance.Builder b = Instance.builder(module)
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                    .withMemoryFactory(limits -> new ByteArrayMemory(new MemoryLimits(limits.initialPages(),
                            Math.min(o.maxPages(), limits.maximumPages()))))
                    .withStart(false);
            if (o.engine() == Engine.COMPILER) {
                b.withMachineFactory(MachineFactoryCompiler::compile);
            }
            Instance instance;
            try {
                instance = b.build();
            } catch (ChicoryException e) {
                if (e instanceof WasiExitException x) {
                    return new RunResult(x.exitCode(), RunResult.Outcome.EXITED, null);
                }
                return report(o, new RunResult(1, RunResult.Outcome.INVALID_MODULE, "cannot instantiate module: " + e.getMessage()));
            }
            try {
                instance.export("_start").apply();
                return new RunResult(0, RunResult.Outcome.EXITED, null);
            } catch (WasiExitException e) {
                return new RunResult(e.exitCode(), RunResult.Outcome.EXITED, null);
            } catch (StackOverflowError e) {
                return stackOverflow(o);
            } catch (ChicoryException e) {
                if (isStackExhaustion(e)) {
                    return stackOverflow(o);
                }
                return report(o, new RunResult(134, RunResult.Outcome.TRAPPED, "WebAssembly trap: " + e.getMessage()
                        + " (this is a WasmRust compiler bug: safe Rust never traps)"));
            }
        }
    }

    private static boolean isStackExhaustion(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StackOverflowError || (c.getMessage() != null && c.getMessage().contains("call stack exhausted"))) {
                return true;
            }
        }
        return false;
    }

    /** A native Rust binary prints this and dies of SIGABRT, which shells report as 134. */
    private static RunResult stackOverflow(RunOptions o) {
        print(o.stderr(), "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\n");
        return new RunResult(134, RunResult.Outcome.STACK_OVERFLOW, "stack overflow");
    }

    private static RunResult report(RunOptions o, RunResult r) {
        print(o.stderr(), "error: " + r.message() + "\n");
        return r;
    }

    private static void print(OutputStream s, String text) {
        PrintStream p = new PrintStream(s, true, StandardCharsets.UTF_8);
        p.print(text);
        p.flush();
    }
}
