package dev.wasmrust.bench;

import java.util.Random;

/**
 * Generates programs of the language the compiler supports today (functions, integer arithmetic of
 * every width, loops, conditionals, formatting), deterministic for a seed, of about the requested size.
 */
public final class ProgramGenerator {
    private static final String[] TYPES = {"i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128", "usize"};

    private ProgramGenerator() {}

    public static String generate(int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int fn = 0;
        while (countLines(sb) < lines - 12) {
            String t = TYPES[r.nextInt(TYPES.length)];
            sb.append("fn f").append(fn).append("(a: ").append(t).append(", b: ").append(t).append(") -> ").append(t)
                    .append(" {\n");
            sb.append("    let mut acc: ").append(t).append(" = a % 7;\n");
            sb.append("    let mut i = 0u32;\n");
            sb.append("    while i < 5 {\n");
            sb.append("        if i % 2 == 0 {\n");
            sb.append("            acc = acc / 2 + (b % 3);\n");
            sb.append("        } else {\n");
            sb.append("            acc = (acc ^ (b & 7)) | 1;\n");
            sb.append("        }\n");
            sb.append("        i += 1;\n");
            sb.append("    }\n");
            sb.append("    for k in 0..3 {\n");
            sb.append("        acc = acc % 50 + k as ").append(t).append(";\n");
            sb.append("    }\n");
            sb.append("    let label = if acc > 10 { 'x' } else { 'y' };\n");
            sb.append("    if label == 'z' { panic!(\"unreachable {}\", acc); }\n");
            sb.append("    acc\n");
            sb.append("}\n\n");
            fn++;
        }
        sb.append("fn main() {\n");
        sb.append("    let mut total: u64 = 0;\n");
        for (int i = 0; i < fn; i++) {
            sb.append("    total += f").append(i).append("(").append(r.nextInt(100)).append(", ").append(r.nextInt(100))
                    .append(") as u64;\n");
        }
        sb.append("    println!(\"total = {total:>10}\");\n");
        sb.append("}\n");
        return sb.toString();
    }

    private static int countLines(StringBuilder sb) {
        int n = 0;
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
