package dev.wasmrust.compiler.wasmir;

import java.util.List;

/** The signature of a {@code block}/{@code loop}/{@code if}: params are allowed (multi-value). */
public record BlockType(List<ValType> params, List<ValType> results) {
    public static final BlockType EMPTY = new BlockType(List.of(), List.of());

    public BlockType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static BlockType result(ValType t) {
        return new BlockType(List.of(), List.of(t));
    }

    public static BlockType results(List<ValType> ts) {
        return new BlockType(List.of(), ts);
    }

    /** True when the block type fits the single-byte encoding (no params, at most one result). */
    public boolean isSimple() {
        return params.isEmpty() && results.size() <= 1;
    }
}
