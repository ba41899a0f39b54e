/**
 * The typed intermediate representation between type checking and lowering: every expression carries
 * its final type, names are resolved to locals and functions, and macros are expanded ({@code println!}
 * into {@link TExpr.Format}, {@code assert_eq!} into a comparison and a {@link TExpr.Panic}).
 */
package dev.wasmrust.compiler.thir;
