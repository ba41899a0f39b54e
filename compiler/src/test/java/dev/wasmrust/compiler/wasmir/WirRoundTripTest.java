package dev.wasmrust.compiler.wasmir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.TestSupport;
import dev.wasmrust.compiler.backend.BackendOptions;
import dev.wasmrust.compiler.backend.DevBackend;
import org.junit.jupiter.api.Test;

class WirRoundTripTest {
    private static final String PROGRAM = String.join("\n",
            "fn f(a: i128, b: u8) -> i128 { a * 3 - b as i128 }",
            "fn main() {",
            "    let mut s = 0u64;",
            "    for i in 0..=10 { s += i * i; }",
            "    println!(\"{s:>8} {:?} {}\", 'q', f(-5, 2));",
            "    assert_eq!(s, 385, \"sum of squares\");",
            "}");

    @Test
    void printedIrParsesBackToTheSameModule() throws Exception {
        CompileResult r = TestSupport.compile(PROGRAM);
        assertTrue(r.success(), r.diagnostics().toString());
        String text = WirPrinter.print(r.ir());
        WirModule back = WirParser.parse(text);
        assertEquals(r.ir(), back);
        assertEquals(text, WirPrinter.print(back));
    }

    @Test
    void emittedModulesValidate() {
        CompileResult r = TestSupport.compile(PROGRAM);
        Parser.parse(r.wasm());
        byte[] again = DevBackend.compile(r.ir(), BackendOptions.defaults()).wasm();
        assertEquals(java.util.Arrays.toString(r.wasm()), java.util.Arrays.toString(again));
    }

    @Test
    void parseErrorsCarryLineAndColumn() {
        WirParseException e = assertThrows(WirParseException.class,
                () -> WirParser.parse("wasmir 1\nfunc $f (result i32)\n  i32.const x\nend\n"));
        assertTrue(e.getMessage().startsWith("3:"), e.getMessage());
        assertThrows(WirParseException.class, () -> WirParser.parse("wasmir 99\n"));
    }

    @Test
    void typePrefixIsKeptSoCellsAgreeOnTypeIndices() {
        CompileResult r = TestSupport.compile("fn main() {}");
        FuncType odd = FuncType.of(java.util.List.of(ValType.F64, ValType.F64), java.util.List.of(ValType.F64));
        var out = DevBackend.compile(r.ir(), new BackendOptions(java.util.List.of(odd), 1024, false));
        assertEquals(odd, out.types().get(0));
        Parser.parse(out.wasm());
    }
}
