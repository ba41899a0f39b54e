package dev.wasmrust.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user grants a host beyond its profile's defaults.
 *
 * @param args               argv after the program name (WASI {@code args_get}, Node's {@code process.argv})
 * @param env                environment variables (WASI {@code environ_get}, Node's {@code process.env})
 * @param directories        guest path to host directory; WASI sees no directory unless it is granted here
 * @param crossOriginIsolated the browser's COOP/COEP headers: only then does {@code browser} offer threads
 * @param memoryRegions      memory regions the {@code wasmtime} host is configured to honour
 * @param fetchFixtures      the browser's {@code fetch} answers, by URL
 */
public record HostOptions(List<String> args, Map<String, String> env, Map<String, Path> directories,
                          boolean crossOriginIsolated, Set<String> memoryRegions, Map<String, FetchFixture> fetchFixtures) {
    public HostOptions {
        args = List.copyOf(args);
        env = Map.copyOf(env);
        directories = Map.copyOf(directories);
        memoryRegions = Set.copyOf(memoryRegions);
        fetchFixtures = Map.copyOf(fetchFixtures);
    }

    public static HostOptions defaults() {
        return new HostOptions(List.of(), Map.of(), Map.of(), false, Set.of(), Map.of());
    }

    public HostOptions withArgs(List<String> a) {
        return new HostOptions(a, env, directories, crossOriginIsolated, memoryRegions, fetchFixtures);
    }

    public HostOptions withEnv(Map<String, String> e) {
        return new HostOptions(args, e, directories, crossOriginIsolated, memoryRegions, fetchFixtures);
    }

    public HostOptions withDirectories(Map<String, Path> d) {
        return new HostOptions(args, env, d, crossOriginIsolated, memoryRegions, fetchFixtures);
    }

    public HostOptions withCrossOriginIsolated(boolean b) {
        return new HostOptions(args, env, directories, b, memoryRegions, fetchFixtures);
    }

    public HostOptions withMemoryRegions(Set<String> r) {
        return new HostOptions(args, env, directories, crossOriginIsolated, r, fetchFixtures);
    }

    public HostOptions withFetchFixtures(Map<String, FetchFixture> f) {
        return new HostOptions(args, env, directories, crossOriginIsolated, memoryRegions, f);
    }
}
