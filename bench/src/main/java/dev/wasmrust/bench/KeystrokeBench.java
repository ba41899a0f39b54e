package dev.wasmrust.bench;

import dev.wasmrust.repl.InteractiveRepl;
import dev.wasmrust.repl.interim.WholeProgramEngine;
import dev.wasmrust.runtime.HostProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Keystroke-to-redraw latency of the REPL's line editor: the REPL's own line reader on an xterm-like
 * terminal over pipes, a cell already in the buffer, then one key at a time (a letter, then Backspace, so
 * the cell keeps its size); the latency is the time from writing the key to the flush of its redraw.
 * Printed for a 200-line cell with and without highlighting and for a one-line cell.
 */
public final class KeystrokeBench {
    private KeystrokeBench() {}

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        String big = cell(200);
        measure("200-line cell, highlighting on ", big, true, keys);
        measure("200-line cell, highlighting off", big, false, keys);
        measure("1-line cell, highlighting on   ", "let total: u64 = (1..=10).map(|x| x * x).sum();", true, keys);
    }

    /** A realistic cell: a function with lets, a match, strings, comments, lifetimes and macros. */
    static String cell(int lines) {
        StringBuilder sb = new StringBuilder("fn report<'a>(names: &'a [&'a str], limit: usize) -> Vec<String> {\n");
        int i = 1;
        while (i < lines - 1) {
            switch (i % 5) {
                case 0 -> sb.append("    // step ").append(i).append(": keep the longest names\n");
                case 1 -> sb.append("    let width_").append(i).append(": usize = names.iter().map(|n| n.len()).max().unwrap_or(0);\n");
                case 2 -> sb.append("    let label_").append(i).append(" = format!(\"{:>8} {}\", \"item\", r#\"raw \"quoted\"\"#);\n");
                case 3 -> sb.append("    match limit { 0 => println!(\"none\"), n if n > ").append(i).append(" => {} _ => {} }\n");
                default -> sb.append("    let c_").append(i).append(" = '{'; /* nested /* comment */ */\n");
            }
            i++;
        }
        return sb.append("    names.iter().take(limit).map(|s| s.to_string()).collect()\n").toString();
    }

    private static void measure(String title, String buffer, boolean highlight, int keys) throws Exception {
        PipedOutputStream typed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typed, 1 << 16);
        LinkedBlockingQueue<Long> flushes = new LinkedBlockingQueue<>();
        OutputStream screen = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
            }

            @Override
            public void flush() {
                flushes.add(System.nanoTime());
            }
        };
        ExternalTerminal terminal = new ExternalTerminal("bench", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(120, 60));
        try (WholeProgramEngine engine = new WholeProgramEngine(HostProfile.WASMTIME)) {
            LineReader reader = InteractiveRepl.lineReader(terminal, engine, Path.of("."), null, highlight);
            Thread t = new Thread(() -> {
                try {
                    reader.readLine(">> ", null, (org.jline.reader.MaskingCallback) null, buffer);
                } catch (RuntimeException e) {
                    // the reader ends when the terminal closes
                }
            }, "bench-reader");
            t.setDaemon(true);
            t.start();
            settle(flushes);
            List<Long> latencies = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                flushes.clear();
                long t0 = System.nanoTime();
                typed.write(k % 2 == 0 ? 'x' : 127);
                typed.flush();
                Long done = flushes.poll(10, TimeUnit.SECONDS);
                if (done == null) {
                    throw new IllegalStateException("no redraw after a key");
                }
                if (k >= keys / 4) {
                    latencies.add(done - t0); // the first quarter warms the JIT up
                }
                settle(flushes);
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "%s  median %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   (%d keys)%n", title,
                    ms(latencies, 0.5), ms(latencies, 0.9), ms(latencies, 0.99), latencies.size());
            terminal.close();
        }
    }

    /** Waits until no redraw has been flushed for 20 ms. */
    private static void settle(LinkedBlockingQueue<Long> flushes) throws InterruptedException {
        while (flushes.poll(20, TimeUnit.MILLISECONDS) != null) {
            // keep draining
        }
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size()))) / 1e6;
    }
}
