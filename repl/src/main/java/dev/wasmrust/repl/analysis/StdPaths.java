package dev.wasmrust.repl.analysis;

import java.util.List;
import java.util.Map;

/**
 * The module tree of Rust's standard library as far as a REPL user types paths into it ({@code std::},
 * {@code std::collections::}, {@code std::f64::consts::}). Names are those of the real std; the completer
 * marks the ones WasmRust's standard library does not define yet.
 */
public final class StdPaths {
    static final Map<String, List<String>> TREE = Map.ofEntries(
            Map.entry("std", List.of("boxed", "char", "cmp", "collections", "convert", "f32", "f64", "fmt", "i8", "i16",
                    "i32", "i64", "i128", "isize", "iter", "mem", "num", "ops", "option", "prelude", "process", "result",
                    "str", "string", "u8", "u16", "u32", "u64", "u128", "usize", "vec")),
            Map.entry("std::collections", List.of("BTreeMap", "BTreeSet", "BinaryHeap", "HashMap", "HashSet", "LinkedList",
                    "VecDeque")),
            Map.entry("std::fmt", List.of("Debug", "Display", "Error", "Formatter", "Result", "Write")),
            Map.entry("std::cmp", List.of("Eq", "Ord", "Ordering", "PartialEq", "PartialOrd", "Reverse", "max", "min")),
            Map.entry("std::iter", List.of("DoubleEndedIterator", "FromIterator", "IntoIterator", "Iterator", "Product", "Sum",
                    "empty", "once", "repeat")),
            Map.entry("std::mem", List.of("drop", "replace", "size_of", "swap", "take")),
            Map.entry("std::ops", List.of("Add", "AddAssign", "Deref", "Div", "Fn", "FnMut", "FnOnce", "Index", "IndexMut",
                    "Mul", "Neg", "Not", "Range", "RangeInclusive", "Rem", "Sub")),
            Map.entry("std::process", List.of("exit")),
            Map.entry("std::string", List.of("String", "ToString")),
            Map.entry("std::vec", List.of("Vec")),
            Map.entry("std::boxed", List.of("Box")),
            Map.entry("std::option", List.of("Option")),
            Map.entry("std::result", List.of("Result")),
            Map.entry("std::convert", List.of("From", "Into", "TryFrom", "TryInto")),
            Map.entry("std::num", List.of("ParseFloatError", "ParseIntError")),
            Map.entry("std::f64", List.of("EPSILON", "INFINITY", "MAX", "MIN", "NAN", "NEG_INFINITY", "consts")),
            Map.entry("std::f32", List.of("EPSILON", "INFINITY", "MAX", "MIN", "NAN", "NEG_INFINITY", "consts")),
            Map.entry("std::f64::consts", List.of("E", "LN_10", "LN_2", "PI", "SQRT_2", "TAU")),
            Map.entry("std::f32::consts", List.of("E", "LN_10", "LN_2", "PI", "SQRT_2", "TAU")));

    private StdPaths() {}

    /** The children of a std path ({@code core::} and {@code alloc::} read as {@code std::}), or null. */
    public static List<String> children(String path) {
        String p = path.replaceFirst("^(core|alloc)(::|$)", "std$2");
        return TREE.get(p);
    }

    /** Whether a child is itself a module (so its completion is followed by `::`). */
    public static boolean isModule(String parent, String child) {
        return TREE.containsKey(parent.replaceFirst("^(core|alloc)(::|$)", "std$2") + "::" + child);
    }
}
