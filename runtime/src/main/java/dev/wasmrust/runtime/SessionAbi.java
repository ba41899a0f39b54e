package dev.wasmrust.runtime;

/**
 * The contract between compiled cells and the runtime: the import names a cell module uses.
 *
 * <h2>Shared state ({@value #RT})</h2>
 * <pre>
 * (import "session:rt" "memory" (memory 1))             ;; one memory; declare no maximum (or >= the session's)
 * (import "session:rt" "__indirect_function_table" (table 1 funcref))
 * (import "session:rt" "__stack_pointer" (global (mut i32)))
 * (import "session:rt" "__interrupt" (global (mut i32)))  ;; 0, or non-zero once an interrupt is requested
 * (import "session:rt" "__rt_len" (global (mut i32)))     ;; the compiled runtime library's own state, shared
 * (import "session:rt" "__rt_fd" (global (mut i32)))      ;; by every cell because a cell calls the library
 * (import "session:rt" "__rt_indent" (global (mut i32)))  ;; functions of earlier cells (see RUNTIME_GLOBALS)
 * </pre>
 * Cells must not define memories or tables of their own. Every cell's type section starts with the
 * session's canonical, append-only list of function types: Chicory 1.7.5 checks a cross-instance
 * {@code call_indirect} against the callee's type section by index.
 *
 * <h2>Interrupt check</h2>
 * At every loop back-edge (and at function entry of recursive functions) a cell emits
 * <pre>
 *   global.get $__interrupt
 *   if
 *     call $interrupted        ;; (import "session:rt" "interrupted" (func))
 *   end
 * </pre>
 * {@code interrupted} never returns while an interrupt is pending: it ends the cell. Reading the global
 * costs two interpreted instructions; the call happens only once. (Chicory's interpreter does not notice
 * {@code Thread.interrupt} on {@code br_if}/{@code br_table} back-edges; its compiler does. The runtime also
 * installs a per-instruction listener on interpreted cells, unless disabled, so code without the check
 * can still be stopped.)
 *
 * <h2>Panic, exit, out of memory</h2>
 * <ul>
 * <li>{@code (import "session:rt" "panic" (func (param i32 i32)))}: UTF-8 panic message at (ptr, len),
 * without the {@code thread 'main' panicked at} header's trailing newline rules: the text as the user
 * should see it. Never returns; the cell ends with {@link CellOutcome.Panicked}. Whole programs keep
 * their WASI path: message on stderr, then {@code proc_exit(101)}, which also ends a cell as a panic.</li>
 * <li>{@code (import "session:rt" "exit" (func (param i32)))}: {@code std::process::exit}; WASI's
 * {@code proc_exit(n)} is equivalent under profiles with WASI.</li>
 * <li>{@code (import "session:rt" "out_of_memory" (func (param i32)))}: the allocator's answer to
 * {@code memory.grow} returning -1 (argument: the requested size in bytes). Without it, an
 * {@code unreachable} trap while the memory is at its maximum is reported as out of memory too.</li>
 * </ul>
 *
 * <h2>Console</h2>
 * {@code (import "session:rt" "write" (func (param i32 i32 i32)))} (fd 1 or 2, ptr, len) and
 * {@code (import "session:rt" "read" (func (param i32 i32) (result i32)))} (ptr, capacity; bytes read,
 * 0 at end of input) are the cell's standard streams under every profile, also those without WASI.
 *
 * <h2>Earlier cells</h2>
 * {@code (import "session:cells/c12" "foo" ...)} binds to what cell {@code c12} exports as {@code foo}
 * (its newest load if {@code c12} was replaced); {@code (import "session:items" "foo" ...)} binds to the
 * newest cell exporting {@code foo}. Function imports are bound through slots, so a redefinition with the
 * same type is seen by earlier importers too; a redefinition with another type leaves them on the old
 * definition and reports them as stale.
 */
public final class SessionAbi {
    public static final String RT = "session:rt";
    public static final String CELLS_PREFIX = "session:cells/";
    public static final String ITEMS = "session:items";

    public static final String MEMORY = "memory";
    public static final String TABLE = "__indirect_function_table";
    public static final String STACK_POINTER = "__stack_pointer";
    public static final String INTERRUPT_FLAG = "__interrupt";

    /**
     * The runtime library's mutable i32 globals (output buffer length, output stream, pretty-print indent) with
     * their initial values: a cell calls library functions that earlier cells defined, so their state must be one
     * for the whole session. They are reset after a fault (a cell may stop in the middle of formatting).
     */
    public static final java.util.Map<String, Integer> RUNTIME_GLOBALS = java.util.Map.of("__rt_len", 0, "__rt_fd", 1,
            "__rt_indent", 0);

    public static final String INTERRUPTED = "interrupted";
    public static final String PANIC = "panic";
    public static final String EXIT = "exit";
    public static final String OUT_OF_MEMORY = "out_of_memory";
    public static final String WRITE = "write";
    public static final String READ = "read";

    /** The custom section listing memory-region intents, one region name per line (UTF-8). */
    public static final String MEMORY_REGIONS_SECTION = "wasmrust.memory-regions";

    private SessionAbi() {}

    /** The import module name under which a cell's exports are offered to later cells. */
    public static String cellModule(String cellName) {
        return CELLS_PREFIX + cellName;
    }
}
