package dev.wasmrust.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rust's float formatting, as the standard library's Rust source (std/fmt_float.rs) compiled by our own
 * compiler, against what rustc's std printed for the same values ({@code data/floats.txt.gz}, written by
 * {@code src-test/tools/gen-floats.sh}): every f64 and f32 value of the file under {@code {}} and
 * {@code {:?}} (shortest round-trip digits), and the first values of each type under all 15 specs.
 */
class FloatFormattingTest {
    private static final Path DATA = Path.of("src/test/resources/conformance/data/floats.txt.gz").toAbsolutePath();
    private static final String[] SPECS = {"{}", "{:?}", "{:.0}", "{:.1}", "{:.3}", "{:.17}", "{:e}", "{:E}", "{:.2e}",
        "{:+}", "{:10.3}", "{:<12}", "{:^+12.2}", "{:012.4}", "{:#?}"};
    private static final int ALL_SPECS = 600;

    @TempDir
    Path dir;

    private record Line(String bits, String type, String[] outputs) {}

    private static List<Line> lines(String type) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(DATA)),
                StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String[] f = l.split("\t", -1);
                if (f.length == 2 + SPECS.length && f[1].equals(type)) {
                    String[] outputs = new String[SPECS.length];
                    System.arraycopy(f, 2, outputs, 0, SPECS.length);
                    out.add(new Line(f[0], f[1], outputs));
                }
            }
        }
        return out;
    }

    @Test
    void f64ValuesFormatLikeRustc() throws IOException {
        check("f64", "u64");
    }

    @Test
    void f32ValuesFormatLikeRustc() throws IOException {
        check("f32", "u32");
    }

    private void check(String type, String bitsType) throws IOException {
        List<Line> values = lines(type);
        StringBuilder src = new StringBuilder("const BITS: [" + bitsType + "; " + values.size() + "] = [\n");
        for (Line l : values) {
            src.append("    0x").append(l.bits()).append(",\n");
        }
        src.append("];\n\nfn main() {\n    let mut i = 0;\n    while i < BITS.len() {\n");
        src.append("        let v = ").append(type).append("::from_bits(BITS[i]);\n");
        src.append("        println!(\"{}\\t{:?}\", v, v);\n");
        src.append("        if i < ").append(ALL_SPECS).append(" {\n            println!(\"");
        for (int s = 0; s < SPECS.length; s++) {
            src.append(s == 0 ? "" : "\\t").append(SPECS[s]);
        }
        src.append("\"");
        for (int s = 0; s < SPECS.length; s++) {
            src.append(", v");
        }
        src.append(");\n        }\n        i += 1;\n    }\n}\n");
        Path prog = dir.resolve("floats_" + type + ".rs");
        Files.writeString(prog, src.toString());
        CliRun r = CliRun.of("run", "--engine=compiler", prog.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        String[] got = r.stdout().split("\n", -1);
        int line = 0;
        int compared = 0;
        for (int i = 0; i < values.size(); i++) {
            Line l = values.get(i);
            assertEquals(l.outputs()[0] + "\t" + l.outputs()[1], got[line++], type + " " + l.bits() + " under {} and {:?}");
            compared += 2;
            if (i < ALL_SPECS) {
                assertEquals(String.join("\t", l.outputs()), got[line++], type + " " + l.bits() + " under all specs");
                compared += SPECS.length;
            }
        }
        System.out.println(type + ": " + values.size() + " values, " + compared + " formatted outputs identical to rustc's");
    }
}
