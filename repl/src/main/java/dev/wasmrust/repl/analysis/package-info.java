/**
 * Questions about Rust cells that need no running session: cutting a cell into items and statements,
 * type-checking a probe program for {@code :type} and completion, the member index of the standard library
 * and the session's items. Shared by the engines.
 */
package dev.wasmrust.repl.analysis;
