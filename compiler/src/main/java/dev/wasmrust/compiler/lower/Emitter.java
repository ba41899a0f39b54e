package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Inst;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirLocal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one WasmIR function body: instructions, locals, and a stack of open structured blocks so that
 * branches can name their target by an opaque handle instead of a hand-computed depth.
 */
final class Emitter {
    private final String name;
    private final List<WirLocal> params;
    private final List<ValType> results;
    private final List<WirLocal> locals = new ArrayList<>();
    private final List<Inst> body = new ArrayList<>();
    /** Open blocks; a branch target is the index of its block in this list. */
    private int openBlocks;

    Emitter(String name, List<WirLocal> params, List<ValType> results) {
        this.name = name;
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
    }

    WirFunction finish(String exportName) {
        return new WirFunction(name, params, results, locals, body, exportName);
    }

    /**
     * Finishes with {@code prologue} placed before the body (emitted last, once the frame size is known) and
     * each instruction of {@code marks} (compared by identity) replaced by {@code replacement}.
     */
    WirFunction finish(String exportName, List<Inst> prologue, java.util.Set<Inst> marks, List<Inst> replacement) {
        List<Inst> all = new ArrayList<>(prologue);
        for (Inst i : body) {
            if (marks.contains(i)) {
                all.addAll(replacement);
            } else {
                all.add(i);
            }
        }
        return new WirFunction(name, params, results, locals, all, exportName);
    }

    List<Inst> instructions() {
        return List.copyOf(body);
    }

    int newLocal(String name, ValType t) {
        locals.add(new WirLocal(name, t));
        return params.size() + locals.size() - 1;
    }

    Emitter emit(Inst i) {
        body.add(i);
        return this;
    }

    Emitter op(Op op) {
        return emit(new Inst.Numeric(op));
    }

    Emitter i32(int v) {
        return emit(new Inst.Const(ValType.I32, v));
    }

    Emitter i64(long v) {
        return emit(new Inst.Const(ValType.I64, v));
    }

    Emitter get(int local) {
        return emit(new Inst.LocalGet(local));
    }

    Emitter set(int local) {
        return emit(new Inst.LocalSet(local));
    }

    Emitter tee(int local) {
        return emit(new Inst.LocalTee(local));
    }

    Emitter call(String f) {
        return emit(new Inst.Call(f));
    }

    Emitter load(Op op, int offset) {
        return emit(new Inst.Load(op, op.naturalAlignLog2(), offset));
    }

    Emitter store(Op op, int offset) {
        return emit(new Inst.Store(op, op.naturalAlignLog2(), offset));
    }

    Emitter data(String symbol) {
        return emit(new Inst.DataAddr(symbol, 0));
    }

    Emitter globalGet(String g) {
        return emit(new Inst.GlobalGet(g));
    }

    Emitter globalSet(String g) {
        return emit(new Inst.GlobalSet(g));
    }

    Emitter drop() {
        return emit(new Inst.Drop());
    }

    Emitter unreachable() {
        return emit(new Inst.Unreachable());
    }

    Emitter ret() {
        return emit(new Inst.Return());
    }

    /** Opens a block; returns its handle for {@link #br}. */
    int block(BlockType t) {
        emit(new Inst.Block(t));
        return openBlocks++;
    }

    int loop(BlockType t) {
        emit(new Inst.Loop(t));
        return openBlocks++;
    }

    int ifThen(BlockType t) {
        emit(new Inst.If(t));
        return openBlocks++;
    }

    void elseBranch() {
        emit(new Inst.Else());
    }

    void end() {
        emit(new Inst.End());
        openBlocks--;
    }

    Emitter br(int handle) {
        return emit(new Inst.Br(openBlocks - 1 - handle));
    }

    Emitter brIf(int handle) {
        return emit(new Inst.BrIf(openBlocks - 1 - handle));
    }

    int depth() {
        return openBlocks;
    }
}
