package dev.wasmrust.compiler;

import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The standard library's prelude, Rust source shipped as a resource and parsed in front of every program. */
public final class Prelude {
    private Prelude() {}

    /** How the prelude's file is named in diagnostics and panic locations. */
    public static final String FILE_NAME = "<std>/prelude.rs";

    private static final String[] SIGNED = {"i8", "i16", "i32", "i64", "i128", "isize"};
    private static final String[] UNSIGNED = {"u8", "u16", "u32", "u64", "u128", "usize"};

    /**
     * The integer methods' template instantiated for every integer type: each `//@ all|signed|unsigned|upto64`
     * section once per type it applies to, with `$T` the type and `$U` its unsigned counterpart.
     */
    static String intMethods(String template) {
        StringBuilder out = new StringBuilder();
        String[] sections = template.split("\n//@ ");
        for (int i = 1; i < sections.length; i++) {
            String kind = sections[i].substring(0, sections[i].indexOf('\n')).trim();
            String body = sections[i].substring(sections[i].indexOf('\n') + 1);
            for (int s = 0; s < 2; s++) {
                String[] types = s == 0 ? SIGNED : UNSIGNED;
                for (int t = 0; t < types.length; t++) {
                    String ty = types[t];
                    boolean applies = switch (kind) {
                        case "signed" -> s == 0;
                        case "unsigned" -> s == 1;
                        case "upto64", "parse64" -> !ty.endsWith("128");
                        default -> true;
                    };
                    if (applies) {
                        out.append(body.replace("$T", ty).replace("$U", UNSIGNED[t])).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The float methods' template instantiated for f32 and f64: `$T` is the type, `$B` its bits' unsigned
     * integer type, `$I` the signed one; the whole template applies to both types.
     */
    static String floatMethods(String template) {
        StringBuilder out = new StringBuilder();
        String[][] types = {{"f32", "u32", "i32"}, {"f64", "u64", "i64"}};
        for (String[] t : types) {
            out.append(template.replace("$T", t[0]).replace("$B", t[1]).replace("$I", t[2])).append('\n');
        }
        return out.toString();
    }

    /**
     * rustc 1.95 reports a float `clamp` with min > max at its assertion in core's source; the std's panic
     * stands at that file's name, line and column, so the message is rustc's byte for byte (panic locations
     * print a std file's name without the {@code <std>/} prefix when it names rustc's source).
     */
    static final String CORE_NUM = "<std>//rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/";

    static String clampFailure(String ty, int line) {
        return "pub fn __clamp_failed_" + ty + "(min: " + ty + ", max: " + ty + ") {" + "\n".repeat(line - 1)
                + "        panic!(\"min > max, or either was NaN. min = {:?}, max = {:?}\", min, max);\n}\n";
    }

    /** How a panic names a source file: rustc's own source (see {@link #CORE_NUM}) without the std's prefix. */
    public static String panicFileName(String name) {
        return name.startsWith("<std>//rustc/") ? name.substring("<std>/".length()) : name;
    }

    public static String source(String file) {
        try (InputStream in = Prelude.class.getResourceAsStream("/dev/wasmrust/std/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the standard library's prelude is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prelude and the standard library files that define its items, as one crate's items. */
    public static Crate parse(SourceMap sources, Diagnostics diags) {
        SourceFile file = sources.add(FILE_NAME, source("prelude.rs"));
        Crate prelude = SyntaxPhase.parseFile(sources, file, null, diags);
        SourceFile floats = sources.add("<std>/fmt_float.rs", source("fmt_float.rs"));
        Crate fmt = SyntaxPhase.parseFile(sources, floats, null, diags);
        java.util.List<dev.wasmrust.compiler.ast.Item> items = new java.util.ArrayList<>(prelude.items());
        items.addAll(fmt.items());
        for (String name : new String[] {"iter.rs", "str.rs", "unicode.rs", "display.rs", "collections.rs", "into_iter.rs",
                "io.rs", "web.rs"}) {
            SourceFile f = sources.add("<std>/" + name, source(name));
            items.addAll(SyntaxPhase.parseFile(sources, f, null, diags).items());
        }
        SourceFile ints = sources.add("<std>/int_methods.rs", intMethods(source("int_methods.rs")));
        items.addAll(SyntaxPhase.parseFile(sources, ints, null, diags).items());
        SourceFile floatsT = sources.add("<std>/float_methods.rs", floatMethods(source("float_methods.rs")));
        items.addAll(SyntaxPhase.parseFile(sources, floatsT, null, diags).items());
        // the float math functions (float_math.rs describes them) and their generated constants
        for (String name : new String[] {"float_consts.rs", "float_math.rs", "float_dd.rs", "float_exp_log.rs", "float_trig.rs", "float_misc.rs"}) {
            SourceFile f = sources.add("<std>/" + name, source(name));
            items.addAll(SyntaxPhase.parseFile(sources, f, null, diags).items());
        }
        for (String[] t : new String[][] {{"f32", "1504"}, {"f64", "1502"}}) {
            SourceFile f = sources.add(CORE_NUM + t[0] + ".rs", clampFailure(t[0], Integer.parseInt(t[1])));
            items.addAll(SyntaxPhase.parseFile(sources, f, null, diags).items());
        }
        return new Crate(prelude.file(), prelude.innerAttrs(), items);
    }
}
