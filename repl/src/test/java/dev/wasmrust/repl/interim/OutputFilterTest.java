package dev.wasmrust.repl.interim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmrust.runtime.StdStream;
import org.junit.jupiter.api.Test;

/** Replayed output is cut at the cell's marker wherever chunk boundaries fall. */
class OutputFilterTest {
    @Test
    void everySplitOfTheStreamGivesTheSameResult() {
        String stdout = "replayed\n\u0001cell 4\u0001\nnew output\nno newline\u0001value\u0001[1, 2]\n";
        String stderr = "old\n\u0001cell 4\u0001\n\nthread 'main' panicked at <session>:7:5:\nboom\n";
        for (int cut = 0; cut <= stdout.length(); cut++) {
            for (int cutErr : new int[] {0, 5, 14, 30, stderr.length()}) {
                StringBuilder out = new StringBuilder();
                StringBuilder err = new StringBuilder();
                OutputFilter f = new OutputFilter("\u0001cell 4\u0001\n", (s, t) -> (s == StdStream.STDOUT ? out : err).append(t),
                        line -> line.replace("<session>:7:5", "<cell 4>:2:5"));
                f.output(StdStream.STDOUT, stdout.substring(0, cut));
                f.output(StdStream.STDERR, stderr.substring(0, cutErr));
                f.output(StdStream.STDOUT, stdout.substring(cut));
                f.output(StdStream.STDERR, stderr.substring(cutErr));
                f.finish();
                assertEquals("new output\nno newline", out.toString(), "cut " + cut);
                assertEquals("[1, 2]", f.value());
                assertEquals("\nthread 'main' panicked at <cell 4>:2:5:\nboom\n", err.toString());
            }
        }
    }

    @Test
    void withoutAValueNothingIsHeldBack() {
        StringBuilder out = new StringBuilder();
        OutputFilter f = new OutputFilter("\u0001cell 1\u0001\n", (s, t) -> out.append(t), l -> l);
        f.output(StdStream.STDOUT, "\u0001cell 1\u0001\nab\u0001");
        f.output(StdStream.STDOUT, "c");
        f.finish();
        assertEquals("ab\u0001c", out.toString());
        assertEquals(null, f.value());
    }
}
