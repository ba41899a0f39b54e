package dev.wasmrust.repl.engine;

import dev.wasmrust.runtime.Capability;
import dev.wasmrust.runtime.HostProfile;
import java.util.Map;
import java.util.Set;

/** {@code :caps}: what the profile offers, and per cell what its module needs. */
public record Capabilities(HostProfile profile, Set<Capability> offered, Map<String, Set<Capability>> neededByCell) {
    public Capabilities {
        offered = Set.copyOf(offered);
        neededByCell = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(neededByCell));
    }
}
