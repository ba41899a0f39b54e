package dev.wasmrust.compiler.thir;

import dev.wasmrust.compiler.types.Type;

/** A local variable or parameter; every `let` makes a new one, so shadowing needs no special handling. */
public record TLocal(int id, String name, Type type, boolean mutable) {}
