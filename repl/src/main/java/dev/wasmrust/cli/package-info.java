/** The {@code wasmrust} command line: run, build and check Rust files (the REPL arrives with its own issue). */
package dev.wasmrust.cli;
