package dev.wasmrust.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import dev.wasmrust.runtime.HostProfile;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wasmrust} command line. */
@Command(name = "wasmrust", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "An interactive Rust-to-WebAssembly environment: our own compiler, run in embedded Chicory.",
        subcommands = {RunCommand.class, BuildCommand.class, CheckCommand.class, ExplainCommand.class},
        footer = {"", "Without a command: the REPL (batch mode when stdin is not a terminal).",
                "Run `wasmrust run FILE.rs` to compile a program and run it."})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Context ctx;

    @Option(names = "--host", paramLabel = "PROFILE", defaultValue = "wasmtime",
            description = "the REPL's host profile: wasmtime, node, browser or embedded (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--history", paramLabel = "FILE",
            description = "the REPL's history file (default: $WASMRUST_HISTORY or ~/.wasmrust/history)")
    String history;

    @Option(names = "--no-history", description = "keep the REPL's history in memory only")
    boolean noHistory;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "the REPL's session engine: session (one module per cell, linked to the earlier cells' modules) or"
                    + " interim (the whole program compiled again for every cell) (default: $WASMRUST_ENGINE or session)")
    String engine;

    Main(Context ctx) {
        this.ctx = ctx;
    }

    public static void main(String[] args) {
        dev.wasmrust.repl.StartupTrace trace = dev.wasmrust.repl.StartupTrace.fromEnvironment();
        if (trace != null) {
            trace.mark("main entered");
        }
        // the launcher knows whether stdin is a terminal (Java's System.console() also needs stdout to be one)
        String tty = System.getProperty("wasmrust.stdin.tty");
        boolean interactive = tty != null ? tty.equals("true") : System.console() != null;
        Context ctx = new Context(System.in, System.out, System.err, interactive);
        // no arguments: straight to the REPL; building picocli's model (its classes predate class-data
        // sharing, so they load slowly) would delay the first prompt for nothing
        int code;
        try {
            code = args.length == 0 ? ReplLauncher.launch(ctx, ReplLauncher.defaultEngine(), HostProfile.WASMTIME,
                    defaultHistory(), Version.version())
                    : run(args, ctx);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            System.err.println("error: internal error: " + e);
            System.err.println("note: this is a bug in WasmRust; please report it with the input that triggered it");
            code = 70;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** The whole command line in-process: returns the exit status and never calls {@link System#exit}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, new Context(in, out, err, false));
    }

    private static int run(String[] args, Context ctx) {
        PrintStream err = ctx.err();
        CommandLine cl = new CommandLine(new Main(ctx), new CommandLine.IFactory() {
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
        for (CommandProvider p : java.util.ServiceLoader.load(CommandProvider.class)) {
            p.commands(ctx.in(), ctx.out(), err).forEach(cl::addSubcommand);
        }
        cl.setOut(new PrintWriter(ctx.out(), true, StandardCharsets.UTF_8));
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

    /** No subcommand: the REPL, on the terminal or (stdin not a terminal) in batch mode. */
    @Override
    public Integer call() {
        HostProfile profile = HostProfile.parse(host);
        if (profile == null) {
            ctx.err().println("error: unknown host profile `" + host + "`; expected one of: wasmtime, node, browser, embedded");
            return 1;
        }
        String which = engine != null ? engine : ReplLauncher.defaultEngine();
        if (!ReplLauncher.ENGINES.contains(which)) {
            ctx.err().println("error: unknown engine `" + which + "`; expected `interim` or `session`");
            return 1;
        }
        return ReplLauncher.launch(ctx, which, profile, historyPath(), Version.version());
    }

    private Path historyPath() {
        if (noHistory) {
            return null;
        }
        if (history != null) {
            return Path.of(history);
        }
        return defaultHistory();
    }

    /** {@code $WASMRUST_HISTORY}, else {@code ~/.wasmrust/history}. */
    private static Path defaultHistory() {
        String env = System.getenv("WASMRUST_HISTORY");
        return env != null && !env.isEmpty() ? Path.of(env) : dev.wasmrust.repl.ReplOptions.defaultHistory();
    }

    /** The streams a command talks to (tests pass their own), and whether stdin is a terminal. */
    record Context(InputStream in, PrintStream out, PrintStream err, boolean interactive) {}

    /** The version of the build, from the Maven project version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wasmrust " + version()};
        }

        public static String version() {
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
