/**
 * The Rust abstract syntax tree: immutable records under sealed interfaces, a span on every node,
 * nothing but syntax. Later phases keep their results in side tables keyed by node identity
 * ({@link java.util.IdentityHashMap}), never in the nodes. Macro invocations are kept as token trees
 * and expanded by later phases. {@code Error} variants stand for input the parser could not
 * understand and already reported, so later phases stay quiet about them.
 */
package dev.wasmrust.compiler.ast;
