package dev.wasmrust.runtime;

import java.util.Locale;

/**
 * What a module may need from its host. A host profile offers a set of these; a module needing one its
 * profile lacks is refused at load time, before any of its code runs (the seed's host-profile contract).
 */
public enum Capability {
    /** The session ABI: {@code session:rt} (memory, table, stack pointer, interrupt, panic, output) and earlier cells. */
    SESSION_ABI("session-abi"),
    /** WASI preview 1 ({@code wasi_snapshot_preview1}): stdio, args, env, clocks, random, granted directories, exit. */
    WASI("wasi"),
    /** A JavaScript {@code console} ({@code console.log} and friends). */
    CONSOLE("console"),
    /** Values of the JavaScript world passed as externref handles ({@code js} module). */
    JS_INTEROP("js-interop"),
    /** The browser's {@code window} (timers) and {@code document} (an element tree). */
    DOM("dom"),
    /** The browser's {@code fetch}, answered from registered fixtures. */
    FETCH("fetch"),
    /** Node's {@code process} and Buffer-like bytes ({@code process}, {@code buffer} modules). */
    NODE_API("node-api"),
    /** The externref value type (opaque host references). */
    EXTERNREF("externref"),
    /** Shared memory and atomic instructions. */
    THREADS("threads"),
    /** 128-bit SIMD instructions or values. */
    SIMD("simd"),
    /** A component-model binary rather than a core module. */
    COMPONENT_MODEL("component-model"),
    /** Memory-region intents (custom section {@code wasmrust.memory-regions}) validated by the host. */
    MEMORY_REGIONS("memory-regions");

    private final String displayName;

    Capability(String displayName) {
        this.displayName = displayName;
    }

    /** The name used in messages and on the command line, e.g. {@code wasi}. */
    public String displayName() {
        return displayName;
    }

    public static Capability parse(String s) {
        for (Capability c : values()) {
            if (c.displayName.equals(s) || c.name().equals(s.toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
