package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.source.Span;

/**
 * Where a {@code let} is in the source, for E0005.
 *
 * @param pattern the binding's pattern
 * @param statement the statement from {@code let} to the end of its initializer, without the {@code ;};
 *     null for a binding that is not a {@code let} with an initializer (no {@code let...else} is suggested)
 */
public record LetSite(Span pattern, Span statement) {}
