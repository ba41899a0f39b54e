package dev.wasmrust.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** What a program runs with: host, engine, argv, standard streams and the linear-memory cap in 64 KiB pages. */
public record RunOptions(HostProfile host, Engine engine, List<String> args, InputStream stdin, OutputStream stdout,
                         OutputStream stderr, int maxPages) {
    public RunOptions {
        args = List.copyOf(args);
    }

    /** 16384 pages = 1 GiB, the session default of the architecture. */
    public static final int DEFAULT_MAX_PAGES = 16384;
}
