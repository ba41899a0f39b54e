package dev.wasmrust.compiler.types;

/**
 * Where an item or import may be named from: everywhere ({@code restrictedTo} null, {@code pub}) or only inside
 * one module (private items are restricted to their own module, {@code pub(super)} to the parent, ...).
 */
record ItemVis(Scope restrictedTo) {
    static final ItemVis PUBLIC = new ItemVis(null);

    /** Visible from code in {@code where}'s module: always if public, else if that module is inside the restriction. */
    boolean visibleFrom(Scope where) {
        return restrictedTo == null || where.isWithin(restrictedTo);
    }

    boolean isPublic() {
        return restrictedTo == null;
    }
}
