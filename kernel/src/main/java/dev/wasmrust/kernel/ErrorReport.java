package dev.wasmrust.kernel;

import java.util.List;

/**
 * A failed cell as Jupyter's {@code error} message carries it: {@code ename} ({@code E0382}, {@code error} for a
 * diagnostic without a code, {@code panic}, {@code trap}, {@code interrupted}, {@code exit}, {@code command}),
 * {@code evalue} (one line) and the traceback lines (ANSI colors allowed, no newlines inside a line).
 */
public record ErrorReport(String ename, String evalue, List<String> traceback) {
    public ErrorReport {
        traceback = List.copyOf(traceback);
    }
}
