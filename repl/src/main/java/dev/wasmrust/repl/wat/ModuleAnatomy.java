package dev.wasmrust.repl.wat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections of a WebAssembly binary and their sizes in bytes (header included), read directly from the
 * encoding: what {@code :size} shows so a user sees where a module's bytes go.
 */
public final class ModuleAnatomy {
    private static final String[] SECTION_NAMES = {"custom", "type", "import", "function", "table", "memory", "global",
            "export", "start", "element", "code", "data", "data count", "tag"};

    private ModuleAnatomy() {}

    /** The capability each import family of a module stands for (the runtime checks the same at load time). */
    public static java.util.Set<dev.wasmrust.runtime.Capability> needs(com.dylibso.chicory.wasm.WasmModule m) {
        java.util.Set<dev.wasmrust.runtime.Capability> needs = java.util.EnumSet.noneOf(dev.wasmrust.runtime.Capability.class);
        for (int i = 0; i < m.importSection().importCount(); i++) {
            String mod = m.importSection().getImport(i).module();
            if (mod.startsWith("wasi")) {
                needs.add(dev.wasmrust.runtime.Capability.WASI);
            } else if (mod.startsWith("session:")) {
                needs.add(dev.wasmrust.runtime.Capability.SESSION_ABI);
            } else if (mod.equals("console")) {
                needs.add(dev.wasmrust.runtime.Capability.CONSOLE);
            }
        }
        return needs;
    }

    /** Section name → total bytes, in module order; custom sections are named by their own name. */
    public static Map<String, Integer> sections(byte[] wasm) {
        Map<String, Integer> out = new LinkedHashMap<>();
        int pos = 8;
        while (pos < wasm.length) {
            int start = pos;
            int id = wasm[pos++] & 0xff;
            long[] len = leb(wasm, pos);
            pos = (int) len[1];
            int end = (int) Math.min(wasm.length, pos + len[0]);
            String name = id < SECTION_NAMES.length ? SECTION_NAMES[id] : "section " + id;
            if (id == 0) {
                long[] nameLen = leb(wasm, pos);
                int nStart = (int) nameLen[1];
                int nEnd = (int) Math.min(end, nStart + nameLen[0]);
                name = "custom \"" + new String(wasm, nStart, Math.max(0, nEnd - nStart), java.nio.charset.StandardCharsets.UTF_8) + "\"";
            }
            out.merge(name, end - start, Integer::sum);
            if (end <= start) {
                break;
            }
            pos = end;
        }
        return out;
    }

    /** An unsigned LEB128 at {@code pos}: {value, position after it}. */
    private static long[] leb(byte[] b, int pos) {
        long result = 0;
        int shift = 0;
        while (pos < b.length) {
            int x = b[pos++] & 0xff;
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                break;
            }
            shift += 7;
        }
        return new long[] {result, pos};
    }
}
