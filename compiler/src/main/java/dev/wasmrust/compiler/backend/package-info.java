/** The dev backend: WasmIR to a WebAssembly binary, directly and deterministically (the role the seed gives Cranelift). */
package dev.wasmrust.compiler.backend;
