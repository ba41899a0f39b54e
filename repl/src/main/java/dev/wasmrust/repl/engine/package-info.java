/**
 * The narrow interface between the terminal REPL and a session engine ({@link dev.wasmrust.repl.engine.ReplEngine})
 * and the immutable data it exchanges. The REPL uses nothing else of an engine.
 */
package dev.wasmrust.repl.engine;
