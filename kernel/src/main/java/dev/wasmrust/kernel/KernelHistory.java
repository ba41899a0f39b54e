package dev.wasmrust.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inputs (and outputs) of this kernel's executed cells, for {@code history_request}: {@code tail},
 * {@code range} and {@code search} (a glob: {@code *} any text, {@code ?} one character, optionally the
 * newest {@code n} and each input once). One kernel process is one history session, numbered
 * {@link #SESSION}; session 0 or a negative one means this session, as in IPython.
 */
public final class KernelHistory {
    public static final int SESSION = 1;

    /** One executed cell: its execution count (the line number), input and output text. */
    public record Entry(int line, String input, String output) {}

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output));
    }

    public synchronized List<Entry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(0, n));
        return List.copyOf(entries.subList(from, entries.size()));
    }

    /** Lines {@code start} (inclusive) to {@code stop} (exclusive; 0 or less: to the end) of {@code session}. */
    public synchronized List<Entry> range(int session, int start, int stop) {
        if (session > 0 && session != SESSION) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.line() >= start && (stop <= 0 || e.line() < stop)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Entries whose input matches the glob; {@code n > 0}: only the newest n; {@code unique}: each input once (its newest). */
    public synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern p = globPattern(glob == null || glob.isEmpty() ? "*" : glob);
        List<Entry> matches = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (p.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) {
                matches.add(0, e);
            }
        }
        return n > 0 && matches.size() > n ? List.copyOf(matches.subList(matches.size() - n, matches.size())) : matches;
    }

    private static Pattern globPattern(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
