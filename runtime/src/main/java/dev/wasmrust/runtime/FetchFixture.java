package dev.wasmrust.runtime;

/** A canned answer of the browser profile's {@code fetch} for one URL. */
public record FetchFixture(int status, String body) {
    public FetchFixture {
        if (body == null) {
            throw new IllegalArgumentException("body");
        }
    }
}
