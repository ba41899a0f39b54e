package dev.wasmrust.kernel;

/**
 * Where one request's outputs go (IOPub for a client; a list in tests). Called on the thread running the
 * cell, in order.
 */
public interface Outputs {
    /** Text on {@code stdout} or {@code stderr} ({@code name}). */
    void stream(String name, String text);

    /** A {@code display_data} message. */
    void display(MimeBundle bundle);

    /** Clears the outputs shown so far ({@code clear_output}). */
    void clear();

    /** Outputs nobody sees (a silent execution). */
    Outputs NONE = new Outputs() {
        @Override
        public void stream(String name, String text) { }

        @Override
        public void display(MimeBundle bundle) { }

        @Override
        public void clear() { }
    };
}
