package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Item;

/**
 * An associated item of an inherent {@code impl}: a method or associated function ({@code fn} set) or
 * an associated constant ({@code konst} set), with the symbol its body is compiled under and the scope
 * its signature is read in.
 */
record Assoc(String name, Item.Fn fn, Item.Const konst, String symbol, Type selfType, Scope scope) {
    boolean isMethod() {
        return fn != null && fn.selfParam() != null;
    }
}
