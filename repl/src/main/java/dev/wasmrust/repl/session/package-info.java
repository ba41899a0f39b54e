/**
 * The REPL on the incremental session engine ({@code session/}): {@link dev.wasmrust.repl.session.SessionReplEngine}
 * adapts {@code dev.wasmrust.session.Session} to the REPL's {@link dev.wasmrust.repl.engine.ReplEngine}.
 */
package dev.wasmrust.repl.session;
