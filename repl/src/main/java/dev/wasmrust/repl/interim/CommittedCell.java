package dev.wasmrust.repl.interim;

import dev.wasmrust.repl.analysis.Chunk;
import dev.wasmrust.repl.analysis.ParsedCell;

import dev.wasmrust.compiler.wasmir.WirModule;
import java.util.List;

/**
 * A cell the session kept: its statements (empty when it panicked: only its items were kept, and they live
 * in the session's item list), its trailing expression and whether that showed a value, and the module
 * its evaluation produced.
 */
record CommittedCell(int number, String source, List<Chunk> statements, Chunk tail, boolean valueShown, byte[] wasm,
                     WirModule ir) {
    CommittedCell {
        statements = List.copyOf(statements);
    }

    String name() {
        return ParsedCell.fileName(number);
    }
}
