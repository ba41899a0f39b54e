package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.source.Span;

/**
 * A borrow of {@code place}: {@code span} is where rustc points for it ({@code &x}, or the receiver of an
 * auto-referenced method call), {@code placeSpan} the borrowed place (where a `.clone()` would go), and
 * {@code activation} the whole call for a two-phase borrow of a method receiver (null otherwise).
 */
record Loan(int id, Place place, boolean mutable, String shown, Span span, Span placeSpan, Span activation) {}
