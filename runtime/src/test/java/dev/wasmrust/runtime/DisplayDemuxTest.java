package dev.wasmrust.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayDemuxTest {
    private static final String TEXT = "before\n\u001b]5379;text/html;<b>hi</b>\u0007middle \u001b]5379;image/png;AQID\u0007after\n";

    private static String run(List<String> chunks, List<String> displays) {
        StringBuilder out = new StringBuilder();
        DisplayDemux d = new DisplayDemux((s, t) -> out.append(s == StdStream.STDOUT ? t : "[err " + t + "]"),
                (mime, payload) -> {
                    displays.add(mime + "=" + payload);
                    out.append("|D|");
                });
        chunks.forEach(c -> d.output(StdStream.STDOUT, c));
        return out.toString();
    }

    @Test
    void blocksAreCutOutInOrderWhereverTheChunksSplitThem() {
        for (int i = 0; i <= TEXT.length(); i++) {
            for (int j = i; j <= TEXT.length(); j += 7) {
                List<String> displays = new ArrayList<>();
                String out = run(List.of(TEXT.substring(0, i), TEXT.substring(i, j), TEXT.substring(j)), displays);
                assertEquals("before\n|D|middle |D|after\n", out, "split at " + i + ", " + j);
                assertEquals(List.of("text/html=<b>hi</b>", "image/png=AQID"), displays);
            }
        }
    }

    @Test
    void stderrAndOrdinaryEscapesPassThrough() {
        List<String> displays = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        DisplayDemux d = new DisplayDemux((s, t) -> out.append(t), (m, p) -> displays.add(m));
        d.output(StdStream.STDERR, "\u001b]5379;x;y\u0007");
        d.output(StdStream.STDOUT, "\u001b[1mbold\u001b[0m\n");
        assertEquals("\u001b]5379;x;y\u0007\u001b[1mbold\u001b[0m\n", out.toString());
        assertEquals(List.of(), displays);
    }

    @Test
    void theTerminalSummaryShowsTextFormsAndSizes() {
        StringBuilder out = new StringBuilder();
        DisplaySink s = DisplaySink.summary((st, t) -> out.append(t));
        s.display("text/html", "<b>hi</b>");
        s.display("image/png", "AQIDBPo=");
        s.display("text/markdown", "# Title");
        assertEquals("[display text/html, 9 bytes]\n[display image/png, 5 bytes]\n# Title\n", out.toString());
    }
}
