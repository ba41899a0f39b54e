package dev.wasmrust.runtime;

import java.util.Locale;

/**
 * The hosts a module can run under (the seed's host-profile table). Until the session engine gives each
 * its own mocked host, every profile offers the WASI preview 1 host of the {@code wasmtime} profile.
 */
public enum HostProfile {
    BROWSER, NODE, WASMTIME, EMBEDDED;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
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
