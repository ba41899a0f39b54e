package dev.wasmrust.compiler.resolve;

import dev.wasmrust.compiler.diag.Diagnostic;
import java.util.Set;

/**
 * The order rustc reports problems in, which WasmRust follows even though it resolves names lazily while type
 * checking: duplicate definitions and failed imports first (rustc finds them while building the module graph),
 * then names that do not resolve in bodies and signatures (its late resolution), then privacy errors (collected
 * during resolution, reported at its end), then everything the type checker finds.
 */
public final class ReportOrder {
    private ReportOrder() {}

    private static final Set<String> GRAPH = Set.of("E0428", "E0252", "E0255", "E0432");
    private static final Set<String> LATE = Set.of("E0433", "E0425", "E0405", "E0411", "E0422", "E0531", "E0532",
            "E0434", "E0574");

    public static int rank(Diagnostic d) {
        String code = d.code();
        if (code == null) {
            return 3;
        }
        if (GRAPH.contains(code)) {
            return 0;
        }
        if (LATE.contains(code)) {
            return 1;
        }
        return code.equals("E0603") ? 2 : 3;
    }
}
