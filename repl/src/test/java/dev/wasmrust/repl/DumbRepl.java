package dev.wasmrust.repl;

import dev.wasmrust.repl.engine.ReplEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** The interactive REPL on JLine's dumb terminal over piped streams, driven key by key from a test. */
final class DumbRepl implements AutoCloseable {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final Terminal terminal;
    private final Thread thread;
    private final AtomicInteger exit = new AtomicInteger(-1);

    DumbRepl(ReplEngine engine, Path history, Path dir, Size size, String type) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 20);
        terminal = new DumbTerminal("test", type, in, screen, StandardCharsets.UTF_8);
        terminal.setSize(size);
        thread = new Thread(() -> exit.set(new InteractiveRepl(terminal, engine, new ReplOptions(history, dir, "test")).run()),
                "repl-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    DumbRepl(ReplEngine engine, Path history, Path dir, Size size) throws IOException {
        this(engine, history, dir, size, Terminal.TYPE_DUMB);
    }

    DumbRepl(ReplEngine engine, Path history, Path dir) throws IOException {
        this(engine, history, dir, new Size(160, 50));
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** What was written, without carriage returns and ANSI escape sequences. */
    String screen() {
        return screen.toString(StandardCharsets.UTF_8).replace("\r", "").replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    }

    /** Waits until the screen shows {@code text} (at most 10 s), then returns the screen. */
    String waitFor(String text) throws InterruptedException {
        return waitFor(text, 1);
    }

    /** Waits until the screen shows {@code text} at least {@code times} times. */
    String waitFor(String text, int times) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (count(screen(), text) < times) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the screen never showed `" + text + "`; it shows:\n" + screen());
            }
            Thread.sleep(10);
        }
        return screen();
    }

    private static int count(String s, String text) {
        int n = 0;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + text.length())) {
            n++;
        }
        return n;
    }

    /** Ends the input (Ctrl-D at an empty prompt reads as end of file too) and waits for the REPL to return. */
    int finish() throws Exception {
        keys.close();
        thread.join(30_000);
        if (thread.isAlive()) {
            throw new AssertionError("the REPL did not end; screen:\n" + screen());
        }
        return exit.get();
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public void close() throws Exception {
        keys.close();
        terminal.close();
    }
}
