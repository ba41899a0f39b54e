package dev.wasmrust.compiler.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which chars Rust's {@code Debug} writes as a Unicode escape. Taken from rustc itself
 * (src-test/tools/gen-char-escapes.sh) rather than from Java's character data, whose Unicode
 * version differs from Rust's.
 */
final class CharEscapes {
    private static final int[][] RANGES = load();

    private CharEscapes() {}

    static boolean escaped(int cp) {
        int i = Arrays.binarySearch(RANGES[0], cp);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && cp <= RANGES[1][at];
    }

    private static int[][] load() {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = CharEscapes.class.getResourceAsStream("char-escapes.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("-");
                    ranges.add(new int[] {Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1], 16)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[][] out = new int[2][ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            out[0][i] = ranges.get(i)[0];
            out[1][i] = ranges.get(i)[1];
        }
        return out;
    }
}
