package dev.wasmrust.runtime;

/** A JS {@code Response} of the browser profile's {@code fetch}. */
record FetchResponse(String url, int status, String body) {
}
