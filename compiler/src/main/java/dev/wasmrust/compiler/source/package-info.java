/** Source texts, spans and the map from span to file, line and column. */
package dev.wasmrust.compiler.source;
