package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.TokenTree;
import java.util.List;

/** What a matcher's meta-variable matched: one fragment, or one binding per repetition. */
sealed interface Binding {
    record One(String kind, List<TokenTree> tokens) implements Binding {
        public One {
            tokens = List.copyOf(tokens);
        }
    }

    record Many(List<Binding> items) implements Binding {
        public Many {
            items = List.copyOf(items);
        }
    }
}
