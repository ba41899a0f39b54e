/**
 * The Chicory embedding. {@link dev.wasmrust.runtime.WasmSession} is the incremental session engine's
 * entry point: a {@link dev.wasmrust.runtime.SessionStore} (memory, table, globals) owned by the session,
 * cells linked against it, earlier cells and a {@link dev.wasmrust.runtime.HostProfile}'s mocked host,
 * runs on a dedicated thread ending in a {@link dev.wasmrust.runtime.CellOutcome}. The import contract
 * cells follow is {@link dev.wasmrust.runtime.SessionAbi}. {@link dev.wasmrust.runtime.ProgramRunner}
 * runs whole WASI programs like processes. It knows nothing of the compiler's front end.
 */
package dev.wasmrust.runtime;
