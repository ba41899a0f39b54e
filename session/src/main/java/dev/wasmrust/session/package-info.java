/**
 * The incremental session compiler shared by the REPL and the Jupyter kernel: each cell compiled to
 * its own WebAssembly module, linked by imports to the modules of earlier cells, run in Chicory under
 * a switchable host profile. It has no terminal or Jupyter types.
 * Entry point: {@link dev.wasmrust.session.Session}.
 */
package dev.wasmrust.session;
