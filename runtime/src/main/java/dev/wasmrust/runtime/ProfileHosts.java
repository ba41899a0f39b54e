package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The host functions each profile offers, and which capability an import module belongs to. */
final class ProfileHosts {
    private ProfileHosts() {}

    /** Keyed by {@link HostFunctions#key}. The session ABI's functions are added by the session. */
    static Map<String, HostFunction> offered(HostProfile p, HostState st) {
        List<HostFunction> fs = new ArrayList<>();
        switch (p) {
            case BROWSER -> {
                fs.addAll(WasiHost.consoleShim(st));
                fs.addAll(ConsoleHost.functions(st));
                fs.addAll(JsHost.functions(st));
                fs.addAll(DomHost.functions(st));
                fs.addAll(CanvasHost.functions(st));
                fs.addAll(FetchHost.functions(st));
            }
            case NODE -> {
                fs.addAll(WasiHost.full(st));
                fs.addAll(ConsoleHost.functions(st));
                fs.addAll(JsHost.functions(st));
                fs.addAll(NodeHost.functions(st));
            }
            case WASMTIME -> fs.addAll(WasiHost.full(st));
            case EMBEDDED -> { }
            default -> throw new IllegalStateException(p.name());
        }
        Map<String, HostFunction> byKey = new HashMap<>();
        for (HostFunction f : fs) {
            byKey.put(HostFunctions.key(f.module(), f.name()), f);
        }
        return byKey;
    }

    /** The capability an import module's functions belong to; null for modules no profile knows. */
    static Capability familyOf(String module) {
        switch (module) {
            case WasiHost.MODULE:
            case "wasi_unstable":
                return Capability.WASI;
            case ConsoleHost.MODULE:
                return Capability.CONSOLE;
            case JsHost.MODULE:
                return Capability.JS_INTEROP;
            case DomHost.DOCUMENT:
            case DomHost.WINDOW:
            case CanvasHost.MODULE:
                return Capability.DOM;
            case FetchHost.MODULE:
                return Capability.FETCH;
            case NodeHost.PROCESS:
            case NodeHost.BUFFER:
                return Capability.NODE_API;
            default:
                if (module.startsWith("session:")) {
                    return Capability.SESSION_ABI;
                }
                if (module.startsWith("wasi:")) {
                    return Capability.COMPONENT_MODEL;
                }
                return null;
        }
    }
}
