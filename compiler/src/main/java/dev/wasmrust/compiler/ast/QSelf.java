package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;

/**
 * The qualified-self part of {@code <T as Trait>::Item}: the type and how many leading segments of
 * the accompanying path name the trait ({@code position}; 0 for {@code <T>::Item}).
 */
public record QSelf(Ty ty, int position, Span span) {}
