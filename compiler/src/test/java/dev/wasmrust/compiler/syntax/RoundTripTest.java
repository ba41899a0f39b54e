package dev.wasmrust.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wasmrust.compiler.ast.AstEquivalence;
import dev.wasmrust.compiler.ast.AstPrinter;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Cell;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Generics;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.Visibility;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The AST printer against the parser: printing a tree and parsing the text gives the same tree back.
 * Checked on every program of the test corpora, and on random trees without parentheses, where the
 * printer must find every parenthesis that precedence, the statement rule and the struct-literal
 * restriction require.
 */
class RoundTripTest {
    private static final Span D = Span.DUMMY;
    private final AstArbitraries gen = new AstArbitraries();

    /** A program of the corpora; named by its file for failure messages. */
    record Program(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    // ---- parsing ----

    private static Crate parse(String src, Diagnostics d) {
        SourceMap sm = new SourceMap();
        return SyntaxPhase.parseFile(sm, sm.add("t.rs", src), ModLoader.NONE, d);
    }

    private static String messages(Diagnostics d) {
        return d.all().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    }

    /** Parses text the printer produced, failing with the text when the parser complains. */
    private static Crate reparse(String printed) {
        Diagnostics d = new Diagnostics();
        Crate c = parse(printed, d);
        if (!d.all().isEmpty()) {
            fail("printed text does not parse cleanly:\n" + messages(d) + "\n--- printed ---\n" + printed);
        }
        return c;
    }

    private static void assertEquivalent(Object expected, Object actual, String printed) {
        String diff = AstEquivalence.describeDifference(expected, actual);
        if (diff != null) {
            fail("round trip changed the tree at " + diff + "\n--- printed ---\n" + printed);
        }
    }

    // ---- the corpora ----

    /** The test programs: conformance programs of src-test, golden IR inputs, and the parser's syntax sample. */
    static List<Program> corpus() {
        List<Program> out = new ArrayList<>();
        java.nio.file.Path module = Paths.get("").toAbsolutePath();
        java.nio.file.Path root = Files.isDirectory(module.resolve("src-test")) ? module : module.getParent();
        List<java.nio.file.Path> dirs = List.of(
                root.resolve("src-test/src/test/resources/conformance/run"),
                root.resolve("src-test/src/test/resources/conformance/compile-fail"),
                root.resolve("compiler/src/test/resources/wasmir/golden"));
        for (java.nio.file.Path dir : dirs) {
            try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                    out.add(new Program(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("test corpus not found at " + dir, e);
            }
        }
        out.add(new Program("ParserTest.SAMPLE", ParserTest.SAMPLE));
        return out;
    }

    /** Round-trips one program; false when the program itself does not parse (some compile-fail tests). */
    private static boolean roundTrips(Program p) {
        Diagnostics d = new Diagnostics();
        Crate original = parse(p.text(), d);
        if (d.hasErrors()) {
            return false;
        }
        String printed = AstPrinter.print(original);
        Crate again = reparse(printed);
        assertEquivalent(original, again, printed);
        assertEquals(printed, AstPrinter.print(again), "printing is not idempotent for " + p.name());
        return true;
    }

    @Test
    void everyCorpusProgramRoundTrips() {
        List<Program> programs = corpus();
        assertTrue(programs.size() > 40, "expected the test corpora, found " + programs.size() + " programs");
        int checked = 0;
        for (Program p : programs) {
            if (p.name().contains("compile-fail")) {
                checked += roundTrips(p) ? 1 : 0;
            } else {
                assertTrue(roundTrips(p), p.name() + " does not parse");
                checked++;
            }
        }
        assertTrue(checked > 40, "only " + checked + " programs were checked");
    }

    @Provide
    Arbitrary<Program> corpusPrograms() {
        return Arbitraries.of(corpus());
    }

    @Property(tries = 100)
    void roundTripOfCorpusPrograms(@ForAll("corpusPrograms") Program p) {
        roundTrips(p);
    }

    @Test
    void attributesOnExpressionsStatementsAndTheCrateAreKept() {
        Diagnostics d = new Diagnostics();
        Crate c = parse("#![allow(dead_code)]\nfn main() { #[allow(unused)] let x = 1; #[cfg(x)] f(); g(#[a] 1); }", d);
        assertEquals("", messages(d));
        assertEquals(1, c.innerAttrs().size());
        Block body = ((Item.Fn) c.items().get(0)).body();
        assertEquals(1, ((Stmt.Let) body.stmts().get(0)).attrs().size());
        assertEquals(1, ((Stmt.ExprStmt) body.stmts().get(1)).expr().attrs().size());
        Expr.Call call = (Expr.Call) ((Stmt.ExprStmt) body.stmts().get(2)).expr();
        assertEquals(1, call.args().get(0).attrs().size());
        assertEquals("#![allow(dead_code)]\n\nfn main() {\n    #[allow(unused)]\n    let x = 1;\n    #[cfg(x)]\n    f();\n"
                + "    g(#[a] 1);\n}\n", AstPrinter.print(c));
    }

    @Test
    void cellsRoundTrip() {
        String src = "#![allow(unused)]\nlet x = 1;\nfn f() -> u8 { 2 }\nprintln!(\"{}\", x);\nif x > 0 { 1 } else { 2 }";
        SourceMap sm = new SourceMap();
        Diagnostics d = new Diagnostics();
        Cell cell = SyntaxPhase.parseCell(sm, sm.add("c.rs", src), d);
        assertEquals("", messages(d));
        String printed = AstPrinter.print(cell);
        Diagnostics d2 = new Diagnostics();
        Cell again = SyntaxPhase.parseCell(sm, sm.add("c2.rs", printed), d2);
        assertEquals("", messages(d2), printed);
        assertEquivalent(cell, again, printed);
        assertEquals(1, again.innerAttrs().size());
    }

    // ---- generated trees ----

    @Provide
    Arbitrary<Crate> crates() {
        return gen.crate();
    }

    @Provide
    Arbitrary<Expr> exprs() {
        return gen.expr();
    }

    @Provide
    Arbitrary<Pat> pats() {
        return gen.pat();
    }

    @Provide
    Arbitrary<Ty> tys() {
        return gen.ty();
    }

    @Provide
    Arbitrary<List<Stmt>> stmtLists() {
        return gen.stmt().list().ofMinSize(1).ofMaxSize(4);
    }

    /** Prints, parses and compares with the parentheses the printer added taken out. */
    private static void checkRoundTrip(Crate c) {
        String printed = AstPrinter.print(c);
        Crate again = reparse(printed);
        assertEquivalent(c, stripParens(again), printed);
    }

    @Property(tries = 300)
    void roundTripOfGeneratedAsts(@ForAll("crates") Crate c) {
        checkRoundTrip(c);
    }

    @Property(tries = 200)
    void printedProgramsReparseWithoutDiagnostics(@ForAll("crates") Crate c) {
        reparse(AstPrinter.print(c));
    }

    /** An expression as a statement, a block's value, an initializer and a call argument. */
    @Property(tries = 500)
    void roundTripOfGeneratedExpressions(@ForAll("exprs") Expr e) {
        Stmt let = new Stmt.Let(List.of(), new Pat.IdentPat(false, dev.wasmrust.compiler.ast.Mutability.NOT, id("v"), null, D),
                null, e, null, D);
        Expr call = new Expr.Call(List.of(), path("f"), List.of(e), D);
        Block body = new Block(List.of(new Stmt.ExprStmt(e, true, D), let, new Stmt.ExprStmt(call, true, D)), e, D);
        checkRoundTrip(crateOf(fn("f", List.of(), null, body)));
    }

    /** A pattern in a `let`, a match arm, a `for` loop and (where the parser allows no `|`) a parameter. */
    @Property(tries = 300)
    void roundTripOfGeneratedPatterns(@ForAll("pats") Pat p) {
        Expr scrutinee = path("x");
        Stmt let = new Stmt.Let(List.of(), p, null, scrutinee, null, D);
        Expr match = new Expr.Match(List.of(), scrutinee, List.of(new Expr.MatchArm(List.of(), p, null, unit(), D),
                new Expr.MatchArm(List.of(), p, path("g"), unit(), D)), D);
        Expr loop = new Expr.ForLoop(List.of(), null, p, scrutinee, new Block(List.of(), null, D), D);
        Block body = new Block(List.of(let, new Stmt.ExprStmt(match, false, D)), loop, D);
        Item.Param param = new Item.Param(List.of(), p, new Ty.InferTy(D), D);
        checkRoundTrip(crateOf(fn("f", List.of(param), null, body)));
    }

    /** A type where bounds may follow ({@code type A = T;}) and where they may not (after {@code &}, {@code as}, {@code ->}). */
    @Property(tries = 300)
    void roundTripOfGeneratedTypes(@ForAll("tys") Ty t) {
        Item alias = new Item.TypeAlias(List.of(), new Visibility.Inherited(D), id("A"), Generics.empty(D), List.of(), t, D);
        Expr cast = new Expr.Cast(List.of(), path("x"), t, D);
        Expr lt = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.LT, cast, path("y"), D, D);
        Stmt let = new Stmt.Let(List.of(), new Pat.Wild(D), new Ty.RefTy(null, dev.wasmrust.compiler.ast.Mutability.NOT, t, D),
                lt, null, D);
        Item.Param param = new Item.Param(List.of(), new Pat.Wild(D), t, D);
        Item f = fn("f", List.of(param), t, new Block(List.of(let), null, D));
        checkRoundTrip(new Crate(0, List.of(), List.of(alias, f)));
    }

    @Property(tries = 300)
    void roundTripOfGeneratedStatements(@ForAll("stmtLists") List<Stmt> stmts) {
        Block body = AstArbitraries.canonicalBlock(stmts, null);
        checkRoundTrip(crateOf(fn("f", List.of(), null, body)));
    }

    @Test
    void parenthesesAreAddedOnlyWhereNeeded() {
        Expr one = lit(1);
        Expr sum = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.ADD, one, path("a"), D, D);
        Expr product = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.MUL, sum, sum, D, D);
        assertEquals("(1 + a) * (1 + a)", AstPrinter.print(product));
        Expr leftAssoc = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.SUB, sum, one, D, D);
        assertEquals("1 + a - 1", AstPrinter.print(leftAssoc));
        Expr rightNested = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.SUB, one, sum, D, D);
        assertEquals("1 - (1 + a)", AstPrinter.print(rightNested));
        Expr match = new Expr.Match(List.of(), path("x"), List.of(), D);
        Expr stmtStart = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.SUB, match, one, D, D);
        Block b = new Block(List.of(new Stmt.ExprStmt(stmtStart, true, D)), null, D);
        assertEquals("{\n    (match x {}) - 1;\n}", AstPrinter.print(b));
        Expr method = new Expr.MethodCall(List.of(), match, new PathSegment(id("f"), null), List.of(), D);
        assertEquals("{\n    match x {}.f();\n}", AstPrinter.print(new Block(List.of(new Stmt.ExprStmt(method, true, D)), null, D)));
        Expr structLit = new Expr.StructLit(List.of(), null, new Path(false, List.of(new PathSegment(id("S"), null)), D),
                List.of(), null, false, D);
        Expr cond = new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.EQ, path("x"), structLit, D, D);
        assertEquals("if x == (S {}) {}", AstPrinter.print(new Expr.If(List.of(), cond, new Block(List.of(), null, D), null, D)));
        Expr cast = new Expr.Cast(List.of(), path("x"), new Ty.PathTy(null, new Path(false, List.of(new PathSegment(id("u8"), null)), D), D), D);
        assertEquals("(x as u8) < y",
                AstPrinter.print(new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.LT, cast, path("y"), D, D)));
        assertEquals("x as u8 > y",
                AstPrinter.print(new Expr.Binary(List.of(), dev.wasmrust.compiler.ast.BinOp.GT, cast, path("y"), D, D)));
    }

    @Test
    void literalsKeepTheirKind() {
        assertEquals("1.", AstPrinter.print(new Expr.LitExpr(List.of(), new Lit.Float("1.", null, D), D)));
        assertEquals("1e3", AstPrinter.print(new Expr.LitExpr(List.of(), new Lit.Float("1e3", null, D), D)));
        assertEquals("(1.).max(2)", AstPrinter.print(new Expr.MethodCall(List.of(),
                new Expr.LitExpr(List.of(), new Lit.Float("1.", null, D), D), new PathSegment(id("max"), null), List.of(lit(2)), D)));
        assertEquals("(1).0", AstPrinter.print(new Expr.TupleField(List.of(), lit(1), 0, D, D)));
        assertEquals("r##\"a\"#b\"##", AstPrinter.print(new Expr.LitExpr(List.of(), new Lit.Str("a\"#b", true, D), D)));
        assertEquals("b\"\\xff\\n\\\"\"", AstPrinter.print(new Expr.LitExpr(List.of(),
                new Lit.ByteStr(new byte[] {(byte) 0xff, '\n', '"'}, false, D), D)));
        assertEquals("'\\''", AstPrinter.print(new Expr.LitExpr(List.of(), new Lit.Char('\'', D), D)));
    }

    /** Operator and method chains are built by loops in the parser, so they can be far longer than the nesting limit. */
    @Test
    void longChainsDoNotOverflowTheStack() throws InterruptedException {
        StringBuilder src = new StringBuilder("fn main() { let x = 1");
        for (int i = 0; i < 20_000; i++) {
            src.append(" + 1");
        }
        src.append("; let y = x");
        for (int i = 0; i < 20_000; i++) {
            src.append(".f()");
        }
        src.append("; }");
        Diagnostics d = new Diagnostics();
        Crate c = parse(src.toString(), d);
        Crate twin = parse(src.toString(), d);
        assertEquals("", messages(d));
        String[] printed = new String[1];
        boolean[] same = new boolean[1];
        // a small stack, so that recursion per chain link would fail
        Thread t = new Thread(null, () -> {
            printed[0] = AstPrinter.print(c);
            same[0] = AstEquivalence.equivalent(c, twin);
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertTrue(same[0], "the walk over long chains did not finish");
        assertEquivalent(c, reparse(printed[0]), "(long)");
    }

    // ---- helpers ----

    private static Ident id(String name) {
        return new Ident(name, D);
    }

    private static Expr path(String name) {
        return new Expr.PathExpr(List.of(), null, new Path(false, List.of(new PathSegment(id(name), null)), D), D);
    }

    private static Expr lit(int v) {
        return new Expr.LitExpr(List.of(), new Lit.Int(BigInteger.valueOf(v), null, D), D);
    }

    private static Expr unit() {
        return new Expr.Tuple(List.of(), List.of(), D);
    }

    private static Item fn(String name, List<Item.Param> params, Ty ret, Block body) {
        return new Item.Fn(List.of(), new Visibility.Inherited(D), new Item.FnSig(false, false, false, null, D), id(name),
                Generics.empty(D), null, params, ret, body, D);
    }

    private static Crate crateOf(Item item) {
        return new Crate(0, List.of(), List.of(item));
    }

    /** The tree without the parentheses the printer added: {@code Paren}, {@code ParenPat} and {@code ParenTy} nodes. */
    static Object stripParens(Object o) {
        if (o instanceof Expr.Paren p && p.attrs().isEmpty()) {
            return stripParens(p.inner());
        }
        if (o instanceof Pat.ParenPat p) {
            return stripParens(p.inner());
        }
        if (o instanceof Ty.ParenTy p) {
            return stripParens(p.inner());
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(stripParens(x));
            }
            return out;
        }
        if (o == null || !o.getClass().isRecord() || o instanceof Span || o instanceof Token) {
            return o;
        }
        try {
            RecordComponent[] rcs = o.getClass().getRecordComponents();
            Object[] values = new Object[rcs.length];
            Class<?>[] types = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                types[i] = rcs[i].getType();
                values[i] = stripParens(rcs[i].getAccessor().invoke(o));
            }
            return o.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + o.getClass(), e);
        }
    }

    private static Crate stripParens(Crate c) {
        return (Crate) stripParens((Object) c);
    }
}
