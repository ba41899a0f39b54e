package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;

/**
 * The state a session owns and every cell imports from {@code session:rt}: one linear memory, one funcref
 * table, the {@code __stack_pointer} and {@code __interrupt} globals. Owned by the session, not by a host
 * profile or a cell, so it survives profile switches, relinks and faults.
 */
public final class SessionStore {
    private final StoreConfig config;
    private final ByteArrayMemory memory;
    private final TableInstance table;
    private final GlobalInstance stackPointer;
    private final InterruptFlag interruptFlag = new InterruptFlag();
    private final java.util.Map<String, GlobalInstance> runtimeGlobals = new java.util.HashMap<>();

    public SessionStore(StoreConfig config) {
        this.config = config;
        this.memory = new ByteArrayMemory(new MemoryLimits(config.initialPages(), config.maxPages()));
        this.table = new TableInstance(new Table(ValType.FuncRef, new TableLimits(config.tableSize(), config.tableMax())),
                (int) Value.REF_NULL_VALUE);
        this.stackPointer = new GlobalInstance(Value.i32(config.stackPointer()), MutabilityType.Var);
        SessionAbi.RUNTIME_GLOBALS.forEach((name, init) ->
                runtimeGlobals.put(name, new GlobalInstance(Value.i32(init), MutabilityType.Var)));
    }

    /** One of {@link SessionAbi#RUNTIME_GLOBALS}, or null. */
    GlobalInstance runtimeGlobal(String name) {
        return runtimeGlobals.get(name);
    }

    /** Back to their initial values, after a cell stopped in the middle of using them. */
    void resetRuntimeGlobals() {
        SessionAbi.RUNTIME_GLOBALS.forEach((name, init) -> runtimeGlobals.get(name).setValue(init));
    }

    public StoreConfig config() {
        return config;
    }

    public Memory memory() {
        return memory;
    }

    public TableInstance table() {
        return table;
    }

    public GlobalInstance stackPointer() {
        return stackPointer;
    }

    GlobalInstance interruptFlag() {
        return interruptFlag;
    }

    /** True when {@code memory.grow} can give no more pages. */
    boolean memoryAtLimit() {
        return memory.pages() >= config.maxPages();
    }
}
