package dev.wasmrust.kernel;

import dev.wasmrust.repl.engine.ModuleSize;
import dev.wasmrust.runtime.Capability;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code :size} as an HTML table: one row per cell's module, its bytes, sections, functions and needs. */
final class SizeTable {
    private SizeTable() {}

    static String html(List<ModuleSize> sizes) {
        StringBuilder h = new StringBuilder("<table>\n<thead><tr><th>cell</th><th>bytes</th><th>functions</th>"
                + "<th>sections (bytes)</th><th>needs</th></tr></thead>\n<tbody>\n");
        long total = 0;
        for (ModuleSize m : sizes) {
            h.append("<tr><td>").append(DebugTable.escape(m.cell())).append("</td><td style=\"text-align:right\">")
                    .append(m.bytes() < 0 ? "?" : String.format(Locale.ROOT, "%,d", m.bytes()))
                    .append("</td><td style=\"text-align:right\">").append(m.functions()).append("</td><td>")
                    .append(DebugTable.escape(m.sections().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))))
                    .append("</td><td>").append(DebugTable.escape(m.needs().isEmpty() ? "nothing"
                            : m.needs().stream().sorted().map(Capability::displayName).collect(Collectors.joining(", "))))
                    .append("</td></tr>\n");
            total += Math.max(0, m.bytes());
        }
        h.append("<tr><th>total</th><th style=\"text-align:right\">").append(String.format(Locale.ROOT, "%,d", total))
                .append("</th><td></td><td></td><td></td></tr>\n");
        return h.append("</tbody>\n</table>").toString();
    }
}
