package dev.wasmrust.compiler.wasmir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files, text in and text out: each {@code golden/NAME.rs} lowers to the WasmIR in {@code NAME.wir}
 * (the program's own functions; the runtime library is left out). After an intended change, regenerate
 * with {@code mvn -pl compiler test -Dtest=GoldenIrTest -Dwasmrust.bless=true} and review the diff.
 */
class GoldenIrTest {
    private static final Path DIR = Path.of("src/test/resources/wasmir/golden");

    @TestFactory
    Stream<DynamicTest> loweringMatchesGoldenIr() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            CompileResult r = TestSupport.compile(Files.readString(src));
            assertTrue(r.success(), r.diagnostics().toString());
            WirModule m = r.ir();
            WirModule own = new WirModule(List.of(), m.memory(), List.of(), List.of(),
                    m.functions().stream().filter(f -> !f.name().startsWith("__rt_")).toList());
            String text = WirPrinter.print(own);
            Path golden = DIR.resolve(src.getFileName().toString().replace(".rs", ".wir"));
            if (Boolean.getBoolean("wasmrust.bless")) {
                Files.writeString(golden, text);
            }
            assertTrue(Files.exists(golden), "no " + golden + " yet: run with -Dwasmrust.bless=true and review it");
            assertEquals(Files.readString(golden), text);
            assertEquals(own, WirParser.parse(text));
        }));
    }
}
