package dev.wasmrust.runtime;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The hosts a module can run under, after the seed's host-profile table. Each is a set of host imports
 * (see {@link HostImports}) plus the capabilities below; {@link #capabilities(HostOptions)} is what a module
 * is checked against when it is loaded.
 *
 * <pre>
 * profile   threads                         JS interop             component model  memory regions
 * browser   only when cross-origin isolated mocked JS objects      partial          no
 * node      yes (worker threads)            mocked native binding  via polyfill     no
 * wasmtime  yes (wasi-threads)              host functions         full             configurable
 * embedded  no                              no                     partial          no
 * </pre>
 *
 * SIMD is offered by none: Chicory 1.7.5's compiler has no SIMD and its SIMD interpreter is not on the
 * class path. Component binaries are refused by all: Chicory instantiates core modules only, so even
 * {@code wasmtime}'s "full" support means core modules produced from components.
 */
public enum HostProfile {
    /** Mocked {@code console}, {@code window}, {@code document}, {@code fetch}; JS values as externref handles. */
    BROWSER(EnumSet.of(Capability.SESSION_ABI, Capability.CONSOLE, Capability.JS_INTEROP, Capability.DOM,
            Capability.FETCH, Capability.EXTERNREF), "partial"),
    /** WASI preview 1 plus mocked {@code process}, {@code console} and Buffer-like bytes. */
    NODE(EnumSet.of(Capability.SESSION_ABI, Capability.WASI, Capability.CONSOLE, Capability.JS_INTEROP,
            Capability.NODE_API, Capability.EXTERNREF, Capability.THREADS), "via polyfill"),
    /** WASI preview 1: stdio, args, env, clocks, random, granted directories, exit codes. */
    WASMTIME(EnumSet.of(Capability.SESSION_ABI, Capability.WASI, Capability.EXTERNREF, Capability.THREADS),
            "full"),
    /** Only the session ABI. */
    EMBEDDED(EnumSet.of(Capability.SESSION_ABI), "partial");

    private final Set<Capability> base;
    private final String componentModel;

    HostProfile(Set<Capability> base, String componentModel) {
        this.base = base;
        this.componentModel = componentModel;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The seed's "component model" column, for messages. */
    public String componentModelSupport() {
        return componentModel;
    }

    /** The capabilities this profile offers under the given options. */
    public Set<Capability> capabilities(HostOptions options) {
        EnumSet<Capability> caps = EnumSet.copyOf(base);
        if (this == BROWSER && options.crossOriginIsolated()) {
            caps.add(Capability.THREADS);
        }
        if (this == WASMTIME && !options.memoryRegions().isEmpty()) {
            caps.add(Capability.MEMORY_REGIONS);
        }
        return caps;
    }

    /** The profile named on the command line, or null. */
    public static HostProfile parse(String s) {
        for (HostProfile p : values()) {
            if (p.cliName().equals(s)) {
                return p;
            }
        }
        return null;
    }
}
