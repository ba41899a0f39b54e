package dev.wasmrust.runtime;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole program (a WASI command module) like a process: checked against its host profile first,
 * {@code _start} on a dedicated thread with a large stack (deep Rust recursion must not overflow the JVM's
 * default stack), exit status from {@code proc_exit}, and a rustc-like report for stack overflow and traps.
 */
public final class ProgramRunner {
    /** Whole programs keep a deep stack: a batch run may recurse far, and nobody waits at a prompt. */
    private static final long PROGRAM_STACK_BYTES = 512L << 20;

    private ProgramRunner() {}

    public static RunResult run(byte[] wasm, RunOptions o) {
        if (RequirementScanner.isComponent(wasm)) {
            return unsupported(o, List.of(CapabilityCheck.component(o.host())));
        }
        WasmModule module;
        try {
            module = Parser.parse(wasm);
        } catch (ChicoryException e) {
            return report(o, new RunResult(1, RunResult.Outcome.INVALID_MODULE, "invalid WebAssembly module: " + e.getMessage()));
        }
        HostOptions hostOptions = HostOptions.defaults().withArgs(o.args());
        try (HostState st = new HostState(hostOptions, "main.wasm")) {
            Map<String, HostFunction> offered = ProfileHosts.offered(o.host(), st);
            List<MissingCapability> missing = CapabilityCheck.check(o.host(), hostOptions, module,
                    RequirementScanner.scan(module), offered);
            if (!missing.isEmpty()) {
                return unsupported(o, missing);
            }
            ImportValues.Builder imports = ImportValues.builder();
            for (int i = 0; i < module.importSection().importCount(); i++) {
                Import imp = module.importSection().getImport(i);
                if (imp instanceof FunctionImport f) {
                    FunctionType type = module.typeSection().getType(f.typeIndex());
                    HostFunction impl = offered.get(HostFunctions.key(imp.module(), imp.name()));
                    imports.addFunction(FunctionSlot.forHost(type, imp.module() + "." + imp.name(),
                            impl != null && impl.functionType().equals(type) ? impl : null).asImport(imp.module(), imp.name()));
                }
            }
            Instance.Builder b = Instance.builder(module)
                    .withImportValues(imports.build())
                    .withMemoryFactory(limits -> new ByteArrayMemory(new MemoryLimits(limits.initialPages(),
                            Math.min(o.maxPages(), limits.maximumPages()), limits.shared())))
                    .withStart(false);
            if (o.engine() == Engine.COMPILER) {
                b.withMachineFactory(MachineFactoryCompiler.compile(module));
            }
            Instance instance;
            try {
                instance = b.build();
            } catch (WasiExitException x) {
                return new RunResult(x.exitCode(), RunResult.Outcome.EXITED, null);
            } catch (ChicoryException e) {
                return report(o, new RunResult(1, RunResult.Outcome.INVALID_MODULE, "cannot instantiate module: " + e.getMessage()));
            }
            st.io.begin(new StreamSink(o.stdout(), o.stderr()), ByteSource.of(o.stdin()));
            CellOutcome outcome;
            try {
                int maxPages = Math.min(o.maxPages(), instance.memory() == null ? o.maxPages() : instance.memory().maximumPages());
                outcome = CellThread.run("wasm-main", PROGRAM_STACK_BYTES, new Interrupter(null), null, () -> {
                    instance.export("_start").apply();
                    return null;
                }, () -> instance.memory() != null && instance.memory().pages() >= maxPages, maxPages, () -> false);
            } finally {
                st.io.end();
            }
            return result(o, outcome);
        }
    }

    private static RunResult result(RunOptions o, CellOutcome outcome) {
        if (outcome instanceof CellOutcome.Completed) {
            return new RunResult(0, RunResult.Outcome.EXITED, null);
        }
        if (outcome instanceof CellOutcome.Exited x) {
            return new RunResult(x.code(), RunResult.Outcome.EXITED, null);
        }
        if (outcome instanceof CellOutcome.Panicked p) {
            if (!p.message().isEmpty()) {
                print(o.stderr(), p.message() + "\n");
            }
            return new RunResult(101, RunResult.Outcome.EXITED, null);
        }
        if (outcome instanceof CellOutcome.StackOverflow) {
            // a native Rust binary prints this and dies of SIGABRT, which shells report as 134
            print(o.stderr(), "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\n");
            return new RunResult(134, RunResult.Outcome.STACK_OVERFLOW, "stack overflow");
        }
        if (outcome instanceof CellOutcome.OutOfMemory m) {
            print(o.stderr(), m.message() + "\n");
            return new RunResult(134, RunResult.Outcome.OUT_OF_MEMORY, m.message());
        }
        if (outcome instanceof CellOutcome.Trapped t) {
            return report(o, new RunResult(134, RunResult.Outcome.TRAPPED, "WebAssembly trap: " + t.kind().rustMeaning()
                    + " [" + t.wasmMessage() + "] (this is a WasmRust compiler bug: safe Rust never traps)"));
        }
        return report(o, new RunResult(1, RunResult.Outcome.HOST_FAILURE, outcome.describe()));
    }

    private static RunResult unsupported(RunOptions o, List<MissingCapability> missing) {
        StringBuilder sb = new StringBuilder("cannot run under host profile `" + o.host().cliName() + "`");
        for (MissingCapability m : missing) {
            sb.append("\n  - ").append(m.describe(o.host()));
        }
        if (o.host() == HostProfile.EMBEDDED) {
            sb.append("\nhelp: `embedded` offers only the session ABI; a program that prints needs WASI or a console:"
                    + " try --host=wasmtime, --host=node or --host=browser");
        }
        return report(o, new RunResult(1, RunResult.Outcome.UNSUPPORTED, sb.toString()));
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
