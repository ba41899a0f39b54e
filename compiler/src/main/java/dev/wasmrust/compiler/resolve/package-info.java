/** Name resolution of items: which functions and constants a module or block defines, and what is not supported yet. */
package dev.wasmrust.compiler.resolve;
