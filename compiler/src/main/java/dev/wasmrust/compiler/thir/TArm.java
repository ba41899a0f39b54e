package dev.wasmrust.compiler.thir;

import dev.wasmrust.compiler.source.Span;

/** A {@code match} arm; {@code guard} is null without {@code if}. */
public record TArm(TPat pat, TExpr guard, TExpr body, Span span) {}
