package dev.wasmrust.compiler.wasmir;

import java.util.List;

/**
 * A function: {@code params} are the first locals, then {@code locals}. {@code exportName} is null
 * for an unexported function. {@code body} does not include the function's final {@code end}.
 */
public record WirFunction(String name, List<WirLocal> params, List<ValType> results, List<WirLocal> locals,
                          List<Inst> body, String exportName) {
    public WirFunction {
        params = List.copyOf(params);
        results = List.copyOf(results);
        locals = List.copyOf(locals);
        body = List.copyOf(body);
    }

    public FuncType type() {
        return new FuncType(params.stream().map(WirLocal::type).toList(), results);
    }
}
