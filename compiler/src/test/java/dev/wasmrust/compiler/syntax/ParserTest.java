package dev.wasmrust.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static Crate parse(String src, Diagnostics d) {
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add("t.rs", src);
        return SyntaxPhase.parseFile(sm, f, ModLoader.NONE, d);
    }

    private static String messages(Diagnostics d) {
        return d.all().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    }

    /** A sample of Rust 2021 syntax well beyond what later phases support: the parser must accept all of it. */
    static final String SAMPLE = String.join("\n",
            "#![allow(dead_code)]",
            "//! crate docs",
            "use std::collections::{HashMap, hash_map::Entry as E, self};",
            "use super::*;",
            "pub(crate) mod inner { pub fn f<'a, T: Clone + ?Sized, const N: usize>(x: &'a T) -> &'a T where T: 'a { x } }",
            "/// A point",
            "#[derive(Debug, Clone, Copy, PartialEq)]",
            "pub struct Point<T = i32> { pub x: T, y: T }",
            "struct Unit;",
            "struct Pair(i32, pub u8);",
            "enum Shape { Circle { r: f64 }, Square(f64), Empty = 3 }",
            "union U { a: u32, b: f32 }",
            "trait Area: Clone where Self: Sized { type Out; const K: u8 = 1; fn area(&self) -> f64; fn g<T>(&mut self, t: T) {} }",
            "impl<T: Copy> Area for Point<T> { type Out = T; fn area(&self) -> f64 { 0.0 } }",
            "unsafe impl Send for Unit {}",
            "type Alias<'a> = &'a mut [Vec<Option<Box<dyn Fn(i32) -> i32 + 'a>>>];",
            "const C: [u8; 4] = [1, 2, 3, 4];",
            "static mut S: *const u8 = 0 as *const u8;",
            "extern \"C\" { fn abs(x: i32) -> i32; }",
            "extern crate core as c;",
            "macro_rules! m { ($x:expr) => { $x + 1 }; }",
            "fn main() {",
            "    let v: Vec<Vec<u8>> = vec![vec![1], vec![]];",
            "    let (a, mut b, ref c, _) = (1, 2, 3, 4);",
            "    let Point { x, y: ref yy, .. } = p;",
            "    let [first, .., last] = arr else { return; };",
            "    let s = r#\"raw \"str\"\"#; let bs = b\"bytes\\n\"; let ch = '\\u{1F600}'; let lt = 'a';",
            "    let n = 0xFF_u8 as i32 as i64 + 1_000i64 * -2 % 3 << 2 >> 1 & 7 | 8 ^ 9;",
            "    if let Some(x) = opt && x > 1 { } else if a < b && b <= c || !d { } else { }",
            "    while let Some(top) = stack.pop() { continue; }",
            "    'outer: for (i, x) in v.iter().enumerate().rev() { break 'outer; }",
            "    let r = loop { break 5; };",
            "    let val = match x { 0 | 1 => 'a', 2..=9 => 'b', 10.. => 'c', n @ _ if n < 0 => 'd', Shape::Square(s) => 'e', _ => 'f', };",
            "    let closure = move |a: i32, b| -> i32 { a + b };",
            "    let q = x?.y.0.1.method::<u8>(1, 2)[3];",
            "    let block = unsafe { *ptr } + 'l: { break 'l 3 };",
            "    let z = async move { f().await };",
            "    let range = ..=5; let r2 = 1..; let full = ..;",
            "    let st = Point { x: 1, y, ..Default::default() };",
            "    let t = <Vec<u8> as Default>::default();",
            "    x += 1; y -= 2; z <<= 3;",
            "    m!(1); println!(\"{} {x:?}\", 1 + 2);",
            "}");

    @Test
    void acceptsAWideSampleOfRustSyntax() {
        Diagnostics d = new Diagnostics();
        Crate c = parse(SAMPLE, d);
        assertEquals("", messages(d));
        assertTrue(c.items().size() > 15);
        assertTrue(c.items().stream().anyMatch(i -> i instanceof Item.Fn f && f.name().name().equals("main")));
    }

    /** Every construct of the grammar, in a file rustc compiles (src-test's GrammarTourTest checks that). */
    @Test
    void theGrammarTourParsesWithoutDiagnostics() throws java.io.IOException {
        String tour = java.nio.file.Files.readString(java.nio.file.Path.of("../src-test/src/test/resources/conformance/grammar_tour.rs"));
        Diagnostics d = new Diagnostics();
        Crate c = parse(tour, d);
        assertEquals("", messages(d));
        assertTrue(c.items().size() > 30, "items: " + c.items().size());
    }

    @Test
    void precedenceAndAssociativityFollowRust() {
        Diagnostics d = new Diagnostics();
        List<Expr> es = SyntaxPhase.parseExprList(tokensOf("1 + 2 * 3 - 4, a || b && c, x as u8 as i32, -a.b()"), d);
        assertEquals("", messages(d));
        assertEquals(4, es.size());
        Expr.Binary sub = (Expr.Binary) es.get(0);
        assertEquals(dev.wasmrust.compiler.ast.BinOp.SUB, sub.op());
        assertEquals(dev.wasmrust.compiler.ast.BinOp.ADD, ((Expr.Binary) sub.lhs()).op());
        assertEquals(dev.wasmrust.compiler.ast.BinOp.OR, ((Expr.Binary) es.get(1)).op());
        assertTrue(((Expr.Cast) es.get(2)).expr() instanceof Expr.Cast);
        assertTrue(((Expr.Unary) es.get(3)).operand() instanceof Expr.MethodCall);
    }

    private static List<dev.wasmrust.compiler.ast.TokenTree> tokensOf(String s) {
        Diagnostics d = new Diagnostics();
        Crate c = parse("m!(" + s + ");", d);
        return ((Item.MacroItem) c.items().get(0)).mac().tokens();
    }

    @Test
    void reportsIndependentErrorsWithoutCascades() {
        Diagnostics d = new Diagnostics();
        parse("fn a() { let = 5; }\nfn b() { let x = 1 }\nfn c() -> { }\n", d);
        List<Diagnostic> all = d.all();
        assertTrue(all.size() >= 2 && all.size() <= 4, messages(d));
    }

    @Test
    void unbalancedDelimitersAreReportedAlone() {
        Diagnostics d = new Diagnostics();
        parse("fn main() { let x = (1 + 2; }", d);
        assertEquals(1, d.all().size());
        assertEquals("mismatched closing delimiter: `}`", d.all().get(0).message());
    }

    @Test
    void completenessForTheRepl() {
        assertEquals(Completeness.Kind.COMPLETE, SyntaxPhase.isComplete("let x = 1;").kind());
        assertEquals(Completeness.Kind.INCOMPLETE, SyntaxPhase.isComplete("fn f() {").kind());
        assertEquals(Completeness.Kind.INCOMPLETE, SyntaxPhase.isComplete("let s = \"abc").kind());
        assertEquals(Completeness.Kind.COMPLETE, SyntaxPhase.isComplete("fn f<'a>(x: &'a str) -> &'a str { x }").kind());
        assertEquals(Completeness.Kind.INVALID, SyntaxPhase.isComplete("fn f() { ) }").kind());
        assertEquals(Completeness.Kind.INCOMPLETE, SyntaxPhase.isComplete("/* nested /* comment */").kind());
    }

    private static void complete(String... inputs) {
        for (String in : inputs) {
            assertEquals(Completeness.Kind.COMPLETE, SyntaxPhase.isComplete(in).kind(), in);
        }
    }

    private static void incomplete(String indent, String... inputs) {
        for (String in : inputs) {
            assertEquals(Completeness.incomplete(indent), SyntaxPhase.isComplete(in), in);
        }
    }

    @Test
    void completenessFollowsWhatTheNextLineCouldAdd() {
        complete("", "   ", "1 + 2", "let x = 5", "x", "struct S;", "fn f() {}", "if a { 1 } else { 2 }",
                "let v = vec![1, 2]", "let f: fn(i32) -> i32 = g", "fn g() -> impl Fn() { || () }", "'a: loop { break 'a; }",
                "let c = '{';", "let s = \"}\";", "x.iter().map(|a| a + 1)", "// just a comment", "match x { _ => 1 }",
                "#[derive(Debug)] struct P;", "impl S { fn f(&self) {} }", "let r = r#\"{\"#;");
        // open delimiters: four spaces per level
        incomplete("    ", "fn f() {", "let v = vec![", "foo(1,");
        incomplete("        ", "fn f() {\n    if x {", "impl S {\n    fn g(&self) {");
        // operators and heads that need more
        incomplete("    ", "let x = 1 +", "let y =", "a.", "x ==", "let f = |a|", "let g = ||", "v.iter().map(|x| x)\n    .",
                "let t: ");
        incomplete("", "if x > 0", "while n < 10", "for i in 0..3", "match x", "fn f()", "struct P<T>", "impl Display for P",
                "if a { 1 } else", "#[derive(Debug)]", "loop", "enum E");
        incomplete("    ", "fn f() {\n    if x");
        // inside a string, character or comment: no indent
        incomplete("", "let s = \"abc", "/* comment", "let r = r#\"raw");
    }

    @Test
    void completenessSaysInvalidWhenNoLineCanFixIt() {
        for (String in : List.of("fn f() { ) }", ")", "let x = (1];", "}")) {
            assertEquals(Completeness.Kind.INVALID, SyntaxPhase.isComplete(in).kind(), in);
        }
    }

    /**
     * Parses and renders within a time bound (a hang is a failure, not a slow test), and checks the outcome:
     * an AST, plus diagnostics whenever the input is not valid Rust.
     */
    private static void parsesWithinBound(String text) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            SourceMap sm = new SourceMap();
            SourceFile f = sm.add("t.rs", text);
            Diagnostics d = new Diagnostics();
            Crate c = SyntaxPhase.parseFile(sm, f, ModLoader.NONE, d);
            org.junit.jupiter.api.Assertions.assertNotNull(c);
            // every diagnostic renders, whatever its spans
            dev.wasmrust.compiler.diag.DiagnosticRenderer.renderAll(d.all(), sm, false);
            dev.wasmrust.compiler.diag.DiagnosticRenderer.renderAll(d.all(), sm, true);
            SyntaxPhase.isComplete(text);
        });
    }

    @Property(tries = 300)
    void parserNeverThrowsOnArbitraryInput(@ForAll @StringLength(max = 400) String junk) {
        parsesWithinBound(junk);
    }

    @Property(tries = 300)
    void parserNeverThrowsOnArbitraryBytes(@ForAll @net.jqwik.api.constraints.Size(max = 400) List<Byte> bytes) {
        byte[] raw = new byte[bytes.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = bytes.get(i);
        }
        // the command line's rule: bytes that are not UTF-8 are reported before parsing
        java.nio.charset.CharsetDecoder dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            parsesWithinBound(dec.decode(java.nio.ByteBuffer.wrap(raw)).toString());
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            parsesWithinBound(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Property(tries = 300)
    void parserNeverThrowsOnRustTokenSoup(@ForAll("soup") String soup) {
        parsesWithinBound(soup);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> soup() {
        String[] toks = {"fn", "(", ")", "{", "}", "let", "=", ";", "+", "x", "1", "\"s\"", "if", "else", "loop", "[", "]",
            "::", "<", ">", "#", "!", "match", "=>", ",", ".", "..", "|", "&", "'a", "mut", "struct", "impl", "as", "->", "?",
            "'c'", "b'x'", "r#\"raw\"#", "1.5e3", "0x1F_u8", "/*", "*/", "//", "\n", "\"", "'", "where", "dyn", "for",
            "while", "in", "enum", "trait", "type", "const", "static", "pub", "use", "mod", "self", "Self", "crate", "super",
            "async", "await", "move", "return", "break", "continue", "_", "@", "..=", "...", "$", "\\", "é", "\t"};
        return net.jqwik.api.Arbitraries.of(toks).list().ofMaxSize(300).map(l -> String.join(" ", l));
    }

    @Test
    void deepNestingIsADiagnosticNotACrash() {
        Diagnostics d = new Diagnostics();
        parse("fn main() { let x = " + "(".repeat(20000) + "1" + ")".repeat(20000) + "; }", d);
        assertFalse(d.all().isEmpty());
    }
}
