package dev.wasmrust.runtime;

import java.util.List;
import java.util.Set;

/**
 * What a module needs from its host, found by {@link RequirementScanner}: the imports its code can reach
 * and the features it uses, each with a short description of where (for messages).
 *
 * @param reachableImports indices (in the import section) of the imports the module needs; a function
 *                         import no export, start function or table entry can reach is not needed
 */
record ModuleRequirements(Set<Integer> reachableImports, List<String> externref, List<String> threads,
                          List<String> simd, List<String> memoryRegions) {
    ModuleRequirements {
        reachableImports = Set.copyOf(reachableImports);
        externref = List.copyOf(externref);
        threads = List.copyOf(threads);
        simd = List.copyOf(simd);
        memoryRegions = List.copyOf(memoryRegions);
    }
}
