package dev.wasmrust.compiler.borrow;

/**
 * What a call's result may borrow from one argument: nothing, the argument's value (its own loans and the
 * borrow it is), or only what the argument points to (a method whose result outlives the `&self` borrow,
 * such as an iterator's {@code next}).
 */
public enum Origin { NONE, VALUE, POINTEE }
