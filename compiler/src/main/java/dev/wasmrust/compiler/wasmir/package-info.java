/**
 * WasmIR: the stable boundary between the front end and the backends. A module of functions whose
 * bodies are structured WebAssembly instructions over typed locals, with symbolic references
 * (functions, globals and data by name) that a backend resolves to indices and addresses. It has a
 * text form ({@code WirPrinter}/{@code WirParser}) shown by {@code :ir} and used by golden tests.
 * Version: {@link WirModule#VERSION}.
 */
package dev.wasmrust.compiler.wasmir;
