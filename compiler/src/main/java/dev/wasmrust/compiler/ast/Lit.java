package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;

/**
 * A literal with its value already decoded by the parser (escapes processed, underscores removed).
 * {@code suffix} is the literal's type suffix ({@code u8}, {@code f64}) or null.
 */
public sealed interface Lit {
    Span span();

    record Int(BigInteger value, String suffix, Span span) implements Lit {}

    /** The text without underscores and suffix, e.g. {@code 1.5e3}; parsed as the type decides. */
    record Float(String text, String suffix, Span span) implements Lit {}

    record Bool(boolean value, Span span) implements Lit {}

    /** A Unicode scalar value. */
    record Char(int codePoint, Span span) implements Lit {}

    record Byte(int value, Span span) implements Lit {}

    record Str(String value, boolean raw, Span span) implements Lit {}

    record ByteStr(byte[] value, boolean raw, Span span) implements Lit {}

    /** {@code c"..."}: the bytes without the terminating NUL. */
    record CStr(byte[] value, boolean raw, Span span) implements Lit {}

    /** A literal the lexer flagged as malformed; already reported. */
    record Error(Span span) implements Lit {}
}
