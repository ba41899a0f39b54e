/** Benchmarks that print figures (compile time, run time next to rustc); never part of the test run. */
package dev.wasmrust.bench;
