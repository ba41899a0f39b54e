package dev.wasmrust.compiler.patterns;

/** A pattern no arm covers, e.g. {@code Some(_)}; {@link #text()} is how rustc prints it. */
public final class Witness {
    final WitnessPat pat;
    /** Printed on demand: a big match can have far more witnesses than a diagnostic shows. */
    private String text;

    Witness(WitnessPat pat) {
        this.pat = pat;
    }

    public String text() {
        if (text == null) {
            text = WitnessPrinter.print(pat);
        }
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
