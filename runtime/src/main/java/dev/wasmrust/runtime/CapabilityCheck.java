package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Import;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a module's requirements against a profile, before anything of the module runs. */
final class CapabilityCheck {
    private CapabilityCheck() {}

    static List<MissingCapability> check(HostProfile p, HostOptions o, WasmModule m, ModuleRequirements r,
                                         Map<String, HostFunction> offered) {
        Set<Capability> caps = p.capabilities(o);
        List<MissingCapability> missing = new ArrayList<>();
        for (int i : r.reachableImports().stream().sorted().toList()) {
            Import imp = m.importSection().getImport(i);
            if (imp.module().startsWith("session:") || !(imp instanceof FunctionImport)) {
                continue; // the session resolves these; what it cannot resolve is a link error, not a capability
            }
            if (offered.containsKey(HostFunctions.key(imp.module(), imp.name()))) {
                continue;
            }
            String what = "import `" + imp.module() + "." + imp.name() + "`";
            Capability family = ProfileHosts.familyOf(imp.module());
            if (family == null) {
                missing.add(new MissingCapability(null, what, null));
            } else if (!caps.contains(family)) {
                missing.add(new MissingCapability(family, what, note(p, family)));
            } else {
                missing.add(new MissingCapability(null, what, "`" + imp.module() + "` has no function `" + imp.name() + "`"));
            }
        }
        feature(missing, caps, p, Capability.EXTERNREF, r.externref());
        feature(missing, caps, p, Capability.THREADS, r.threads());
        feature(missing, caps, p, Capability.SIMD, r.simd());
        List<String> regions = r.memoryRegions().stream().filter(x -> !o.memoryRegions().contains(x)).toList();
        if (!regions.isEmpty()) {
            missing.add(new MissingCapability(Capability.MEMORY_REGIONS, "memory region intents " + regions,
                    p == HostProfile.WASMTIME ? "configure the regions the host honours" : null));
        }
        return missing;
    }

    private static void feature(List<MissingCapability> missing, Set<Capability> caps, HostProfile p, Capability c,
                                List<String> where) {
        if (!where.isEmpty() && !caps.contains(c)) {
            missing.add(new MissingCapability(c, String.join(", ", where), note(p, c)));
        }
    }

    private static String note(HostProfile p, Capability c) {
        if (c == Capability.WASI && p == HostProfile.BROWSER) {
            return "the browser's console shim offers only fd_write to stdout/stderr and proc_exit";
        }
        if (c == Capability.THREADS && p == HostProfile.BROWSER) {
            return "the browser offers threads only when cross-origin isolated (COOP/COEP)";
        }
        if (c == Capability.SIMD) {
            return "no WasmRust engine runs SIMD (Chicory 1.7.5's compiler lacks it)";
        }
        return null;
    }

    /** Component binaries are refused by every profile: Chicory instantiates core modules only. */
    static MissingCapability component(HostProfile p) {
        return new MissingCapability(Capability.COMPONENT_MODEL, "a component binary",
                "`" + p.cliName() + "` supports the component model " + p.componentModelSupport()
                        + " as core modules lowered from components; the runtime cannot instantiate a component itself");
    }
}
