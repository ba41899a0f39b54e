package dev.wasmrust.runtime;

/**
 * How a {@link WasmSession} is set up.
 *
 * @param interpreterListener install the per-instruction interrupt check on interpreted cells, so that
 *                            code without the {@link SessionAbi} check can still be stopped (about +10 %
 *                            interpreted time; compiled code is unaffected)
 * @param stackBytes          the stack of the thread a run uses: deep Rust recursion needs far more than
 *                            the JVM's default
 */
public record SessionConfig(HostProfile profile, HostOptions hostOptions, StoreConfig store, TierPolicy tiers,
                            boolean interpreterListener, long stackBytes) {
    /**
     * 64 MiB: about 90k interpreted or 500k compiled wasm frames, deeper than Rust's 8 MiB main thread
     * allows for typical frames. Overflowing a JVM stack costs time in proportion to its size (measured:
     * 1.6 s interpreted / 0.6 s compiled at 64 MiB, 19 s / 16 s at 512 MiB), which a REPL user waits for.
     */
    public static final long DEFAULT_STACK_BYTES = 64L << 20;

    public static SessionConfig defaults() {
        return new SessionConfig(HostProfile.WASMTIME, HostOptions.defaults(), StoreConfig.defaults(), TierPolicy.auto(),
                true, DEFAULT_STACK_BYTES);
    }

    public SessionConfig withProfile(HostProfile p) {
        return new SessionConfig(p, hostOptions, store, tiers, interpreterListener, stackBytes);
    }

    public SessionConfig withHostOptions(HostOptions o) {
        return new SessionConfig(profile, o, store, tiers, interpreterListener, stackBytes);
    }

    public SessionConfig withStore(StoreConfig s) {
        return new SessionConfig(profile, hostOptions, s, tiers, interpreterListener, stackBytes);
    }

    public SessionConfig withTiers(TierPolicy t) {
        return new SessionConfig(profile, hostOptions, store, t, interpreterListener, stackBytes);
    }

    public SessionConfig withInterpreterListener(boolean on) {
        return new SessionConfig(profile, hostOptions, store, tiers, on, stackBytes);
    }
}
