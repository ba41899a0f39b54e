package dev.wasmrust.session;

/**
 * A committed item: its source text, the cell that entered it (its newest definition), and why it is invalid
 * (the first error it has since a later cell changed what it uses), or null while it compiles.
 */
public record ItemDefinition(String text, int cell, String invalidBecause) {
    public boolean valid() {
        return invalidBecause == null;
    }
}
