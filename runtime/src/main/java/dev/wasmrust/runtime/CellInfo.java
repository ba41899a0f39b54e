package dev.wasmrust.runtime;

import java.util.List;

/**
 * A loaded cell as the session engine sees it.
 *
 * @param exports        the cell's exported functions
 * @param staleImporters earlier cells still bound to a definition this load replaced with another type:
 *                       the session engine should recompile them (as JShell does)
 */
public record CellInfo(String name, Engine engine, List<String> exports, List<String> staleImporters) {
    public CellInfo {
        exports = List.copyOf(exports);
        staleImporters = List.copyOf(staleImporters);
    }
}
