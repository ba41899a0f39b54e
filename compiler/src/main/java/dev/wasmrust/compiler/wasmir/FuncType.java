package dev.wasmrust.compiler.wasmir;

import java.util.List;

public record FuncType(List<ValType> params, List<ValType> results) {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? " " : "").append(params.get(i).text());
        }
        sb.append(") -> (");
        for (int i = 0; i < results.size(); i++) {
            sb.append(i > 0 ? " " : "").append(results.get(i).text());
        }
        return sb.append(")").toString();
    }
}
