package dev.wasmrust.compiler.patterns;

/**
 * The head of a value or pattern: {@code Some}, {@code (,)}, {@code 3..=7}, {@code [_, .., _]}. The
 * special constructors {@link Missing}, {@link NonExhaustive} and {@link Never} exist only inside the
 * algorithm and its witnesses.
 */
sealed interface Ctor {
    /** A wildcard or binding. */
    record Wildcard() implements Ctor {}

    record Or() implements Ctor {}

    /** Tuples and structs. */
    record Struct() implements Ctor {}

    record Variant(int index) implements Ctor {}

    record Ref() implements Ctor {}

    record Bool(boolean value) implements Ctor {}

    /** Integers and chars, {@code [lo, hi)}; see {@link IntRange}. */
    record Ints(IntRange range) implements Ctor {}

    record Slice(SliceShape shape) implements Ctor {}

    /** A literal of an opaque type, compared by its text. */
    record Literal(String text) implements Ctor {}

    /** Stands for the constructors absent from a column. */
    record Missing() implements Ctor {}

    /** Stands for the values of a type whose constructors cannot be listed; printed {@code _}. */
    record NonExhaustive() implements Ctor {}

    /** The value of an empty type, in witnesses; printed {@code _}. */
    record Never() implements Ctor {}

    Ctor WILDCARD = new Wildcard();
    Ctor OR = new Or();
    Ctor STRUCT = new Struct();
    Ctor REF = new Ref();
    Ctor MISSING = new Missing();
    Ctor NON_EXHAUSTIVE = new NonExhaustive();
    Ctor NEVER = new Never();

    /** Whether every value of {@code this} is a value of {@code other}; {@code this} comes from splitting. */
    default boolean isCoveredBy(Ctor other) {
        if (other instanceof Wildcard) {
            return true;
        }
        if (this instanceof Missing || this instanceof NonExhaustive || this instanceof Never) {
            return false;
        }
        if (this instanceof Ints a && other instanceof Ints b) {
            return a.range().isSubrangeOf(b.range());
        }
        if (this instanceof Slice a && other instanceof Slice b) {
            return b.shape().coversLength(a.shape().arity());
        }
        return this.equals(other);
    }
}
