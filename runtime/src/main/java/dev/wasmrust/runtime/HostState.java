package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state behind the mocked hosts of one session (or one program run): the standard streams, JS
 * handles, the document, timers, fetch fixtures and the WASI instance. It outlives profile switches, so
 * switching from {@code browser} to {@code node} and back finds the same document.
 */
final class HostState implements AutoCloseable {
    final IoRouter io = new IoRouter();
    final JsHandles js = new JsHandles();
    final DomElement document = new DomElement("html");
    final DomElement body = new DomElement("body");
    final TimerQueue timers = new TimerQueue();
    final Map<String, FetchFixture> fixtures;
    final HostOptions options;
    final String programName;
    final long startNanos = System.nanoTime();
    private WasiPreview1 wasi;
    private HostFunction[] wasiFunctions;

    HostState(HostOptions options, String programName) {
        this.options = options;
        this.programName = programName;
        this.fixtures = new LinkedHashMap<>(options.fetchFixtures());
        document.append(new DomElement("head"));
        document.append(body);
    }

    /** argv as WASI and Node see it: the program name, then the granted arguments. */
    List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(programName);
        argv.addAll(options.args());
        return argv;
    }

    /** Chicory's WASI preview 1 over this state's streams, made on first use. */
    HostFunction[] wasi() {
        if (wasi == null) {
            WasiOptions.Builder b = WasiOptions.builder()
                    .withStdout(io.stream(StdStream.STDOUT), false)
                    .withStderr(io.stream(StdStream.STDERR), false)
                    .withStdin(io.stdin(), false)
                    .withArguments(argv());
            options.env().forEach(b::withEnvironment);
            options.directories().forEach((guest, host) -> b.withDirectory(guest, host));
            wasi = WasiPreview1.builder().withOptions(b.build()).build();
            wasiFunctions = wasi.toHostFunctions();
        }
        return wasiFunctions;
    }

    @Override
    public void close() {
        if (wasi != null) {
            wasi.close();
        }
    }
}
