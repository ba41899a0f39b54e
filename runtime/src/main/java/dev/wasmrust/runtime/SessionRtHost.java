package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import java.util.List;

/** The functions of {@code session:rt} (see {@link SessionAbi}), the same under every profile. */
final class SessionRtHost {
    private SessionRtHost() {}

    static List<HostFunction> functions(HostState st, Interrupter interrupter) {
        String m = SessionAbi.RT;
        return List.of(
                fn(m, SessionAbi.INTERRUPTED, List.of(), List.of(), (inst, a) -> {
                    interrupter.check();
                    return null;
                }),
                fn(m, SessionAbi.PANIC, List.of(I32, I32), List.of(), (inst, a) -> {
                    throw new CellSignal.Panic(text(inst, a[0], a[1]));
                }),
                fn(m, SessionAbi.EXIT, List.of(I32), List.of(), (inst, a) -> {
                    throw new CellSignal.Exit((int) a[0]);
                }),
                fn(m, SessionAbi.OUT_OF_MEMORY, List.of(I32), List.of(), (inst, a) -> {
                    throw new CellSignal.OutOfMemory("memory allocation of " + Integer.toUnsignedString((int) a[0])
                            + " bytes failed");
                }),
                fn(m, SessionAbi.WRITE, List.of(I32, I32, I32), List.of(), (inst, a) -> {
                    byte[] b = HostFunctions.bytes(inst, a[1], a[2]);
                    st.io.write(a[0] == 2 ? StdStream.STDERR : StdStream.STDOUT, b, 0, b.length);
                    return null;
                }),
                fn(m, SessionAbi.READ, List.of(I32, I32), List.of(I32), (inst, a) -> {
                    byte[] buf = new byte[(int) Math.max(0, Math.min(a[1], 1 << 16))];
                    int n = st.io.readOrInterrupt(buf, 0, buf.length);
                    inst.memory().write((int) a[0], buf, 0, n);
                    return new long[] {n};
                }));
    }

}
