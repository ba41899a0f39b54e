/**
 * The macro expansion phase, between parsing and name resolution: {@code macro_rules!} definitions are
 * collected in textual order and every invocation of one is replaced by its parsed expansion, as rustc's
 * {@code rustc_expand} does for declarative macros. Built-in macros ({@code println!}, {@code vec!} ...) stay
 * for the type checker; user macros inside their arguments are expanded here first. Entry point:
 * {@link dev.wasmrust.compiler.macros.MacroExpansion}.
 */
package dev.wasmrust.compiler.macros;
