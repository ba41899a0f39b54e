package dev.wasmrust.replterm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program in a real terminal: a tmux session on a private server socket, driven with send-keys and read
 * with capture-pane. Literal text goes with {@code -l}; a trailing {@code ;} is escaped, because tmux reads
 * it as a command separator otherwise.
 */
final class Tmux implements AutoCloseable {
    private static final Path TMUX = Path.of("/usr/bin/tmux");

    private final String socket;
    private final String session = "repl";

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** tmux, or a skip with the reason printed (a failure when oracles are required). */
    static void require() {
        if (Files.isExecutable(TMUX)) {
            return;
        }
        String reason = "tmux not found at " + TMUX + " (apt-get install tmux); the terminal end-to-end test needs it";
        if ("required".equals(System.getProperty("wasmrust.oracles"))) {
            Assertions.fail(reason);
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    static Tmux start(String command, Path dir, Map<String, String> env, int width, int height) throws Exception {
        Tmux t = new Tmux("wasmrust-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        List<String> cmd = new ArrayList<>(List.of(TMUX.toString(), "-L", t.socket, "-f", "/dev/null", "new-session", "-d",
                "-s", t.session, "-x", String.valueOf(width), "-y", String.valueOf(height), "-c", dir.toString()));
        for (Map.Entry<String, String> e : env.entrySet()) {
            cmd.add("-e");
            cmd.add(e.getKey() + "=" + e.getValue());
        }
        cmd.add(command);
        t.run(cmd);
        t.run(List.of(TMUX.toString(), "-L", t.socket, "set-option", "-t", t.session, "remain-on-exit", "off"));
        return t;
    }

    void type(String literal) throws Exception {
        String text = literal.endsWith(";") ? literal.substring(0, literal.length() - 1) + "\\;" : literal;
        run(List.of(TMUX.toString(), "-L", socket, "send-keys", "-t", session, "-l", text));
    }

    /** Named keys: Enter, Tab, C-c, C-d, C-u, Up. */
    void key(String name) throws Exception {
        run(List.of(TMUX.toString(), "-L", socket, "send-keys", "-t", session, name));
    }

    String pane() throws Exception {
        return run(List.of(TMUX.toString(), "-L", socket, "capture-pane", "-p", "-J", "-S", "-500", "-t", session));
    }

    /** Waits until the pane shows {@code text} {@code times} times (at most {@code seconds}). */
    String waitFor(String text, int times, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String p = "";
        while (System.nanoTime() < end) {
            if (!alive()) {
                throw new AssertionError("the program ended while waiting for `" + text + "`; last pane:\n" + p);
            }
            p = pane();
            if (count(p, text) >= times) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the pane never showed `" + text + "` " + times + " time(s); it shows:\n" + p);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    boolean alive() throws Exception {
        Process p = new ProcessBuilder(TMUX.toString(), "-L", socket, "has-session", "-t", session).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    /** Waits for the program (and so the session) to end. */
    boolean waitForExit(int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (!alive()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        run(List.of(TMUX.toString(), "-L", socket, "kill-server"));
    }
}
