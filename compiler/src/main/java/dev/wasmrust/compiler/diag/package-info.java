/**
 * Diagnostics as data (level, code, message, labelled spans, notes and help) and the one place that
 * renders them the way rustc does.
 */
package dev.wasmrust.compiler.diag;
