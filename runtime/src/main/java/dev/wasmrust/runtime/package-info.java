/**
 * The Chicory embedding: instantiates WebAssembly modules under a host profile, runs them on a dedicated
 * thread with a large stack, and turns exits, traps and stack overflow into process-like outcomes.
 * It knows nothing of the compiler's front end.
 */
package dev.wasmrust.runtime;
