package dev.wasmrust.runtime;

/** A module could not be loaded: invalid, missing an import, or needing what the host profile lacks. */
public class LinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
