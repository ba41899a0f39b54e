package dev.wasmrust.compiler.macros;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.TestSupport;
import dev.wasmrust.compiler.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expansion phase through the compiler: what compiles, and rustc's messages for what does not. */
class MacroExpansionTest {
    private static List<String> errors(String src) {
        CompileResult r = TestSupport.compile(src);
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
    }

    private static void compiles(String src) {
        CompileResult r = TestSupport.compile(src);
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
        assertNotNull(r.wasm());
    }

    @Test
    void expressionStatementItemAndPatternPositions() {
        compiles("""
                macro_rules! sq { ($x:expr) => { $x * $x }; }
                macro_rules! two_lets { ($a:ident, $b:ident) => { let $a = 1; let $b = 2; }; }
                macro_rules! mk { ($n:ident) => { fn $n() -> i32 { 7 } struct Unit; }; }
                macro_rules! p { () => { 1 | 2 }; }
                mk!(seven);
                fn main() {
                    two_lets!(a, b);
                    let c = sq!(a + b) + seven();
                    let _u = Unit;
                    match c { p!() => {}, _ => {} }
                }
                """);
    }

    @Test
    void repetitionsRecursionAndMacrosInBuiltinArguments() {
        compiles("""
                macro_rules! count { () => { 0 }; ($h:tt $($t:tt)*) => { 1 + count!($($t)*) }; }
                macro_rules! list { ($([$($x:expr),*]),*) => { vec![$(vec![$($x),*]),*] }; }
                fn main() {
                    let n: i32 = count!(a b c);
                    let m: Vec<Vec<i32>> = list!([1, 2], [3]);
                    println!("{} {:?} {}", n, m, count!(x y));
                }
                """);
    }

    @Test
    void aMacroLocalDoesNotCaptureTheCallersVariable() {
        compiles("""
                macro_rules! twice { ($e:expr) => {{ let x = $e; x + x }}; }
                fn main() {
                    let x: i32 = 4;
                    let y = twice!(x + 1);
                    assert_eq!(y, 10);
                    assert_eq!(x, 4);
                }
                """);
    }

    @Test
    void noRuleMatches() {
        assertEquals(List.of("no rules expected `,`"), errors("""
                macro_rules! one { ($x:expr) => { $x }; }
                fn main() { let _a = one!(1, 2); }
                """));
        assertEquals(List.of("unexpected end of macro invocation"), errors("""
                macro_rules! one { (a $x:ident) => { 1 }; }
                fn main() { let _a = one!(a); }
                """));
    }

    @Test
    void unknownMacroAndDefinitionAfterTheCall() {
        assertEquals(List.of("cannot find macro `nope` in this scope"), errors("""
                macro_rules! some { () => { 1 }; }
                fn main() { let _a = nope!(); }
                """));
        CompileResult r = TestSupport.compile("""
                fn main() { let _a = later!(); }
                macro_rules! later { () => { 1 }; }
                """);
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("cannot find macro `later` in this scope", d.message());
        assertTrue(d.children().stream().anyMatch(c -> c.toString().contains("appears later")), d.toString());
    }

    @Test
    void recursionLimit() {
        List<String> es = errors("""
                macro_rules! forever { ($($t:tt)*) => { forever!($($t)* x) }; }
                fn main() { forever!(1); }
                """);
        assertEquals(List.of("recursion limit reached while expanding `forever!`"), es);
    }

    @Test
    void fragmentSpecifierProblems() {
        assertEquals(List.of("invalid fragment specifier `foo`"), errors("""
                macro_rules! bad { ($x:foo) => { 1 }; }
                fn main() {}
                """));
        assertEquals(List.of("`$e:expr` is followed by `foo`, which is not allowed for `expr` fragments"), errors("""
                macro_rules! bad { ($e:expr foo) => { 1 }; }
                fn main() {}
                """));
    }
}
