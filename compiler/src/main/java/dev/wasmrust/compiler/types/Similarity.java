package dev.wasmrust.compiler.types;

import java.util.List;

/** rustc-style "a local variable with a similar name exists": the closest name by edit distance. */
final class Similarity {
    private Similarity() {}

    static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        int limit = Math.max(1, name.length() / 3);
        for (String c : candidates) {
            int d = distance(name, c);
            if (d <= limit && d < bestDist && !c.equals(name)) {
                best = c;
                bestDist = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
