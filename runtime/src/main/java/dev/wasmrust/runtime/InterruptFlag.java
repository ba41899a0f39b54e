package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;

/**
 * The {@code session:rt/__interrupt} global. Chicory's globals are plain fields, which compiled code may
 * read once and keep; this one is volatile so a loop polling it sees another thread's store.
 */
final class InterruptFlag extends GlobalInstance {
    private volatile long value;

    InterruptFlag() {
        super(0, 0, ValType.I32, MutabilityType.Var);
    }

    @Override
    public long getValue() {
        return value;
    }

    @Override
    public long getValueLow() {
        return value;
    }

    @Override
    public void setValue(long v) {
        value = v;
    }

    @Override
    public void setValueLow(long v) {
        value = v;
    }

    @Override
    public void setValue(Value v) {
        value = v.raw();
    }
}
