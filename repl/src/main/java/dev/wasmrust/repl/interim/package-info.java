/**
 * INTERIM: {@link dev.wasmrust.repl.interim.WholeProgramEngine} runs every cell as one whole program with
 * the committed cells replayed, until the session engine offers everything the REPL shows (modules, WAT,
 * sizes, drop). Remove this package once {@code dev.wasmrust.repl.session} covers it.
 */
package dev.wasmrust.repl.interim;
