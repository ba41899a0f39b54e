package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.EXTERN;
import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.i32;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import java.util.List;

/**
 * The browser's {@code fetch}, synchronous and offline: a URL with a registered {@link FetchFixture}
 * answers with it, any other URL is a network error (the null reference), as a rejected promise would be.
 */
final class FetchHost {
    static final String MODULE = "fetch";

    private FetchHost() {}

    static List<HostFunction> functions(HostState st) {
        return List.of(
                fn(MODULE, "fetch", List.of(I32, I32), List.of(EXTERN), (inst, a) -> {
                    String url = text(inst, a[0], a[1]);
                    FetchFixture f = st.fixtures.get(url);
                    return new long[] {f == null ? JsHandles.NULL : st.js.put(new FetchResponse(url, f.status(), f.body()))};
                }),
                fn(MODULE, "status", List.of(EXTERN), List.of(I32),
                        (inst, a) -> i32(st.js.get(a[0], FetchResponse.class, "a Response").status())),
                fn(MODULE, "text", List.of(EXTERN), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(st.js.get(a[0], FetchResponse.class, "a Response").body())}));
    }
}
