/**
 * Pattern exhaustiveness and reachability, independent of the type checker: the checker is given a
 * description of the scrutinee's type ({@link dev.wasmrust.compiler.patterns.PatType}) and the arms'
 * patterns ({@link dev.wasmrust.compiler.patterns.CPat}) and answers with the missing patterns and the
 * unreachable arms and or-alternatives, worded and rendered as rustc does (E0004, E0005 and the
 * {@code unreachable_patterns} lint). The algorithm is the usefulness algorithm of Maranget's
 * "Warnings for pattern matching" with constructor splitting, as rustc's pattern analysis uses it.
 */
package dev.wasmrust.compiler.patterns;
