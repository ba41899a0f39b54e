package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Item;

/**
 * An associated item of an inherent {@code impl}: a method or associated function ({@code fn} set) or
 * an associated constant ({@code konst} set), with the symbol its body is compiled under and the scope
 * its signature is read in; {@code implParams} counts the impl's generic parameters (numbered first).
 */
record Assoc(String name, Item.Fn fn, Item.Const konst, String symbol, Type selfType, Scope scope, int implParams) {
    boolean isMethod() {
        return fn != null && fn.selfParam() != null;
    }
}
