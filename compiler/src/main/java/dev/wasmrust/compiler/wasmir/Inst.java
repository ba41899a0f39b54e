package dev.wasmrust.compiler.wasmir;

import java.util.List;

/**
 * One WasmIR instruction. Bodies are flat lists in wasm's structured order ({@code block} ... {@code end});
 * locals are indices into the function's params-then-locals; functions, globals and data are named
 * symbolically and resolved by the backend.
 */
public sealed interface Inst {
    /** {@code i32.const 5}; floats are stored as their raw bits. */
    record Const(ValType type, long bits) implements Inst {}

    record LocalGet(int index) implements Inst {}

    record LocalSet(int index) implements Inst {}

    record LocalTee(int index) implements Inst {}

    record GlobalGet(String global) implements Inst {}

    record GlobalSet(String global) implements Inst {}

    /** A numeric or conversion op. */
    record Numeric(Op op) implements Inst {}

    /** A load; {@code alignLog2} defaults to the op's natural alignment. */
    record Load(Op op, int alignLog2, long offset) implements Inst {}

    record Store(Op op, int alignLog2, long offset) implements Inst {}

    /** Direct call of a function of this module or an import, by symbol. */
    record Call(String function) implements Inst {}

    /** Indirect call through table 0. */
    record CallIndirect(FuncType type) implements Inst {}

    /** {@code i32.const} of a data symbol's address plus {@code addend}, laid out by the backend. */
    record DataAddr(String data, int addend) implements Inst {}

    /** {@code i32.const} of a function's slot in the table (a function pointer), assigned by the backend. */
    record FuncAddr(String function) implements Inst {}

    record Block(BlockType type) implements Inst {}

    record Loop(BlockType type) implements Inst {}

    record If(BlockType type) implements Inst {}

    record Else() implements Inst {}

    record End() implements Inst {}

    /** Branch to the label {@code depth} levels out (0 = innermost). */
    record Br(int depth) implements Inst {}

    record BrIf(int depth) implements Inst {}

    record BrTable(List<Integer> depths, int defaultDepth) implements Inst {
        public BrTable {
            depths = List.copyOf(depths);
        }
    }

    record Return() implements Inst {}

    record Unreachable() implements Inst {}

    record Nop() implements Inst {}

    record Drop() implements Inst {}

    /** {@code select}; with a type for reference operands. */
    record Select(ValType type) implements Inst {}

    record MemorySize() implements Inst {}

    record MemoryGrow() implements Inst {}

    record MemoryCopy() implements Inst {}

    record MemoryFill() implements Inst {}
}
