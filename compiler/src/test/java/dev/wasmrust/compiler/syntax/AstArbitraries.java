package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Bound;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.GenericArg;
import dev.wasmrust.compiler.ast.GenericArgs;
import dev.wasmrust.compiler.ast.GenericParam;
import dev.wasmrust.compiler.ast.Generics;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.Mutability;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.QSelf;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.ast.Visibility;
import dev.wasmrust.compiler.ast.WherePredicate;
import dev.wasmrust.compiler.source.Span;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random syntax trees of bounded depth, in the form the parser itself produces (its canonical form):
 * no parentheses anywhere (finding where they are needed is the printer's job), a negative literal is
 * a negation of a literal, a single name in a pattern is a binding, a block-like statement at the end
 * of a block is its tail, {@code let} appears only in conditions, ...
 *
 * <p>Each kind of node has one arbitrary per depth, built bottom-up, so a node at depth {@code d}
 * takes its children from depth {@code d - 1} and recursion needs no lazy indirection.
 */
final class AstArbitraries {
    private static final Span D = Span.DUMMY;
    static final int MAX_DEPTH = 3;

    private final List<Arbitrary<Ty>> tys = new ArrayList<>();
    private final List<Arbitrary<Pat>> pats = new ArrayList<>();
    private final List<Arbitrary<Expr>> exprs = new ArrayList<>();
    /** Per depth, the expressions that may stand as a statement without {@code ;} (none at depth 0). */
    private final List<Arbitrary<Expr>> blockLikes = new ArrayList<>();
    private final List<Arbitrary<Stmt>> stmts = new ArrayList<>();
    private final List<Arbitrary<Block>> blocks = new ArrayList<>();
    private final List<Arbitrary<Item>> items = new ArrayList<>();

    AstArbitraries() {
        for (int d = 0; d <= MAX_DEPTH; d++) {
            tys.add(opaque(buildTy(d)));
            pats.add(opaque(buildPat(d)));
            exprs.add(opaque(buildExpr(d)));
            stmts.add(opaque(buildStmt(d)));
            blocks.add(opaque(buildBlock(d)));
            items.add(opaque(buildItem(d, true)));
        }
    }

    /**
     * jqwik hashes arbitraries structurally (to reuse generators); the levels here share their children,
     * so that hash would walk every path through them, exponentially many. A lazy arbitrary hashes by
     * identity and stops the walk.
     */
    private static <T> Arbitrary<T> opaque(Arbitrary<T> a) {
        return a == null ? null : Arbitraries.lazy(() -> a);
    }

    Arbitrary<Expr> expr() {
        return exprs.get(MAX_DEPTH);
    }

    Arbitrary<Pat> pat() {
        return pats.get(MAX_DEPTH);
    }

    Arbitrary<Ty> ty() {
        return tys.get(MAX_DEPTH);
    }

    Arbitrary<Stmt> stmt() {
        return stmts.get(MAX_DEPTH);
    }

    Arbitrary<Item> item() {
        return items.get(MAX_DEPTH);
    }

    Arbitrary<Crate> crate() {
        return Combinators.combine(innerAttrs(), items.get(MAX_DEPTH - 1).list().ofMinSize(1).ofMaxSize(4))
                .as((attrs, is) -> new Crate(0, attrs, is));
    }

    // ---- small pieces ----

    private static <T> Arbitrary<T> widen(Arbitrary<? extends T> a) {
        return a.map(x -> x);
    }

    private static Arbitrary<Boolean> chance(double p) {
        return Arbitraries.doubles().between(0, 1).map(x -> x < p);
    }

    static Arbitrary<Ident> ident() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("a", "b", "c", "x", "y", "foo", "bar", "baz_1", "T", "U", "élan", "_tmp")
                        .map(n -> new Ident(n, false, D))),
                Tuple.of(1, Arbitraries.of("type", "match", "foo").map(n -> new Ident(n, true, D))));
    }

    /** Names that print without {@code r#}, for places where the parser does not read raw identifiers. */
    private static Arbitrary<Ident> plainIdent() {
        return Arbitraries.of("a", "b", "x", "foo", "T").map(n -> new Ident(n, false, D));
    }

    private static Arbitrary<Lifetime> lifetime() {
        return Arbitraries.of("'a", "'b", "'static", "'_").map(n -> new Lifetime(n, D));
    }

    private static Arbitrary<Lifetime> label() {
        return Arbitraries.of("'a", "'outer", "'l2").map(n -> new Lifetime(n, D));
    }

    private static Arbitrary<Mutability> mutability() {
        return Arbitraries.of(Mutability.class);
    }

    private static Path path(List<PathSegment> segs, boolean global) {
        return new Path(global, segs, D);
    }

    private static Path simplePath(String... names) {
        List<PathSegment> segs = new ArrayList<>();
        for (String n : names) {
            segs.add(new PathSegment(new Ident(n, D), null));
        }
        return new Path(false, segs, D);
    }

    private static PathSegment seg(Ident id) {
        return new PathSegment(id, null);
    }

    // ---- literals ----

    static Arbitrary<Lit> lit() {
        Arbitrary<Lit> ints = Combinators.combine(
                Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(300))),
                        Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(130)))),
                Arbitraries.of("u8", "i32", "u64", "usize", "i128").injectNull(0.7))
                .as((v, s) -> new Lit.Int(v, s, D));
        Arbitrary<String> digits = Arbitraries.integers().between(0, 99999).map(String::valueOf);
        Arbitrary<Lit> floats = Combinators.combine(digits, digits, Arbitraries.integers().between(0, 5),
                        Arbitraries.of("f32", "f64").injectNull(0.6), Arbitraries.of("e", "E", "e+", "e-"))
                .as((a, b, shape, suffix, e) -> {
                    String text = switch (shape) {
                        case 0 -> a + "." + b;
                        case 1 -> suffix == null ? a + "." : a + "." + b;
                        case 2 -> a + e + b;
                        case 3 -> a + "." + b + e + b;
                        case 4 -> suffix == null ? a + ".0" : a;
                        default -> "0." + b;
                    };
                    return new Lit.Float(text, suffix, D);
                });
        Arbitrary<Lit> chars = codePoint().map(cp -> new Lit.Char(cp, D));
        Arbitrary<Lit> bytes = Arbitraries.integers().between(0, 255).map(b -> new Lit.Byte(b, D));
        Arbitrary<Lit> strs = Combinators.combine(text(), Arbitraries.of(false, true))
                .as((s, raw) -> new Lit.Str(raw ? s.replace("\r", "") : s, raw, D));
        Arbitrary<Lit> byteStrs = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(b -> new Lit.ByteStr(b, false, D)),
                rawAscii().map(s -> new Lit.ByteStr(s.getBytes(StandardCharsets.UTF_8), true, D)));
        Arbitrary<Lit> cStrs = Combinators.combine(text(), Arbitraries.of(false, true))
                .as((s, raw) -> {
                    String body = s.replace("\0", "").replace("\r", "");
                    return new Lit.CStr(body.getBytes(StandardCharsets.UTF_8), raw, D);
                });
        return Arbitraries.frequencyOf(
                Tuple.of(6, ints), Tuple.of(3, floats), Tuple.of(1, Arbitraries.of(true, false).map(b -> new Lit.Bool(b, D))),
                Tuple.of(2, chars), Tuple.of(1, bytes), Tuple.of(3, strs), Tuple.of(1, byteStrs), Tuple.of(1, cStrs));
    }

    private static Arbitrary<Integer> codePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(3, Arbitraries.of((int) '\'', (int) '"', (int) '\\', (int) '\n', (int) '\r', (int) '\t', 0, 0x7f, 0x1b,
                        0xa0, 0x301, 0x2028, 0xfeff, 0x1F600, 0xe9, 0x4e2d)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)));
    }

    private static Arbitrary<String> text() {
        return codePoint().list().ofMaxSize(6).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    private static Arbitrary<String> rawAscii() {
        return Arbitraries.strings().withChars("ab \"#\n\\{").ofMaxLength(8);
    }

    // ---- token trees ----

    private static Arbitrary<TokenTree> leaf() {
        Arbitrary<Token> words = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("a", "b", "x", "expr", "ident", "fn", "let", "r", "br", "cr", "b", "c", "self", "_")
                        .map(t -> new Token(TokenKind.IDENT, t, D))),
                Tuple.of(1, Arbitraries.of("r#type", "r#x").map(t -> new Token(TokenKind.RAW_IDENT, t, D))),
                Tuple.of(1, Arbitraries.of("'a", "'static", "'_").map(t -> new Token(TokenKind.LIFETIME, t, D))));
        Arbitrary<Token> literals = Arbitraries.of(
                new Token(TokenKind.INT_LIT, "0", D), new Token(TokenKind.INT_LIT, "1", D),
                new Token(TokenKind.INT_LIT, "42u8", D), new Token(TokenKind.INT_LIT, "0x1F", D),
                new Token(TokenKind.INT_LIT, "1_000", D), new Token(TokenKind.FLOAT_LIT, "1.5", D),
                new Token(TokenKind.FLOAT_LIT, "2.", D), new Token(TokenKind.FLOAT_LIT, "1e3", D),
                new Token(TokenKind.CHAR_LIT, "'c'", D), new Token(TokenKind.CHAR_LIT, "'\\''", D),
                new Token(TokenKind.BYTE_LIT, "b'a'", D), new Token(TokenKind.STR_LIT, "\"s\"", D),
                new Token(TokenKind.STR_LIT, "\"a \\\"q\\\"\"", D), new Token(TokenKind.RAW_STR_LIT, "r#\"a\"b\"#", D),
                new Token(TokenKind.BYTE_STR_LIT, "b\"by\"", D), new Token(TokenKind.RAW_BYTE_STR_LIT, "br\"x\"", D),
                new Token(TokenKind.C_STR_LIT, "c\"c\"", D), new Token(TokenKind.RAW_C_STR_LIT, "cr\"x\"", D),
                new Token(TokenKind.DOC_COMMENT_OUTER, "/// doc", D), new Token(TokenKind.DOC_COMMENT_OUTER, "/** block */", D));
        List<Token> puncts = new ArrayList<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.spelling() != null && !k.name().startsWith("OPEN_") && !k.name().startsWith("CLOSE_") && k != TokenKind.UNDERSCORE) {
                puncts.add(new Token(k, k.spelling(), D));
            }
        }
        return Arbitraries.frequencyOf(Tuple.of(4, words), Tuple.of(2, literals), Tuple.of(5, Arbitraries.of(puncts)))
                .map(TokenTree.Leaf::new);
    }

    static Arbitrary<List<TokenTree>> tokens(int depth) {
        Arbitrary<TokenTree> tree = depth == 0 ? leaf() : Arbitraries.frequencyOf(
                Tuple.of(5, leaf()),
                Tuple.of(1, Combinators.combine(Arbitraries.of(TokenTree.Delimiter.class), tokens(depth - 1))
                        .as((d, ts) -> new TokenTree.Delimited(d, ts, D, D))));
        return tree.list().ofMaxSize(6);
    }

    /** A {@code macro_rules!}-like body: rules with fragment specifiers, which must keep {@code $x:expr} intact. */
    private static Arbitrary<TokenTree.Delimited> macroRulesBody() {
        Token dollar = new Token(TokenKind.DOLLAR, "$", D);
        Token colon = new Token(TokenKind.COLON, ":", D);
        Arbitrary<List<TokenTree>> rule = Combinators.combine(Arbitraries.of("x", "e", "t"), Arbitraries.of("expr", "ty", "tt", "ident"),
                        tokens(1))
                .as((v, frag, body) -> {
                    List<TokenTree> matcher = List.of(new TokenTree.Leaf(dollar), new TokenTree.Leaf(new Token(TokenKind.IDENT, v, D)),
                            new TokenTree.Leaf(colon), new TokenTree.Leaf(new Token(TokenKind.IDENT, frag, D)));
                    List<TokenTree> expansion = new ArrayList<>(body);
                    expansion.add(new TokenTree.Leaf(dollar));
                    expansion.add(new TokenTree.Leaf(new Token(TokenKind.IDENT, v, D)));
                    return List.of(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, matcher, D, D),
                            new TokenTree.Leaf(new Token(TokenKind.FAT_ARROW, "=>", D)),
                            new TokenTree.Delimited(TokenTree.Delimiter.BRACE, expansion, D, D));
                });
        return rule.list().ofMinSize(1).ofMaxSize(3).map(rules -> {
            List<TokenTree> all = new ArrayList<>();
            for (List<TokenTree> r : rules) {
                all.addAll(r);
                all.add(new TokenTree.Leaf(new Token(TokenKind.SEMI, ";", D)));
            }
            return new TokenTree.Delimited(TokenTree.Delimiter.BRACE, all, D, D);
        });
    }

    private static Arbitrary<MacroCall> macroCall() {
        return Combinators.combine(Arbitraries.of(simplePath("m"), simplePath("vec"), simplePath("std", "println")),
                        Arbitraries.of(TokenTree.Delimiter.class), tokens(2))
                .as((p, d, ts) -> new MacroCall(p, d, ts, D));
    }

    // ---- attributes ----

    private static Arbitrary<Attr> attr(boolean inner, boolean docs) {
        Arbitrary<Attr> normal = Combinators.combine(
                        Arbitraries.of(simplePath("allow"), simplePath("cfg"), simplePath("inline"), simplePath("rustfmt", "skip"),
                                simplePath("doc"), simplePath("derive")),
                        Arbitraries.integers().between(0, 2), tokens(1))
                .as((p, shape, ts) -> {
                    List<TokenTree> args = switch (shape) {
                        case 0 -> List.of();
                        case 1 -> List.of(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, ts, D, D));
                        default -> List.of(new TokenTree.Leaf(new Token(TokenKind.EQ, "=", D)),
                                new TokenTree.Leaf(new Token(TokenKind.STR_LIT, "\"v\"", D)));
                    };
                    return new Attr(inner, p, args, null, D);
                });
        if (!docs) {
            return normal;
        }
        Arbitrary<Attr> doc = Arbitraries.of(" Hello", "", " a *b* `c` */ x", "!bang", " line\n two ", "* star")
                .map(t -> new Attr(inner, simplePath("doc"), List.of(), t, D));
        return Arbitraries.frequencyOf(Tuple.of(3, normal), Tuple.of(1, doc));
    }

    /** Doc comments with a line break only fit where an attribute gets its own line. */
    private static Arbitrary<List<Attr>> attrs(boolean docs) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(List.<Attr>of())),
                Tuple.of(1, attr(false, docs).list().ofMinSize(1).ofMaxSize(2)));
    }

    private static Arbitrary<List<Attr>> innerAttrs() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<Attr>of())),
                Tuple.of(1, attr(true, true).list().ofMinSize(1).ofMaxSize(2)));
    }

    // ---- paths and generic arguments ----

    private Arbitrary<GenericArgs> angleArgs(int d) {
        Arbitrary<GenericArg> arg = Arbitraries.frequencyOf(
                Tuple.of(6, tys.get(d).map(GenericArg.TypeArg::new)),
                Tuple.of(2, lifetime().map(GenericArg.LifetimeArg::new)),
                Tuple.of(1, constArg().map(GenericArg.ConstArg::new)),
                Tuple.of(1, Combinators.combine(plainIdent(), tys.get(d)).as((n, t) -> new GenericArg.Binding(n, null, t, D))),
                Tuple.of(1, Combinators.combine(plainIdent(), lifetime(), tys.get(d))
                        .as((n, l, t) -> new GenericArg.Binding(n,
                                new GenericArgs.AngleBracketed(List.of(new GenericArg.LifetimeArg(l)), D), t, D))),
                Tuple.of(1, Combinators.combine(plainIdent(), bounds(d)).as((n, b) -> new GenericArg.Constraint(n, null, b, D))));
        return arg.list().ofMaxSize(3).map(as -> new GenericArgs.AngleBracketed(as, D));
    }

    /** What the parser reads as a const argument: a literal, a negated number, or a block. */
    private Arbitrary<Expr> constArg() {
        Arbitrary<Expr> lit = lit().map(l -> new Expr.LitExpr(List.of(), l, D));
        Arbitrary<Expr> neg = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(9))
                .map(v -> new Expr.Unary(List.of(), UnOp.NEG, new Expr.LitExpr(List.of(), new Lit.Int(v, null, D), D), D));
        Arbitrary<Expr> block = exprs.isEmpty() ? lit : exprs.get(0).map(e -> new Expr.BlockExpr(List.of(), null,
                Expr.BlockKind.PLAIN, new Block(List.of(), e, D), D));
        return Arbitraries.frequencyOf(Tuple.of(3, lit), Tuple.of(1, neg), Tuple.of(1, block));
    }

    /** A path in an expression or pattern; generic arguments use the turbofish. */
    private Arbitrary<Path> exprPath(int d) {
        Arbitrary<PathSegment> plain = ident().map(AstArbitraries::seg);
        Arbitrary<PathSegment> withArgs = d == 0 ? plain
                : Combinators.combine(ident(), angleArgs(d - 1)).as(PathSegment::new);
        Arbitrary<PathSegment> segment = Arbitraries.frequencyOf(Tuple.of(8, plain), Tuple.of(1, withArgs));
        Arbitrary<PathSegment> first = Arbitraries.frequencyOf(
                Tuple.of(10, segment),
                Tuple.of(1, Arbitraries.of("self", "super", "crate", "Self").map(n -> seg(new Ident(n, D)))));
        return Combinators.combine(first, segment.list().ofMaxSize(2), chance(0.1)).as((f, rest, global) -> {
            List<PathSegment> segs = new ArrayList<>();
            segs.add(f);
            segs.addAll(rest);
            boolean keyword = !f.ident().raw() && List.of("self", "super", "crate", "Self").contains(f.ident().name());
            if (keyword && segs.size() == 1) {
                // a lone keyword path is legal but reads oddly as a pattern or callee; keep it as a prefix
                segs.add(seg(new Ident("x", D)));
            }
            return path(segs, global && !keyword);
        });
    }

    /** A path in a type or bound; {@code Fn}-like names may take parenthesized arguments. */
    private Arbitrary<Path> typePath(int d) {
        Arbitrary<PathSegment> plain = Arbitraries.of("u8", "i32", "String", "T", "Vec", "Option", "Iterator", "std")
                .map(n -> seg(new Ident(n, D)));
        if (d == 0) {
            return plain.list().ofMinSize(1).ofMaxSize(2).map(s -> path(s, false));
        }
        Arbitrary<PathSegment> generic = Combinators.combine(Arbitraries.of("Vec", "Box", "HashMap", "Tr"), angleArgs(d - 1))
                .as((n, a) -> new PathSegment(new Ident(n, D), a));
        Arbitrary<PathSegment> fnSugar = Combinators.combine(Arbitraries.of("Fn", "FnMut", "FnOnce"),
                        tys.get(d - 1).list().ofMaxSize(2), tys.get(d - 1).injectNull(0.5))
                .as((n, in, out) -> new PathSegment(new Ident(n, D), new GenericArgs.Parenthesized(in, out, D)));
        Arbitrary<PathSegment> last = Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(2, generic), Tuple.of(1, fnSugar));
        return Combinators.combine(plain.list().ofMaxSize(1), last, chance(0.1)).as((prefix, l, global) -> {
            List<PathSegment> segs = new ArrayList<>(prefix);
            segs.add(l);
            return path(segs, global);
        });
    }

    private Arbitrary<List<Bound>> bounds(int d) {
        Arbitrary<List<GenericParam>> forLts = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(List.<GenericParam>of())),
                Tuple.of(1, lifetime().filter(l -> !l.name().equals("'static") && !l.name().equals("'_"))
                        .map(l -> List.<GenericParam>of(new GenericParam.LifetimeParam(List.of(), l, List.of(), D)))));
        Arbitrary<Bound> trait = Combinators.combine(chance(0.15), chance(0.1), forLts, typePath(d))
                .as((maybe, maybeConst, lts, p) -> new Bound.TraitBound(maybe, maybeConst, lts, p, D));
        Arbitrary<Bound> bound = Arbitraries.frequencyOf(
                Tuple.of(5, trait),
                Tuple.of(1, lifetime().map(Bound.LifetimeBound::new)),
                Tuple.of(1, Arbitraries.of("T", "U").map(n -> new Bound.UseBound(List.of(
                        new GenericArg.LifetimeArg(new Lifetime("'a", D)),
                        new GenericArg.TypeArg(new Ty.PathTy(null, simplePath(n), D))), D))));
        return bound.list().ofMinSize(1).ofMaxSize(2);
    }

    // ---- types ----

    private Arbitrary<Ty> buildTy(int d) {
        Arbitrary<Ty> leaf = Arbitraries.frequencyOf(
                Tuple.of(6, typePath(0).map(p -> new Ty.PathTy(null, p, D))),
                Tuple.of(1, Arbitraries.just(new Ty.NeverTy(D))),
                Tuple.of(1, Arbitraries.just(new Ty.InferTy(D))),
                Tuple.of(1, Arbitraries.just(new Ty.TupleTy(List.of(), D))));
        if (d == 0) {
            return leaf;
        }
        Arbitrary<Ty> sub = tys.get(d - 1);
        Arbitrary<Ty> ref = Combinators.combine(lifetime().injectNull(0.6), mutability(), sub)
                .as((l, m, t) -> new Ty.RefTy(l, m, t, D));
        Arbitrary<Ty> ptr = Combinators.combine(mutability(), sub).as((m, t) -> new Ty.PtrTy(m, t, D));
        Arbitrary<Ty> slice = sub.map(t -> new Ty.SliceTy(t, D));
        Arbitrary<Ty> array = Combinators.combine(sub, exprs.get(d - 1)).as((t, n) -> new Ty.ArrayTy(t, n, D));
        Arbitrary<Ty> tuple = sub.list().ofMinSize(1).ofMaxSize(3).map(ts -> new Ty.TupleTy(ts, D));
        Arbitrary<Ty> fnPtr = Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<GenericParam>of())),
                                Tuple.of(1, Arbitraries.just(List.<GenericParam>of(
                                        new GenericParam.LifetimeParam(List.of(), new Lifetime("'a", D), List.of(), D))))),
                        chance(0.2), Arbitraries.of("C", "system").injectNull(0.7),
                        Combinators.combine(Arbitraries.of("a", "_", "x").injectNull(0.5), sub)
                                .as((n, t) -> new Ty.FnPtrParam(n == null ? null : new Ident(n, D), t, D)).list().ofMaxSize(2),
                        chance(0.1), sub.injectNull(0.5))
                .as((lts, unsafe, abi, params, variadic, ret) -> new Ty.FnPtrTy(lts, unsafe, abi, params, variadic, ret, D));
        Arbitrary<Ty> implTrait = bounds(d - 1).map(b -> new Ty.ImplTraitTy(b, D));
        Arbitrary<Ty> dynTrait = bounds(d - 1).map(b -> new Ty.DynTraitTy(b, D));
        Arbitrary<Ty> generic = typePath(d).map(p -> new Ty.PathTy(null, p, D));
        Arbitrary<Ty> qualified = Combinators.combine(sub, typePath(d - 1).injectNull(0.3), plainIdent())
                .as((self, trait, assoc) -> {
                    List<PathSegment> segs = new ArrayList<>();
                    int position = 0;
                    boolean global = false;
                    if (trait != null) {
                        segs.addAll(trait.segments());
                        position = segs.size();
                        global = trait.global();
                    }
                    segs.add(seg(assoc));
                    return new Ty.PathTy(new QSelf(self, position, D), path(segs, global), D);
                });
        Arbitrary<Ty> mac = macroCall().map(m -> new Ty.MacroTy(m, D));
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf), Tuple.of(3, ref), Tuple.of(1, ptr), Tuple.of(1, slice), Tuple.of(1, array),
                Tuple.of(1, tuple), Tuple.of(1, fnPtr), Tuple.of(1, implTrait), Tuple.of(2, dynTrait), Tuple.of(3, generic),
                Tuple.of(1, qualified), Tuple.of(1, mac));
    }

    // ---- patterns ----

    private static Expr litExpr(Lit l) {
        return new Expr.LitExpr(List.of(), l, D);
    }

    /** A literal as a pattern reads it: possibly negated when it is a number. */
    private static Arbitrary<Expr> patLit() {
        Arbitrary<Expr> negative = lit().filter(l -> l instanceof Lit.Int || l instanceof Lit.Float)
                .map(l -> new Expr.Unary(List.of(), UnOp.NEG, litExpr(l), D));
        return Arbitraries.frequencyOf(Tuple.of(3, lit().map(AstArbitraries::litExpr)), Tuple.of(1, negative));
    }

    private Arbitrary<Pat> buildPat(int d) {
        Arbitrary<Pat> binding = Combinators.combine(chance(0.2), mutability(), ident())
                .as((r, m, n) -> new Pat.IdentPat(r, m, n, null, D));
        Arbitrary<Expr> rangeEnd = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.oneOf(
                        lit().filter(l -> l instanceof Lit.Int || l instanceof Lit.Char || l instanceof Lit.Float)
                                .map(AstArbitraries::litExpr),
                        Arbitraries.integers().between(0, 9).map(v -> new Expr.Unary(List.of(), UnOp.NEG,
                                litExpr(new Lit.Int(BigInteger.valueOf(v), null, D)), D)))),
                Tuple.of(1, exprPath(0).map(p -> new Expr.PathExpr(List.of(), null, p, D))));
        Arbitrary<Pat> range = Combinators.combine(rangeEnd, rangeEnd, Arbitraries.integers().between(0, 4))
                .as((lo, hi, shape) -> switch (shape) {
                    case 0 -> new Pat.RangePat(lo, hi, true, D);
                    case 1 -> new Pat.RangePat(lo, hi, false, D);
                    case 2 -> new Pat.RangePat(lo, null, false, D);
                    case 3 -> new Pat.RangePat(null, hi, true, D);
                    default -> new Pat.RangePat(null, hi, false, D);
                });
        Arbitrary<Pat> literal = patLit().map(e -> new Pat.LitPat(e, D));
        Arbitrary<Pat> pathPat = exprPath(d).filter(p -> !p.isSimple()).map(p -> new Pat.PathPat(null, p, D));
        Arbitrary<Pat> leaf = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new Pat.Wild(D))), Tuple.of(5, binding), Tuple.of(2, literal),
                Tuple.of(1, range), Tuple.of(1, pathPat));
        if (d == 0) {
            return leaf;
        }
        Arbitrary<Pat> sub = pats.get(d - 1);
        // `..` belongs only directly in a tuple, tuple-struct or slice pattern
        Arbitrary<List<Pat>> elems = Combinators.combine(sub.list().ofMaxSize(3), Arbitraries.integers().between(-3, 3))
                .as((ps, restAt) -> {
                    List<Pat> l = new ArrayList<>(ps);
                    if (restAt >= 0 && restAt <= l.size()) {
                        l.add(restAt, new Pat.Rest(D));
                    }
                    return l;
                });
        Arbitrary<Pat> tuple = elems.map(ps -> new Pat.TuplePat(ps, D));
        Arbitrary<Pat> slice = Combinators.combine(elems, ident(), chance(0.3)).as((ps, name, bindRest) -> {
            List<Pat> l = new ArrayList<>();
            for (Pat p : ps) {
                l.add(bindRest && p instanceof Pat.Rest ? new Pat.IdentPat(false, Mutability.NOT, name, p, D) : p);
            }
            return new Pat.SlicePat(l, D);
        });
        Arbitrary<Pat> tupleStruct = Combinators.combine(exprPath(d), elems).as((p, ps) -> new Pat.TupleStructPat(null, p, ps, D));
        Arbitrary<Pat.FieldPat> shorthand = Combinators.combine(attrs(false), chance(0.2), mutability(), ident())
                .as((as, r, m, n) -> new Pat.FieldPat(as, n, new Pat.IdentPat(r, m, n, null, D), true, D));
        Arbitrary<Pat.FieldPat> named = Combinators.combine(attrs(false),
                        Arbitraries.frequencyOf(Tuple.of(4, ident()), Tuple.of(1, Arbitraries.of("0", "1").map(n -> new Ident(n, D)))),
                        sub)
                .as((as, n, p) -> new Pat.FieldPat(as, n, p, false, D));
        Arbitrary<Pat> struct = Combinators.combine(exprPath(d), Arbitraries.oneOf(shorthand, named).list().ofMaxSize(3), chance(0.3))
                .as((p, fs, rest) -> new Pat.StructPat(null, p, fs, rest, D));
        Arbitrary<Pat> ref = Combinators.combine(mutability(), sub).as((m, p) -> new Pat.RefPat(m, p, D));
        Arbitrary<Pat> or = sub.list().ofMinSize(2).ofMaxSize(3).map(ps -> new Pat.OrPat(ps, D));
        Arbitrary<Pat> box = sub.map(p -> new Pat.BoxPat(p, D));
        Arbitrary<Pat> at = Combinators.combine(chance(0.2), mutability(), ident(), sub)
                .as((r, m, n, p) -> new Pat.IdentPat(r, m, n, p, D));
        Arbitrary<Pat> mac = macroCall().map(m -> new Pat.MacroPat(m, D));
        Arbitrary<Pat> qualified = Combinators.combine(tys.get(d - 1), plainIdent())
                .as((t, n) -> new Pat.PathPat(new QSelf(t, 0, D), path(List.of(seg(n)), false), D));
        return Arbitraries.frequencyOf(
                Tuple.of(5, leaf), Tuple.of(2, tuple), Tuple.of(1, slice), Tuple.of(2, tupleStruct), Tuple.of(2, struct),
                Tuple.of(1, ref), Tuple.of(2, or), Tuple.of(1, box), Tuple.of(1, at), Tuple.of(1, mac), Tuple.of(1, qualified));
    }

    // ---- expressions ----

    static Expr withAttrs(Expr e, List<Attr> attrs) {
        if (attrs.isEmpty()) {
            return e;
        }
        try {
            RecordComponent[] rcs = e.getClass().getRecordComponents();
            Object[] values = new Object[rcs.length];
            Class<?>[] types = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                types[i] = rcs[i].getType();
                values[i] = rcs[i].getName().equals("attrs") ? attrs : rcs[i].getAccessor().invoke(e);
            }
            return (Expr) e.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static final List<Attr> NO_ATTRS = List.of();

    private Arbitrary<Expr> buildExpr(int d) {
        Arbitrary<Expr> literal = lit().map(AstArbitraries::litExpr);
        Arbitrary<Expr> pathExpr = exprPath(d).map(p -> new Expr.PathExpr(NO_ATTRS, null, p, D));
        Arbitrary<Expr> leaf = Arbitraries.frequencyOf(
                Tuple.of(6, literal), Tuple.of(8, pathExpr),
                Tuple.of(1, label().injectNull(0.5).map(l -> new Expr.Continue(NO_ATTRS, l, D))),
                Tuple.of(1, label().injectNull(0.5).map(l -> new Expr.Break(NO_ATTRS, l, null, D))),
                Tuple.of(1, Arbitraries.just(new Expr.Return(NO_ATTRS, null, D))),
                Tuple.of(1, Arbitraries.just(new Expr.Tuple(NO_ATTRS, List.of(), D))),
                Tuple.of(1, macroCall().map(m -> new Expr.MacroCallExpr(NO_ATTRS, m, D))));
        if (d == 0) {
            blockLikes.add(null);
            return leaf;
        }
        Arbitrary<Expr> e = exprs.get(d - 1);
        Arbitrary<Block> block = blocks.get(d - 1);
        Arbitrary<List<Expr>> list = e.list().ofMaxSize(3);

        Arbitrary<Expr> binary = Combinators.combine(Arbitraries.of(BinOp.class), e, e)
                .as((op, l, r) -> new Expr.Binary(NO_ATTRS, op, l, r, D, D));
        Arbitrary<Expr> unary = Combinators.combine(Arbitraries.of(UnOp.class), e).as((op, x) -> new Expr.Unary(NO_ATTRS, op, x, D));
        Arbitrary<Expr> addrOf = Combinators.combine(mutability(), chance(0.2), e).as((m, raw, x) -> new Expr.AddrOf(NO_ATTRS, m, raw, x, D));
        Arbitrary<Expr> cast = Combinators.combine(e, tys.get(d - 1)).as((x, t) -> new Expr.Cast(NO_ATTRS, x, t, D));
        Arbitrary<Expr> lhs = Arbitraries.frequencyOf(Tuple.of(6, e), Tuple.of(1, Arbitraries.just(new Expr.Underscore(NO_ATTRS, D))));
        Arbitrary<Expr> assign = Combinators.combine(lhs, e).as((l, r) -> new Expr.Assign(NO_ATTRS, l, r, D, D));
        Arbitrary<Expr> assignOp = Combinators.combine(Arbitraries.of(BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.REM,
                        BinOp.BIT_AND, BinOp.BIT_OR, BinOp.BIT_XOR, BinOp.SHL, BinOp.SHR), e, e)
                .as((op, l, r) -> new Expr.AssignOp(NO_ATTRS, op, l, r, D, D));
        Arbitrary<Expr> range = Combinators.combine(e, e, Arbitraries.integers().between(0, 5))
                .as((lo, hi, shape) -> switch (shape) {
                    case 0 -> new Expr.Range(NO_ATTRS, lo, hi, false, D);
                    case 1 -> new Expr.Range(NO_ATTRS, lo, hi, true, D);
                    case 2 -> new Expr.Range(NO_ATTRS, lo, null, false, D);
                    case 3 -> new Expr.Range(NO_ATTRS, null, hi, false, D);
                    case 4 -> new Expr.Range(NO_ATTRS, null, hi, true, D);
                    default -> new Expr.Range(NO_ATTRS, null, null, false, D);
                });
        Arbitrary<Expr> call = Combinators.combine(e, list).as((f, as) -> new Expr.Call(NO_ATTRS, f, as, D));
        Arbitrary<Expr> methodCall = Combinators.combine(e, ident(), angleArgs(d - 1).injectNull(0.7), list)
                .as((r, n, ga, as) -> new Expr.MethodCall(NO_ATTRS, r, new PathSegment(n, ga), as, D));
        Arbitrary<Expr> field = Combinators.combine(e, ident()).as((b, n) -> new Expr.Field(NO_ATTRS, b, n, D));
        Arbitrary<Expr> tupleField = Combinators.combine(e, Arbitraries.integers().between(0, 12))
                .as((b, i) -> new Expr.TupleField(NO_ATTRS, b, i, D, D));
        Arbitrary<Expr> index = Combinators.combine(e, e).as((b, i) -> new Expr.Index(NO_ATTRS, b, i, D));
        Arbitrary<Expr> tryExpr = e.map(x -> new Expr.Try(NO_ATTRS, x, D));
        Arbitrary<Expr> await = e.map(x -> new Expr.Await(NO_ATTRS, x, D));
        Arbitrary<Expr.ClosureParam> param = Combinators.combine(attrs(false), pats.get(d - 1), tys.get(d - 1).injectNull(0.6))
                .as((as, p, t) -> new Expr.ClosureParam(as, p, t, D));
        Arbitrary<Expr> closure = Combinators.combine(chance(0.3), chance(0.1), param.list().ofMaxSize(2), tys.get(d - 1).injectNull(0.8),
                        e, block)
                .as((mv, async, ps, ret, body, b) -> new Expr.Closure(NO_ATTRS, mv, async, ps, ret,
                        ret == null ? body : new Expr.BlockExpr(NO_ATTRS, null, Expr.BlockKind.PLAIN, b, D), D));
        Arbitrary<Expr> blockExpr = Combinators.combine(label().injectNull(0.7), Arbitraries.of(Expr.BlockKind.class), block)
                .as((l, k, b) -> new Expr.BlockExpr(NO_ATTRS, k == Expr.BlockKind.CONST ? null : l, k, b, D));
        Arbitrary<Expr> asyncBlock = Combinators.combine(chance(0.5), block).as((mv, b) -> new Expr.AsyncBlock(NO_ATTRS, mv, b, D));
        Arbitrary<Expr> cond = cond(d);
        Arbitrary<Expr> ifExpr = Combinators.combine(
                        Combinators.combine(cond, block).as(Tuple::of).list().ofMinSize(1).ofMaxSize(3), block.injectNull(0.5))
                .as((branches, last) -> {
                    Expr els = last == null ? null : new Expr.BlockExpr(NO_ATTRS, null, Expr.BlockKind.PLAIN, last, D);
                    for (int i = branches.size() - 1; i >= 0; i--) {
                        els = new Expr.If(NO_ATTRS, branches.get(i).get1(), branches.get(i).get2(), els, D);
                    }
                    return els;
                });
        Arbitrary<Expr> whileExpr = Combinators.combine(label().injectNull(0.7), cond, block)
                .as((l, c, b) -> new Expr.While(NO_ATTRS, l, c, b, D));
        Arbitrary<Expr> loop = Combinators.combine(label().injectNull(0.7), block).as((l, b) -> new Expr.Loop(NO_ATTRS, l, b, D));
        Arbitrary<Expr> forLoop = Combinators.combine(label().injectNull(0.7), pats.get(d - 1), e, block)
                .as((l, p, it, b) -> new Expr.ForLoop(NO_ATTRS, l, p, it, b, D));
        Arbitrary<Expr.MatchArm> arm = Combinators.combine(attrs(true), pats.get(d - 1),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Boolean.FALSE)), Tuple.of(1, Arbitraries.just(Boolean.TRUE))),
                        cond, e)
                .as((as, p, guarded, g, body) -> new Expr.MatchArm(as, p, guarded ? g : null, body, D));
        Arbitrary<Expr> match = Combinators.combine(e, arm.list().ofMaxSize(3)).as((s, arms) -> new Expr.Match(NO_ATTRS, s, arms, D));
        Arbitrary<Expr> breakExpr = Combinators.combine(label().injectNull(0.6), e).as((l, v) -> new Expr.Break(NO_ATTRS, l, v, D));
        Arbitrary<Expr> returnExpr = e.map(v -> new Expr.Return(NO_ATTRS, v, D));
        Arbitrary<Expr> tuple = e.list().ofMinSize(1).ofMaxSize(3).map(es -> new Expr.Tuple(NO_ATTRS, es, D));
        Arbitrary<Expr> array = list.map(es -> new Expr.Array(NO_ATTRS, es, D));
        Arbitrary<Expr> repeat = Combinators.combine(e, e).as((x, n) -> new Expr.Repeat(NO_ATTRS, x, n, D));
        Arbitrary<Expr.FieldInit> fieldInit = Combinators.combine(attrs(false), ident(), e, chance(0.3),
                        Arbitraries.of("0", "1").map(n -> new Ident(n, D)), chance(0.1))
                .as((as, n, x, shorthand, num, numeric) -> numeric
                        ? new Expr.FieldInit(as, num, x, false, D)
                        : shorthand
                        ? new Expr.FieldInit(as, n, new Expr.PathExpr(NO_ATTRS, null, path(List.of(seg(n)), false), D), true, D)
                        : new Expr.FieldInit(as, n, x, false, D));
        Arbitrary<Expr> structLit = Combinators.combine(exprPath(d), fieldInit.list().ofMaxSize(3), e, Arbitraries.integers().between(0, 4))
                .as((p, fs, base, shape) -> new Expr.StructLit(NO_ATTRS, null, p, fs, shape == 0 ? base : null, shape == 1, D));
        Arbitrary<Expr> qualified = Combinators.combine(tys.get(d - 1), typePath(d - 1).injectNull(0.4), ident())
                .as((self, trait, name) -> {
                    List<PathSegment> segs = new ArrayList<>();
                    int position = 0;
                    boolean global = false;
                    if (trait != null) {
                        segs.addAll(trait.segments());
                        position = segs.size();
                        global = trait.global();
                    }
                    segs.add(seg(name));
                    return new Expr.PathExpr(NO_ATTRS, new QSelf(self, position, D), path(segs, global), D);
                });
        blockLikes.add(opaque(Arbitraries.frequencyOf(Tuple.of(3, ifExpr), Tuple.of(1, whileExpr), Tuple.of(1, loop), Tuple.of(1, forLoop),
                Tuple.of(2, match), Tuple.of(2, blockExpr.filter(b -> ((Expr.BlockExpr) b).kind() != Expr.BlockKind.CONST)))));
        Arbitrary<Expr> any = Arbitraries.frequencyOf(
                Tuple.of(6, leaf), Tuple.of(8, binary), Tuple.of(3, unary), Tuple.of(2, addrOf), Tuple.of(2, cast),
                Tuple.of(2, assign), Tuple.of(2, assignOp), Tuple.of(3, range), Tuple.of(3, call), Tuple.of(3, methodCall),
                Tuple.of(2, field), Tuple.of(2, tupleField), Tuple.of(2, index), Tuple.of(1, tryExpr), Tuple.of(1, await),
                Tuple.of(2, closure), Tuple.of(2, blockExpr), Tuple.of(1, asyncBlock), Tuple.of(3, ifExpr), Tuple.of(1, whileExpr),
                Tuple.of(1, loop), Tuple.of(1, forLoop), Tuple.of(2, match), Tuple.of(1, breakExpr), Tuple.of(1, returnExpr),
                Tuple.of(1, tuple), Tuple.of(1, array), Tuple.of(1, repeat), Tuple.of(2, structLit), Tuple.of(1, qualified));
        // attributes on any expression: the printer must parenthesize them where the parser cannot take them
        return Combinators.combine(any, Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.just(NO_ATTRS)),
                        Tuple.of(1, attr(false, false).list().ofMinSize(1).ofMaxSize(1))))
                .as(AstArbitraries::withAttrs);
    }

    /** A condition of {@code if} or {@code while}: an expression or a {@code let} chain. */
    private Arbitrary<Expr> cond(int d) {
        Arbitrary<Expr> e = exprs.get(d - 1);
        Arbitrary<Expr> let = Combinators.combine(pats.get(d - 1), e).as((p, s) -> new Expr.Let(NO_ATTRS, p, s, D));
        Arbitrary<Expr> chain = Combinators.combine(Arbitraries.oneOf(e, let), let, chance(0.5))
                .as((a, b, flip) -> new Expr.Binary(NO_ATTRS, BinOp.AND, flip ? b : a, flip ? a : b, D, D));
        return Arbitraries.frequencyOf(Tuple.of(4, e), Tuple.of(2, let), Tuple.of(1, chain));
    }

    // ---- statements and blocks ----

    private Arbitrary<Stmt> buildStmt(int d) {
        Arbitrary<Expr> e = exprs.get(d);
        Arbitrary<Stmt> let = Combinators.combine(attrs(true), pats.get(d), tys.get(d).injectNull(0.6), e.injectNull(0.2),
                        d == 0 ? Arbitraries.just((Block) null) : blocks.get(d - 1).injectNull(0.85))
                .as((as, p, t, init, els) -> new Stmt.Let(as, p, t, init, init == null ? null : els, D));
        Arbitrary<Stmt> semi = Combinators.combine(e, attrs(true)).as((x, as) -> new Stmt.ExprStmt(withAttrs(x, as), true, D));
        Arbitrary<Stmt> empty = Arbitraries.just(new Stmt.Empty(D));
        if (d == 0) {
            return Arbitraries.frequencyOf(Tuple.of(3, let), Tuple.of(3, semi), Tuple.of(1, empty));
        }
        Arbitrary<Stmt> blockLike = Combinators.combine(blockLikes.get(d), attrs(true))
                .as((x, as) -> new Stmt.ExprStmt(withAttrs(x, as), false, D));
        Arbitrary<Stmt> item = items.get(d - 1).filter(i -> !(i instanceof Item.MacroItem)).map(Stmt.ItemStmt::new);
        return Arbitraries.frequencyOf(Tuple.of(3, let), Tuple.of(4, semi), Tuple.of(2, blockLike), Tuple.of(1, empty),
                Tuple.of(1, item));
    }

    private Arbitrary<Block> buildBlock(int d) {
        Arbitrary<Expr> tail = Combinators.combine(exprs.get(d), attrs(true)).as(AstArbitraries::withAttrs).injectNull(0.5);
        return Combinators.combine(stmts.get(d).list().ofMaxSize(3), tail).as(AstArbitraries::canonicalBlock);
    }

    /** The block as the parser builds it from the same statements. */
    static Block canonicalBlock(List<Stmt> stmts, Expr tail) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : stmts) {
            // a `;` right after a block-like statement is that statement's own semicolon
            if (s instanceof Stmt.Empty && !out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.ExprStmt es && !es.semi()) {
                continue;
            }
            out.add(s);
        }
        if (tail == null && !out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.ExprStmt es && !es.semi()) {
            out.remove(out.size() - 1);
            tail = es.expr();
        }
        return new Block(out, tail, D);
    }

    // ---- items ----

    private static Arbitrary<Visibility> vis() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(new Visibility.Inherited(D))),
                Tuple.of(3, Arbitraries.just(new Visibility.Public(D))),
                Tuple.of(1, Arbitraries.of("crate", "self", "super").map(n -> new Visibility.Restricted(simplePath(n), false, D))),
                Tuple.of(1, Arbitraries.just(new Visibility.Restricted(simplePath("crate", "a"), true, D))));
    }

    private Arbitrary<Generics> generics(int d, boolean paramAttrs) {
        Arbitrary<List<Attr>> as = paramAttrs ? attrs(false) : Arbitraries.just(List.of());
        Arbitrary<GenericParam> lt = Combinators.combine(as, Arbitraries.of("'a", "'b"), Arbitraries.of("'c", "'static").list().ofMaxSize(2))
                .as((a, n, bs) -> new GenericParam.LifetimeParam(a, new Lifetime(n, D),
                        bs.stream().map(b -> new Lifetime(b, D)).toList(), D));
        Arbitrary<GenericParam> tp = Combinators.combine(as, Arbitraries.of("T", "U", "V"),
                        Arbitraries.oneOf(Arbitraries.just(List.<Bound>of()), bounds(d)), tys.get(d).injectNull(0.8))
                .as((a, n, bs, dflt) -> new GenericParam.TypeParam(a, new Ident(n, D), bs, dflt, D));
        Arbitrary<GenericParam> cp = Combinators.combine(as, Arbitraries.of("N", "M"), constArg().injectNull(0.7))
                .as((a, n, dflt) -> new GenericParam.ConstParam(a, new Ident(n, D), new Ty.PathTy(null, simplePath("usize"), D), dflt, D));
        Arbitrary<WherePredicate> pred = Arbitraries.oneOf(
                Combinators.combine(tys.get(d), bounds(d)).as((t, b) -> new WherePredicate.BoundPredicate(List.of(), t, b, D)),
                Combinators.combine(Arbitraries.of("'a", "'b"), Arbitraries.of("'c", "'static").list().ofMaxSize(2))
                        .as((n, bs) -> new WherePredicate.LifetimePredicate(new Lifetime(n, D),
                                bs.stream().map(b -> new Lifetime(b, D)).toList(), D)));
        return Combinators.combine(Arbitraries.oneOf(lt, tp, cp).list().ofMaxSize(3), pred.list().ofMaxSize(2))
                .as((ps, ws) -> new Generics(ps, ws, D));
    }

    private Arbitrary<Generics> noGenerics() {
        return Arbitraries.just(Generics.empty(D));
    }

    private Arbitrary<Item.FnSig> fnSig() {
        return Combinators.combine(chance(0.15), chance(0.15), chance(0.15), Arbitraries.of("C", "system").injectNull(0.85))
                .as((c, a, u, abi) -> new Item.FnSig(c, a, u, abi, D));
    }

    private Arbitrary<Item.SelfParam> selfParam(int d) {
        return Combinators.combine(attrs(false), Arbitraries.of(Item.SelfKind.class), mutability(), lifetime().injectNull(0.6), tys.get(d))
                .as((as, kind, m, lt, t) -> switch (kind) {
                    case VALUE -> new Item.SelfParam(as, kind, m, null, null, D);
                    case REF -> new Item.SelfParam(as, kind, Mutability.NOT, lt, null, D);
                    case REF_MUT -> new Item.SelfParam(as, kind, Mutability.MUT, lt, null, D);
                    case EXPLICIT -> new Item.SelfParam(as, kind, m, null, t, D);
                });
    }

    private Arbitrary<Item> fn(int d, boolean bodyRequired, boolean selfAllowed) {
        Arbitrary<Item.Param> param = Combinators.combine(attrs(true), pats.get(d), tys.get(d))
                .as((as, p, t) -> new Item.Param(as, p, t, D));
        Arbitrary<Block> body = bodyRequired ? blocks.get(d) : blocks.get(d).injectNull(0.5);
        return Combinators.combine(attrs(true), vis(), fnSig(), ident(), generics(d, true),
                        selfAllowed ? selfParam(d).injectNull(0.5) : Arbitraries.just((Item.SelfParam) null),
                        Combinators.combine(param.list().ofMaxSize(3), tys.get(d).injectNull(0.5)).as(Tuple::of), body)
                .as((as, v, sig, name, g, self, paramsRet, b) -> new Item.Fn(as, v, sig, name, g, self, paramsRet.get1(),
                        paramsRet.get2(), b, D));
    }

    private Arbitrary<Item.FieldDef> namedField(int d) {
        return Combinators.combine(attrs(true), vis(), ident(), tys.get(d)).as((as, v, n, t) -> new Item.FieldDef(as, v, n, t, D));
    }

    private Arbitrary<Item.VariantData> variantData(int d, boolean docsInFields) {
        Arbitrary<Item.FieldDef> named = Combinators.combine(attrs(docsInFields), vis(), ident(), tys.get(d))
                .as((as, v, n, t) -> new Item.FieldDef(as, v, n, t, D));
        Arbitrary<Item.FieldDef> unnamed = Combinators.combine(attrs(false), vis(), tys.get(d))
                .as((as, v, t) -> new Item.FieldDef(as, v, null, t, D));
        return Arbitraries.frequencyOf(
                Tuple.of(2, named.list().ofMaxSize(3).map(Item.VariantData.Named::new)),
                Tuple.of(2, unnamed.list().ofMaxSize(3).map(Item.VariantData.TupleFields::new)),
                Tuple.of(1, Arbitraries.just(new Item.VariantData.Unit())));
    }

    private Arbitrary<Item.UseTree> useTree(int depth) {
        Arbitrary<Path> prefix = Combinators.combine(Arbitraries.of("std", "self", "super", "crate", "a").list().ofMaxSize(2), chance(0.1))
                .as((names, global) -> path(names.stream().map(n -> seg(new Ident(n, D))).toList(), global));
        Arbitrary<Item.UseTree> simple = Combinators.combine(prefix, ident(),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just((Ident) null)), Tuple.of(1, ident()),
                                Tuple.of(1, Arbitraries.just(new Ident("_", D)))))
                .as((p, last, rename) -> {
                    List<PathSegment> segs = new ArrayList<>(p.segments());
                    segs.add(seg(last));
                    return new Item.UseTree.Simple(path(segs, p.global()), rename, D);
                });
        Arbitrary<Item.UseTree> glob = prefix.map(p -> new Item.UseTree.Glob(p, D));
        if (depth == 0) {
            return Arbitraries.oneOf(simple, glob);
        }
        Arbitrary<Item.UseTree> nested = Combinators.combine(prefix, useTree(depth - 1).list().ofMaxSize(3))
                .as((p, ts) -> new Item.UseTree.Nested(p, ts, D));
        return Arbitraries.frequencyOf(Tuple.of(3, simple), Tuple.of(1, glob), Tuple.of(2, nested));
    }

    /** Items; {@code inBraces} items may contain further items (modules, impls, traits, extern blocks). */
    private Arbitrary<Item> buildItem(int d, boolean nested) {
        Arbitrary<Item> fn = fn(d, true, false);
        Arbitrary<Item> struct = Combinators.combine(attrs(true), vis(), ident(), generics(d, true), variantData(d, true))
                .as((as, v, n, g, data) -> new Item.Struct(as, v, n, g, data, D));
        Arbitrary<Item.Variant> variant = Combinators.combine(attrs(true), ident(), variantData(d, false), exprs.get(d).injectNull(0.7))
                .as((as, n, data, disc) -> new Item.Variant(as, n, data, disc, D));
        Arbitrary<Item> enumItem = Combinators.combine(attrs(true), vis(), ident(), generics(d, true), variant.list().ofMaxSize(3))
                .as((as, v, n, g, vs) -> new Item.Enum(as, v, n, g, vs, D));
        Arbitrary<Item> union = Combinators.combine(attrs(true), vis(), ident(), generics(d, true), namedField(d).list().ofMaxSize(3))
                .as((as, v, n, g, fs) -> new Item.Union(as, v, n, g, fs, D));
        Arbitrary<Item> typeAlias = Combinators.combine(attrs(true), vis(), ident(), generics(d, true), tys.get(d))
                .as((as, v, n, g, t) -> new Item.TypeAlias(as, v, n, g, List.of(), t, D));
        Arbitrary<Item> constItem = Combinators.combine(attrs(true), vis(),
                        Arbitraries.frequencyOf(Tuple.of(4, ident()), Tuple.of(1, Arbitraries.just(new Ident("_", D)))),
                        tys.get(d), exprs.get(d))
                .as((as, v, n, t, x) -> new Item.Const(as, v, n, Generics.empty(D), t, x, D));
        Arbitrary<Item> staticItem = Combinators.combine(attrs(true), vis(), mutability(), ident(), tys.get(d), exprs.get(d))
                .as((as, v, m, n, t, x) -> new Item.Static(as, v, m, n, t, x, D));
        Arbitrary<Item> use = Combinators.combine(attrs(true), vis(), useTree(2)).as((as, v, t) -> new Item.Use(as, v, t, D));
        Arbitrary<Item> externCrate = Combinators.combine(attrs(true), vis(),
                        Arbitraries.frequencyOf(Tuple.of(4, ident()), Tuple.of(1, Arbitraries.just(new Ident("self", D)))),
                        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just((Ident) null)), Tuple.of(2, ident()),
                                Tuple.of(1, Arbitraries.just(new Ident("_", D)))))
                .as((as, v, n, r) -> new Item.ExternCrate(as, v, n, r, D));
        Arbitrary<Item> macroRules = Combinators.combine(attrs(true), ident(), macroRulesBody())
                .as((as, n, body) -> new Item.MacroRules(as, new Visibility.Inherited(D), n, body, D));
        Arbitrary<Item> macroItem = Combinators.combine(attrs(true), macroCall())
                .as((as, m) -> new Item.MacroItem(as, new Visibility.Inherited(D), m, D));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Item>>> choices = new ArrayList<>(List.of(
                Tuple.of(5, fn), Tuple.of(2, struct), Tuple.of(2, enumItem), Tuple.of(1, union), Tuple.of(1, typeAlias),
                Tuple.of(1, constItem), Tuple.of(1, staticItem), Tuple.of(2, use), Tuple.of(1, externCrate),
                Tuple.of(1, macroRules), Tuple.of(1, macroItem)));
        if (nested && d > 0) {
            Arbitrary<Item> inner = items.get(d - 1);
            Arbitrary<Item> mod = Combinators.combine(attrs(true), vis(), chance(0.1), ident(), innerAttrs(), inner.list().ofMaxSize(3))
                    .as((as, v, u, n, ia, is) -> new Item.Mod(as, v, u, n, true, true, -1, ia, is, D));
            Arbitrary<Item> assocType = Combinators.combine(attrs(true), ident(), bounds(d - 1).injectNull(0.5), tys.get(d - 1).injectNull(0.5))
                    .as((as, n, bs, t) -> new Item.TypeAlias(as, new Visibility.Inherited(D), n, Generics.empty(D),
                            bs == null ? List.of() : bs, t, D));
            Arbitrary<Item> assocConst = Combinators.combine(attrs(true), ident(), tys.get(d - 1), exprs.get(d - 1).injectNull(0.5))
                    .as((as, n, t, x) -> new Item.Const(as, new Visibility.Inherited(D), n, Generics.empty(D), t, x, D));
            Arbitrary<Item> assoc = Arbitraries.frequencyOf(Tuple.of(4, fn(d - 1, false, true)), Tuple.of(1, assocType),
                    Tuple.of(1, assocConst));
            Arbitrary<Item> trait = Combinators.combine(attrs(true), vis(), chance(0.1), chance(0.1), ident(), generics(d - 1, true),
                            Arbitraries.oneOf(Arbitraries.just(List.<Bound>of()), bounds(d - 1)), assoc.list().ofMaxSize(3))
                    .as((as, v, u, auto, n, g, sup, is) -> new Item.Trait(as, v, u, auto, n, g, sup, is, D));
            Arbitrary<Ty> selfTy = Arbitraries.oneOf(typePath(d - 1).map(p -> new Ty.PathTy(null, p, D)),
                    // `impl <T>::X` would read as generic parameters, `impl !` as a negative impl
                    tys.get(d - 1).filter(t -> !(t instanceof Ty.PathTy p && p.qself() != null) && !(t instanceof Ty.NeverTy)));
            Arbitrary<Item> impl = Combinators.combine(attrs(true), chance(0.1), generics(d - 1, false),
                            Combinators.combine(chance(0.1), typePath(d - 1).injectNull(0.4)).as(Tuple::of), selfTy,
                            assoc.list().ofMaxSize(3))
                    .as((as, u, g, negTrait, self, is) -> new Item.Impl(as, new Visibility.Inherited(D), u, g,
                            negTrait.get2() != null && negTrait.get1(), negTrait.get2(), self, is, D));
            Arbitrary<Item> foreignFn = Combinators.combine(attrs(true), vis(), chance(0.2), ident(),
                            Combinators.combine(attrs(true), pats.get(d - 1), tys.get(d - 1)).as((pa, p, t) -> new Item.Param(pa, p, t, D))
                                    .list().ofMaxSize(2),
                            tys.get(d - 1).injectNull(0.5))
                    .as((as, v, u, n, ps, ret) -> new Item.Fn(as, v, new Item.FnSig(false, false, u, null, D), n, Generics.empty(D),
                            null, ps, ret, null, D));
            Arbitrary<Item> foreignStatic = Combinators.combine(attrs(true), vis(), mutability(), ident(), tys.get(d - 1))
                    .as((as, v, m, n, t) -> new Item.Static(as, v, m, n, t, null, D));
            Arbitrary<Item> externBlock = Combinators.combine(attrs(true), chance(0.2), Arbitraries.of("C", "system").injectNull(0.3),
                            innerAttrs(), Arbitraries.oneOf(foreignFn, foreignStatic).list().ofMaxSize(3))
                    .as((as, u, abi, ia, is) -> new Item.ExternBlock(as, new Visibility.Inherited(D), u, abi, ia, is, D));
            choices.add(Tuple.of(1, mod));
            choices.add(Tuple.of(2, trait));
            choices.add(Tuple.of(2, impl));
            choices.add(Tuple.of(1, externBlock));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Tuple.Tuple2<Integer, Arbitrary<? extends Item>>[] array = choices.toArray(new Tuple.Tuple2[0]);
        return widen(Arbitraries.frequencyOf(array));
    }
}
