package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.fn;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiExitException;
import java.util.List;

/** WASI preview 1: all of Chicory's implementation, or the browser's console shim. */
final class WasiHost {
    static final String MODULE = "wasi_snapshot_preview1";
    /** WASI errno EBADF. */
    private static final int EBADF = 8;

    private WasiHost() {}

    static List<HostFunction> full(HostState st) {
        return List.of(st.wasi());
    }

    /**
     * What a browser WASI polyfill gives a command module: {@code fd_write} to fds 1 and 2 becomes
     * console output and {@code proc_exit} ends the program. No args, env, clocks, files or stdin: those
     * need the {@code wasi} capability.
     */
    static List<HostFunction> consoleShim(HostState st) {
        return List.of(
                fn(MODULE, "fd_write", List.of(I32, I32, I32, I32), List.of(I32), (inst, a) -> {
                    int fd = (int) a[0];
                    if (fd != 1 && fd != 2) {
                        return new long[] {EBADF};
                    }
                    Memory m = inst.memory();
                    int iovs = (int) a[1];
                    int total = 0;
                    for (int i = 0; i < (int) a[2]; i++) {
                        int ptr = m.readInt(iovs + 8 * i);
                        int len = m.readInt(iovs + 8 * i + 4);
                        st.io.write(fd == 1 ? StdStream.STDOUT : StdStream.STDERR, m.readBytes(ptr, len), 0, len);
                        total += len;
                    }
                    m.writeI32((int) a[3], total);
                    return new long[] {0};
                }),
                fn(MODULE, "proc_exit", List.of(I32), List.of(), (inst, a) -> {
                    throw new WasiExitException((int) a[0]);
                }));
    }

    static boolean isShimmed(String name) {
        return name.equals("fd_write") || name.equals("proc_exit");
    }
}
