package dev.wasmrust.compiler.types;

/** Rust's namespaces of names: values (functions, constants, constructors) and types (types, traits, modules). */
enum Namespace {
    VALUE, TYPE;

    /** How rustc names the namespace in "defined multiple times" notes. */
    String word() {
        return this == VALUE ? "value" : "type";
    }
}
