/** The WebAssembly binary encoder: LEB128, sections and instructions. It trusts its caller; validation happens on load. */
package dev.wasmrust.compiler.wasm;
