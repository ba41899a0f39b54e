package dev.wasmrust.compiler.borrow;

import java.util.List;

/** A function body as a control-flow graph of single-step nodes; node 0 is the entry. */
record Cfg(List<Step> steps, List<List<Integer>> successors, List<List<Integer>> predecessors) {
    Cfg {
        steps = List.copyOf(steps);
        successors = successors.stream().map(List::copyOf).toList();
        predecessors = predecessors.stream().map(List::copyOf).toList();
    }

    int size() {
        return steps.size();
    }
}
