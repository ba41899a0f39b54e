package dev.wasmrust.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The float math functions of the standard library (std/float_math.rs, compiled by our own compiler) against
 * what rustc's std, that is glibc's libm, returned for the same inputs: tools/float_math_gen.rs prints the
 * bits of every result, {@code data/float_math.txt.gz} holds rustc's output of it (tools/gen-float-math.sh),
 * and this test runs the same program in our runtime and compares result by result. A NaN matches any NaN
 * (Display and Debug print every NaN alike, and wasm does not pin NaN payloads). Functions with mismatches
 * are listed in {@code data/float_math_allowance.txt} with the most mismatches and ULPs allowed and why.
 */
class FloatMathTest {
    private static final Path PROGRAM = Path.of("tools/float_math_gen.rs").toAbsolutePath();
    private static final Path DATA = Path.of("src/test/resources/conformance/data/float_math.txt.gz").toAbsolutePath();
    private static final Path ALLOWANCE = Path.of("src/test/resources/conformance/data/float_math_allowance.txt").toAbsolutePath();

    /** What one function, on one type, did over its inputs. */
    private record Tally(String function, int results, int mismatches, long maxUlp, String firstMismatch) {}

    /** Most mismatches and ULPs a function may show (a justified entry of the allowance file). */
    private record Allowance(int mismatches, long ulp) {}

    @Test
    void floatMathMatchesRustcOnGlibc() throws IOException {
        String expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA))) {
            expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        CliRun r = CliRun.of("run", "--engine=compiler", PROGRAM.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        List<Tally> tallies = compare(expected.split("\n"), r.stdout().split("\n"));
        Map<String, Allowance> allowed = allowances();
        StringBuilder report = new StringBuilder("function             results  mismatches  max ULP\n");
        List<String> failures = new ArrayList<>();
        int total = 0;
        int mismatched = 0;
        for (Tally t : tallies) {
            report.append(String.format("%-22s %6d  %10d  %7d%n", t.function(), t.results(), t.mismatches(), t.maxUlp()));
            total += t.results();
            mismatched += t.mismatches();
            Allowance a = allowed.getOrDefault(t.function(), new Allowance(0, 0));
            if (t.mismatches() > a.mismatches() || t.maxUlp() > a.ulp()) {
                failures.add(t.function() + ": " + t.mismatches() + " mismatches, up to " + t.maxUlp() + " ULP (allowed "
                        + a.mismatches() + ", " + a.ulp() + " ULP); first: " + t.firstMismatch());
            }
        }
        report.append(String.format("total %d results, %d identical to rustc's (%.3f%%)%n", total, total - mismatched,
                100.0 * (total - mismatched) / total));
        System.out.print(report);
        assertTrue(tallies.size() >= 84, "functions measured: " + tallies.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<Tally> compare(String[] expected, String[] actual) {
        List<Tally> out = new ArrayList<>();
        assertTrue(actual.length >= expected.length - 1, "our run printed " + actual.length + " lines, rustc's " + expected.length);
        String function = null;
        int results = 0;
        int mismatches = 0;
        long maxUlp = 0;
        String first = "";
        for (int i = 0; i <= expected.length; i++) {
            String want = i < expected.length ? expected[i] : "#";
            if (want.startsWith("#")) {
                if (function != null) {
                    out.add(new Tally(function, results, mismatches, maxUlp, first));
                }
                if (i < expected.length) {
                    assertEquals(want, actual[i], "section header");
                    function = want.substring(2);
                    results = 0;
                    mismatches = 0;
                    maxUlp = 0;
                    first = "";
                }
                continue;
            }
            if (want.isEmpty()) {
                continue;
            }
            results++;
            String got = actual[i];
            if (!want.equals(got) && !(isNaN(want) && isNaN(got))) {
                mismatches++;
                long ulp = isNaN(want) || isNaN(got) ? Long.MAX_VALUE : Math.abs(ordered(want) - ordered(got));
                maxUlp = Math.max(maxUlp, ulp);
                if (first.isEmpty()) {
                    first = "result " + (results - 1) + ": rustc " + want + ", ours " + got;
                }
            }
        }
        return out;
    }

    private static boolean isNaN(String hex) {
        long v = Long.parseUnsignedLong(hex, 16);
        return hex.length() == 16 ? Double.isNaN(Double.longBitsToDouble(v)) : Float.isNaN(Float.intBitsToFloat((int) v));
    }

    /** The bits as a number that counts ULPs across zero (negative values mirrored below it). */
    private static long ordered(String hex) {
        long v = Long.parseUnsignedLong(hex, 16);
        long sign = hex.length() == 16 ? v >>> 63 : v >>> 31;
        long magnitude = hex.length() == 16 ? v & Long.MAX_VALUE : v & 0x7fffffffL;
        return sign == 1 ? -magnitude : magnitude;
    }

    private static Map<String, Allowance> allowances() throws IOException {
        Map<String, Allowance> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ALLOWANCE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            out.put(f[0] + " " + f[1], new Allowance(Integer.parseInt(f[2]), Long.parseLong(f[3])));
        }
        return out;
    }
}
