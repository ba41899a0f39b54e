package dev.wasmrust.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wasmrust} command line. */
@Command(name = "wasmrust", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "An interactive Rust-to-WebAssembly environment: our own compiler, run in embedded Chicory.",
        subcommands = {RunCommand.class, BuildCommand.class, CheckCommand.class, ExplainCommand.class},
        footer = {"", "Run `wasmrust run FILE.rs` to compile a program and run it."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** The whole command line in-process: returns the exit status and never calls {@link System#exit}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Context ctx = new Context(in, out, err);
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == RunCommand.class) {
                    return cls.cast(new RunCommand(ctx));
                }
                if (cls == BuildCommand.class) {
                    return cls.cast(new BuildCommand(ctx));
                }
                if (cls == CheckCommand.class) {
                    return cls.cast(new CheckCommand(ctx));
                }
                if (cls == ExplainCommand.class) {
                    return cls.cast(new ExplainCommand(ctx));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: internal error: " + ex);
            err.println("note: this is a bug in WasmRust; please report it with the input that triggered it");
            return 70;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("error: internal error: " + e);
            return 70;
        }
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("The interactive REPL is not available yet; for now WasmRust compiles and runs files.");
        out.println();
        spec.commandLine().usage(out);
    }

    /** The streams a command talks to (tests pass their own). */
    record Context(InputStream in, PrintStream out, PrintStream err) {}

    /** The version of the build, from the Maven project version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wasmrust " + version()};
        }

        static String version() {
            Properties p = new Properties();
            try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
                if (s != null) {
                    p.load(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version", "unknown");
        }
    }
}
