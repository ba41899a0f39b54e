package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.compiler.syntax.TokenKind;
import dev.wasmrust.compiler.thir.FmtPiece;
import dev.wasmrust.compiler.thir.FmtSpec;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.FormatString.Piece;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the standard library's built-in macros into typed expressions: the {@code print!} family,
 * {@code panic!}, {@code assert!}, {@code assert_eq!}/{@code assert_ne!}, {@code unreachable!},
 * {@code todo!} and {@code unimplemented!}, with rustc's messages.
 */
final class MacroExpander {
    private final TypeChecker tc;
    private int tempCounter;

    MacroExpander(TypeChecker tc) {
        this.tc = tc;
    }

    /** A parsed {@code "fmt", args...} list: the pieces and the argument expressions, checked. */
    private record Formatted(List<TExpr> args, List<FmtPiece> pieces, boolean ok) {}

    TExpr expand(MacroCall mac, Type expected) {
        String name = mac.name();
        List<String> segs = mac.path().segments().stream().map(s -> s.ident().name()).toList();
        boolean stdPath = segs.size() == 1 || (segs.size() == 2 && (segs.get(0).equals("std") || segs.get(0).equals("core")));
        Span span = mac.span();
        if (!stdPath) {
            tc.unsupported(span, "macros from other modules");
            return new TExpr.UnitConst(span);
        }
        switch (name) {
            case "vec" -> {
                return expandVec(mac, expected);
            }
            case "println", "print", "eprintln", "eprint" -> {
                boolean newline = name.endsWith("ln");
                int fd = name.startsWith("e") ? 2 : 1;
                List<Expr> args = parseArgs(mac);
                if (args == null) {
                    return new TExpr.UnitConst(span);
                }
                if (args.isEmpty()) {
                    if (!newline) {
                        tc.diags.report(Diagnostic.error("requires at least a format string argument").primary(span, "")
                                .note("this error originates in the macro `" + name + "`"));
                        return new TExpr.UnitConst(span);
                    }
                    return new TExpr.Format(fd, List.of(), List.of(new FmtPiece.Lit("\n")), span);
                }
                Formatted f = format(args, name);
                if (!f.ok()) {
                    return new TExpr.UnitConst(span);
                }
                List<FmtPiece> pieces = new ArrayList<>(f.pieces());
                if (newline) {
                    pieces.add(new FmtPiece.Lit("\n"));
                }
                return new TExpr.Format(fd, f.args(), pieces, span);
            }
            case "panic" -> {
                List<Expr> args = parseArgs(mac);
                if (args == null) {
                    return tc.panic(List.of(), List.of(new FmtPiece.Lit("explicit panic")), span);
                }
                if (args.isEmpty()) {
                    return tc.panic(List.of(), List.of(new FmtPiece.Lit("explicit panic")), span);
                }
                Formatted f = format(args, name);
                return tc.panic(f.args(), f.pieces(), span);
            }
            case "unreachable", "todo", "unimplemented" -> {
                String base = switch (name) {
                    case "unreachable" -> "internal error: entered unreachable code";
                    case "todo" -> "not yet implemented";
                    default -> "not implemented";
                };
                List<Expr> args = parseArgs(mac);
                if (args == null || args.isEmpty()) {
                    return tc.panic(List.of(), List.of(new FmtPiece.Lit(base)), span);
                }
                Formatted f = format(args, name);
                List<FmtPiece> pieces = new ArrayList<>();
                pieces.add(new FmtPiece.Lit(base + ": "));
                pieces.addAll(f.pieces());
                return tc.panic(f.args(), pieces, span);
            }
            case "assert", "debug_assert" -> {
                return expandAssert(mac);
            }
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> {
                return expandAssertEq(mac, name.endsWith("eq"));
            }
            case "format" -> {
                List<Expr> args = parseArgs(mac);
                if (args == null) {
                    return DataChecks.error(span);
                }
                if (args.isEmpty()) {
                    tc.diags.report(Diagnostic.error("requires at least a format string argument").primary(span, "")
                            .note("this error originates in the macro `format`"));
                    return DataChecks.error(span);
                }
                Formatted f = format(args, name);
                if (!f.ok() || tc.stringDef == null) {
                    return DataChecks.error(span);
                }
                return new TExpr.FormatString(f.args(), f.pieces(), new Type.Adt(tc.stringDef, List.of()), span);
            }
            case "write", "writeln" -> {
                return expandWrite(mac, name.equals("writeln"));
            }
            case "matches" -> {
                return expandMatches(mac, expected);
            }
            case "dbg", "format_args", "concat", "stringify",
                    "include_str", "env", "line", "column", "file", "cfg", "thread_local", "compile_error" -> {
                tc.unsupported(span, "the macro `" + name + "!`");
                return new TExpr.UnitConst(span);
            }
            default -> {
                tc.diags.report(Diagnostic.error("cannot find macro `" + name + "` in this scope")
                        .primary(mac.path().span(), ""));
                return new TExpr.UnitConst(span);
            }
        }
    }

    private List<Expr> parseArgs(MacroCall mac) {
        Diagnostics local = new Diagnostics();
        List<Expr> args = SyntaxPhase.parseExprList(mac.tokens(), local);
        for (Diagnostic d : local.all()) {
            tc.diags.report(d);
        }
        return local.hasErrors() ? null : args;
    }

    /**
     * Checks {@code "fmt", positional..., name = value...} and builds the pieces. Each argument is evaluated
     * once, in order, as rustc's {@code format_args!} does; inline names ({@code {x}}) capture variables.
     */
    private Formatted format(List<Expr> args, String macro) {
        Expr first = args.get(0);
        if (!(first instanceof Expr.LitExpr le) || !(le.lit() instanceof Lit.Str str)) {
            Diagnostic.Builder b = Diagnostic.error("format argument must be a string literal").primary(first.span(), "");
            b.suggestion(first.span().shrinkToLo(), "you might be missing a string literal to format with", "\"{}\", ");
            tc.diags.report(b);
            return new Formatted(List.of(), List.of(), false);
        }
        FormatString.Parsed parsed = FormatString.parse(str.value());
        if (parsed.error() != null) {
            Span at = str.raw() ? str.span() : FormatString.pieceSpan(str.span(), parsed.errorOffset(), 1);
            if (parsed.error().startsWith("unsupported")) {
                tc.unsupported(at, "the format spec in this placeholder (" + parsed.error().substring(12) + ")");
            } else {
                tc.diags.report(Diagnostic.error(parsed.error()).primary(at, ""));
            }
            return new Formatted(List.of(), List.of(), false);
        }
        List<Expr> positional = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        List<Expr> argExprs = new ArrayList<>();
        List<Span> argSpans = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            Expr a = args.get(i);
            if (a instanceof Expr.Assign as && as.lhs() instanceof Expr.PathExpr pe && pe.path().isSimple()) {
                named.put(pe.path().segments().get(0).ident().name(), argExprs.size());
                argExprs.add(as.rhs());
                argSpans.add(a.span());
            } else {
                if (!named.isEmpty()) {
                    tc.diags.report(Diagnostic.error("positional arguments cannot follow named arguments")
                            .primary(a.span(), "positional arguments must be before named arguments"));
                    return new Formatted(List.of(), List.of(), false);
                }
                positional.add(a);
                argExprs.add(a);
                argSpans.add(a.span());
            }
        }
        boolean[] used = new boolean[argExprs.size()];
        List<FmtPiece> pieces = new ArrayList<>();
        Map<String, Integer> captured = new HashMap<>();
        boolean ok = true;
        for (Piece p : parsed.pieces()) {
            if (p instanceof Piece.Text t) {
                pieces.add(new FmtPiece.Lit(t.text()));
                continue;
            }
            Piece.Ref r = (Piece.Ref) p;
            int index;
            if (r.name() == null) {
                if (r.position() >= positional.size()) {
                    int n = countPositionalRefs(parsed.pieces());
                    String msg = positional.isEmpty()
                            ? n + " positional argument" + (n == 1 ? "" : "s") + " in format string, but no arguments were given"
                            : "invalid reference to positional argument " + r.position() + " (there "
                            + (positional.size() == 1 ? "is 1 argument)" : "are " + positional.size() + " arguments)");
                    tc.diags.report(Diagnostic.error(msg).primary(pieceSpan(str, r), ""));
                    ok = false;
                    continue;
                }
                index = r.position();
            } else if (named.containsKey(r.name())) {
                index = named.get(r.name());
            } else if (captured.containsKey(r.name())) {
                index = captured.get(r.name());
            } else {
                // an inline argument captures the variable of that name
                Span at = pieceSpan(str, r);
                Expr capture = new Expr.PathExpr(List.of(), null, new dev.wasmrust.compiler.ast.Path(false,
                        List.of(new dev.wasmrust.compiler.ast.PathSegment(new dev.wasmrust.compiler.ast.Ident(r.name(), at), null)),
                        at), at);
                if (tc.scope.lookup(r.name()) == null) {
                    tc.diags.report(Diagnostic.error("E0425", "cannot find value `" + r.name() + "` in this scope")
                            .primary(at, "not found in this scope"));
                    ok = false;
                    continue;
                }
                index = argExprs.size();
                captured.put(r.name(), index);
                argExprs.add(capture);
                argSpans.add(at);
                used = java.util.Arrays.copyOf(used, argExprs.size());
            }
            used[index] = true;
            int widthArg = -1;
            int precArg = -1;
            for (int k = 0; k < 2; k++) {
                String ref = k == 0 ? r.width() : r.precision();
                if (ref == null) {
                    continue;
                }
                int at;
                if (Character.isDigit(ref.charAt(0))) {
                    at = Integer.parseInt(ref);
                    if (at >= positional.size()) {
                        tc.diags.report(Diagnostic.error("invalid reference to positional argument " + at + " (there "
                                + (positional.size() == 1 ? "is 1 argument)" : "are " + positional.size() + " arguments)"))
                                .primary(pieceSpan(str, r), ""));
                        ok = false;
                        continue;
                    }
                } else if (named.containsKey(ref)) {
                    at = named.get(ref);
                } else if (captured.containsKey(ref)) {
                    at = captured.get(ref);
                } else if (tc.scope.lookup(ref) != null) {
                    Span sp = pieceSpan(str, r);
                    at = argExprs.size();
                    captured.put(ref, at);
                    argExprs.add(new Expr.PathExpr(List.of(), null, new dev.wasmrust.compiler.ast.Path(false,
                            List.of(new dev.wasmrust.compiler.ast.PathSegment(new dev.wasmrust.compiler.ast.Ident(ref, sp), null)), sp), sp));
                    argSpans.add(sp);
                    used = java.util.Arrays.copyOf(used, argExprs.size());
                } else {
                    tc.diags.report(Diagnostic.error("E0425", "cannot find value `" + ref + "` in this scope")
                            .primary(pieceSpan(str, r), "not found in this scope"));
                    ok = false;
                    continue;
                }
                used[at] = true;
                if (k == 0) {
                    widthArg = at;
                } else {
                    precArg = at;
                }
            }
            FmtSpec spec = widthArg >= 0 || precArg >= 0 ? r.spec().withArgs(widthArg, precArg) : r.spec();
            pieces.add(new FmtPiece.Arg(index, spec));
        }
        for (int i = 0; i < argExprs.size() && ok; i++) {
            if (!used[i]) {
                tc.diags.report(Diagnostic.error(named.containsValue(i) ? "named argument never used" : "argument never used")
                        .primary(argSpans.get(i), "argument never used")
                        .secondary(str.span(), "formatting specifier missing"));
                ok = false;
            }
        }
        if (!ok) {
            return new Formatted(List.of(), List.of(), false);
        }
        List<TExpr> checked = new ArrayList<>();
        for (int i = 0; i < argExprs.size(); i++) {
            TExpr e = tc.check(argExprs.get(i), null);
            checked.add(e);
        }
        for (FmtPiece p : pieces) {
            if (p instanceof FmtPiece.Arg a && !formattable(checked.get(a.index()), a.spec(), argSpans.get(a.index()))) {
                ok = false;
            }
            if (p instanceof FmtPiece.Arg a && a.spec().dynamic()) {
                for (int k : new int[] {a.spec().widthArg(), a.spec().precisionArg()}) {
                    if (k >= 0) {
                        Type usize = Type.of(IntKind.USIZE);
                        TExpr c = tc.derefPrimitive(checked.get(k));
                        checked.set(k, tc.demand(c, usize, argSpans.get(k), null, null));
                    }
                }
                Type base = tc.inf.shallow(checked.get(a.index()).type());
                while (base instanceof Type.Ref rr && !(tc.inf.shallow(rr.inner()) instanceof Type.Str)) {
                    base = tc.inf.shallow(rr.inner());
                }
                if (!(Type.isCopyScalar(base) || Type.isStrRef(base) || base instanceof Type.Var
                        || base instanceof Type.Adt sa && sa.def().isLang("string"))) {
                    tc.unsupported(argSpans.get(a.index()), "a width or precision given at run time for `" + tc.show(base) + "`");
                    ok = false;
                }
            }
        }
        return new Formatted(checked, pieces, ok);
    }

    private static int countPositionalRefs(List<Piece> pieces) {
        int n = 0;
        for (Piece p : pieces) {
            if (p instanceof Piece.Ref r && r.name() == null) {
                n = Math.max(n, r.position() + 1);
            }
        }
        return n;
    }

    private static Span pieceSpan(Lit.Str str, Piece.Ref r) {
        return str.raw() ? str.span() : FormatString.pieceSpan(str.span(), r.offset(), r.length());
    }

    /** Whether a value of this type implements the trait the spec asks for (E0277 otherwise). */
    private boolean formattable(TExpr e, FmtSpec spec, Span span) {
        Type t = tc.inf.shallow(e.type());
        if (t instanceof Type.Error) {
            return false;
        }
        boolean isInt = tc.inf.isInteger(t);
        String trait = switch (spec.kind()) {
            case DISPLAY -> "std::fmt::Display";
            case DEBUG -> "Debug";
            case LOWER_HEX -> "LowerHex";
            case UPPER_HEX -> "UpperHex";
            case OCTAL -> "Octal";
            case BINARY -> "Binary";
            case LOWER_EXP -> "LowerExp";
            case UPPER_EXP -> "UpperExp";
        };
        Type base = t;
        while (base instanceof Type.Ref r) {
            base = tc.inf.shallow(r.inner());
        }
        if (tc.inf.isFloat(base)) {
            if (base instanceof Type.Var) {
                tc.inf.unify(base, Type.F64);
            }
            boolean floatOk = spec.kind() == FmtSpec.Kind.DISPLAY || spec.kind() == FmtSpec.Kind.DEBUG
                    || spec.kind() == FmtSpec.Kind.LOWER_EXP || spec.kind() == FmtSpec.Kind.UPPER_EXP;
            if (floatOk) {
                return true;
            }
        } else if (spec.precision() >= 0 && !tc.inf.isInteger(base) && !(base instanceof Type.Str)
                && !(base instanceof Type.Adt sa && sa.def().isLang("string"))) {
            tc.unsupported(span, "a precision (`.N`) for values other than numbers");
            return false;
        } else if (spec.kind() == FmtSpec.Kind.LOWER_EXP || spec.kind() == FmtSpec.Kind.UPPER_EXP) {
            tc.unsupported(span, "`{:e}` for values other than floats");
            return false;
        }
        boolean ok = switch (spec.kind()) {
            case DISPLAY -> displayable(t) || tc.traitImpl(base, "Display") != null;
            case DEBUG -> debuggable(t) || tc.traitImpl(base, "Debug") != null;
            default -> isInt || t instanceof Type.Ref r && tc.inf.isInteger(r.inner());
        };
        if (!ok && tc.inf.isFloat(t) && (spec.kind() == FmtSpec.Kind.DISPLAY || spec.kind() == FmtSpec.Kind.DEBUG)) {
            tc.unsupported(span, "formatting floating-point numbers");
            return false;
        }
        if (!ok && Types.any(tc.inf.deep(t), x -> x instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL)) {
            // not a missing impl: the type is not known yet (`Vec::new()` with nothing pushed)
            tc.typeAnnotationsNeeded(span);
            return false;
        }
        if (!ok && spec.kind() == FmtSpec.Kind.DEBUG && t instanceof Type.Adt a) {
            String n = a.def().name();
            tc.diags.report(Diagnostic.error("E0277", "`" + t + "` doesn't implement `Debug`")
                    .primary(span, "`" + t + "` cannot be formatted using `{:?}`")
                    .help("the trait `Debug` is not implemented for `" + t + "`")
                    .note("add `#[derive(Debug)]` to `" + n + "` or manually `impl Debug for " + n + "`")
                    .suggestion(a.def().span().shrinkToLo(), "consider annotating `" + n + "` with `#[derive(Debug)]`", "#[derive(Debug)]\n"));
            return false;
        }
        if (!ok && spec.kind() == FmtSpec.Kind.DISPLAY && t instanceof Type.Adt) {
            tc.diags.report(Diagnostic.error("E0277", "`" + t + "` doesn't implement `std::fmt::Display`")
                    .primary(span, "`" + t + "` cannot be formatted with the default formatter")
                    .help("the trait `std::fmt::Display` is not implemented for `" + t + "`")
                    .note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead"));
            return false;
        }
        if (!ok) {
            Diagnostic.Builder b = Diagnostic.error("E0277", "`" + t + "` doesn't implement `" + trait + "`")
                    .primary(span, "`" + t + "` cannot be formatted " + (spec.kind() == FmtSpec.Kind.DISPLAY
                            ? "with the default formatter" : "with `" + trait + "`"));
            if (spec.kind() == FmtSpec.Kind.DISPLAY && t instanceof Type.Unit) {
                b.note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead");
            }
            tc.diags.report(b);
        }
        return ok;
    }

    /**
     * {@code write!(f, ...)} into a {@code fmt::Formatter} appends to the text being formatted; into a
     * {@code String} it appends to the string. Both are {@code fmt::Result}: {@code Ok(())}.
     */
    private TExpr expandWrite(MacroCall mac, boolean newline) {
        Span span = mac.span();
        List<Expr> args = parseArgs(mac);
        if (args == null || args.size() < 2 && !(newline && args.size() == 1)) {
            if (args != null) {
                tc.diags.report(Diagnostic.error("requires at least a format string argument").primary(span, ""));
            }
            return DataChecks.error(span);
        }
        TExpr target = tc.check(args.get(0), null);
        Type tt = tc.inf.shallow(target.type());
        while (tt instanceof Type.Ref r) {
            tt = tc.inf.shallow(r.inner());
        }
        List<FmtPiece> pieces = new ArrayList<>();
        List<TExpr> fargs = List.of();
        if (args.size() > 1) {
            Formatted f = format(args.subList(1, args.size()), mac.name());
            if (!f.ok()) {
                return DataChecks.error(span);
            }
            pieces.addAll(f.pieces());
            fargs = f.args();
        }
        if (newline) {
            pieces.add(new FmtPiece.Lit("\n"));
        }
        int stdFd = stdStream(tt);
        Scope io = tc.preludeScope.lookupModule("io");
        AdtDef errorDef = stdFd > 0 ? io.typeHere("Error", null) : tc.preludeScope.lookupType("Error");
        Type.Adt result = new Type.Adt(tc.resultDef, List.of(Type.UNIT, new Type.Adt(errorDef, List.of())));
        TExpr ok = new TExpr.Construct(result, 0, List.of(new TExpr.UnitConst(span)), null, span);
        TExpr write;
        if (stdFd > 0) {
            // `writeln!(io::stdout(), ..)`, also through a lock or a BufWriter: the text goes out as print! sends it
            write = new TExpr.Format(stdFd, fargs, pieces, span);
        } else if (tt instanceof Type.Adt a && a.def() == tc.preludeScope.lookupType("Formatter")) {
            write = new TExpr.Format(-1, fargs, pieces, span);
        } else if (tt instanceof Type.Adt a && a.def().isLang("string")) {
            TExpr text = new TExpr.FormatString(fargs, pieces, a, span);
            TExpr place = tc.mutablePlace(tc.data.autoderef(target));
            tc.requireMutablePlace(place, args.get(0).span(), true);
            TExpr str = new TExpr.AddrOf(false, tc.langTarget(text, a, false), Type.STR_REF, span);
            write = new TExpr.Call("core::String::push_str", List.of(),
                    List.of(new TExpr.AddrOf(true, place, new Type.Ref(true, a), span), str), Type.UNIT, span);
        } else {
            if (!(tt instanceof Type.Error)) {
                tc.unsupported(args.get(0).span(), "`write!` into `" + tc.show(target.type()) + "`");
            }
            return DataChecks.error(span);
        }
        return new TExpr.Block(List.of(new TStmt.ExprStmt(write)), ok, result, span);
    }

    /** The fd a `write!` into std::io's Stdout, Stderr or a BufWriter of one goes to; 0 for any other target. */
    private int stdStream(Type t) {
        Scope io = tc.preludeScope == null ? null : tc.preludeScope.lookupModule("io");
        if (!(t instanceof Type.Adt a) || io == null) {
            return 0;
        }
        if (a.def() == io.typeHere("Stdout", null)) {
            return 1;
        }
        if (a.def() == io.typeHere("Stderr", null)) {
            return 2;
        }
        return a.def() == io.typeHere("BufWriter", null) && !a.args().isEmpty() ? stdStream(tc.inf.shallow(a.args().get(0))) : 0;
    }

    /** {@code matches!(e, pat if guard)} is {@code match e { pat if guard => true, _ => false }}, as std defines it. */
    private TExpr expandMatches(MacroCall mac, Type expected) {
        Span span = mac.span();
        List<TokenTree> trees = mac.tokens();
        int comma = -1;
        for (int i = 0; i < trees.size(); i++) {
            if (trees.get(i) instanceof TokenTree.Leaf l && l.token().kind() == TokenKind.COMMA) {
                comma = i;
                break;
            }
        }
        if (comma <= 0 || comma == trees.size() - 1) {
            tc.diags.report(Diagnostic.error("unexpected end of macro invocation").primary(span, "missing tokens in macro arguments"));
            return DataChecks.error(span);
        }
        List<TokenTree> pat = new ArrayList<>(trees.subList(comma + 1, trees.size()));
        if (pat.get(pat.size() - 1) instanceof TokenTree.Leaf l && l.token().kind() == TokenKind.COMMA) {
            pat.remove(pat.size() - 1);
        }
        Span end = span.shrinkToHi();
        List<TokenTree> arms = new ArrayList<>(pat);
        arms.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.FAT_ARROW, "=>", end)));
        arms.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.IDENT, "true", end)));
        arms.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.COMMA, ",", end)));
        arms.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.IDENT, "_", end)));
        arms.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.FAT_ARROW, "=>", end)));
        arms.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.IDENT, "false", end)));
        List<TokenTree> match = new ArrayList<>();
        match.add(new TokenTree.Leaf(new dev.wasmrust.compiler.syntax.Token(TokenKind.IDENT, "match", span.shrinkToLo())));
        match.add(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, trees.subList(0, comma), span.shrinkToLo(), span.shrinkToLo()));
        match.add(new TokenTree.Delimited(TokenTree.Delimiter.BRACE, arms, end, end));
        Expr e = SyntaxPhase.parseExpr(match, tc.diags);
        if (e == null) {
            return DataChecks.error(span);
        }
        return tc.check(e, expected);
    }

    /** {@code vec![a, b]} builds the vector from a temporary array; {@code vec![x; n]} repeats a copyable value. */
    private TExpr expandVec(MacroCall mac, Type expected) {
        Span span = mac.span();
        List<TokenTree> trees = mac.tokens();
        int semi = -1;
        for (int i = 0; i < trees.size(); i++) {
            if (trees.get(i) instanceof TokenTree.Leaf l && l.token().kind() == TokenKind.SEMI) {
                semi = i;
            }
        }
        dev.wasmrust.compiler.ast.Path vecPath = new dev.wasmrust.compiler.ast.Path(false, List.of(
                new dev.wasmrust.compiler.ast.PathSegment(new dev.wasmrust.compiler.ast.Ident("Vec", false, span), null),
                new dev.wasmrust.compiler.ast.PathSegment(new dev.wasmrust.compiler.ast.Ident(semi >= 0 ? "__from_elem" : "__from_elems", false, span), null)), span);
        Expr callee = new Expr.PathExpr(List.of(), null, vecPath, span);
        if (semi >= 0) {
            Expr elem = SyntaxPhase.parseExpr(trees.subList(0, semi), tc.diags);
            Expr count = SyntaxPhase.parseExpr(trees.subList(semi + 1, trees.size()), tc.diags);
            if (elem == null || count == null) {
                return new TExpr.UnitConst(span);
            }
            return tc.check(new Expr.Call(List.of(), callee, List.of(elem, count), span), expected);
        }
        List<Expr> elems = parseArgs(mac);
        if (elems == null) {
            return new TExpr.UnitConst(span);
        }
        Expr array = new Expr.AddrOf(List.of(), dev.wasmrust.compiler.ast.Mutability.NOT, false,
                new Expr.Array(List.of(), elems, span), span);
        TExpr call = tc.check(new Expr.Call(List.of(), callee, List.of(array), span), expected);
        TExpr arg = call instanceof TExpr.Call c0 && c0.args().size() == 1 ? c0.args().get(0) : null;
        TExpr.Unsize unsize = arg instanceof TExpr.Unsize u ? u : null;
        if (unsize != null) {
            arg = unsize.ref();
        }
        if (call instanceof TExpr.Call c && arg instanceof TExpr.AddrOf a && a.place() instanceof TExpr.ArrayLit lit) {
            // the elements move from the array into the vector: `{ let a = [..]; let v = from_elems(&a); forget(a); v }`
            TLocal arr = tc.newLocal("__elems", lit.type(), false);
            TLocal vec = tc.newLocal("__vec", c.type(), false);
            TExpr ref = new TExpr.AddrOf(false, new TExpr.LocalRef(arr, lit.type(), span), a.type(), span);
            if (unsize != null) {
                ref = new TExpr.Unsize(ref, unsize.len(), unsize.type(), unsize.span());
            }
            TExpr fill = new TExpr.Call(c.function(), c.typeArgs(), List.of(ref), c.type(), c.span());
            TExpr forget = new TExpr.Intrinsic("intrinsics::forget", List.of(lit.type()),
                    List.of(new TExpr.LocalRef(arr, lit.type(), span)), Type.UNIT, span);
            return new TExpr.Block(List.of(new TStmt.Let(arr, lit), new TStmt.Let(vec, fill), new TStmt.ExprStmt(forget)),
                    new TExpr.LocalRef(vec, c.type(), span), c.type(), span);
        }
        return call;
    }

    private boolean displayable(Type t) {
        Type s = tc.inf.shallow(t);
        if (s instanceof Type.Ref r) {
            return displayable(r.inner());
        }
        if (s instanceof Type.Adt a && a.def().isLang("string")) {
            return true;
        }
        if (s instanceof Type.Adt a && a.def().isLang("owned_box")) {
            return displayable(a.args().get(0));
        }
        return tc.inf.isNumeric(s) || s instanceof Type.Bool || s instanceof Type.Char || s instanceof Type.Str
                || tc.boundedBy(s, "Display");
    }

    /** Debug is implemented by primitives, tuples, arrays, slices, references and `#[derive(Debug)]` types. */
    /** A type argument of a Debug type: debuggable itself or through its own `impl Debug` (`Result<usize, io::Error>`). */
    private boolean debugArg(Type t) {
        Type s = tc.inf.shallow(t);
        return debuggable(s) || s instanceof Type.Adt && tc.traitImpl(s, "Debug") != null;
    }

    private boolean debuggable(Type t) {
        Type s = tc.inf.shallow(t);
        if (tc.inf.isNumeric(s) || s instanceof Type.Bool || s instanceof Type.Char || s instanceof Type.Str || s instanceof Type.Unit) {
            if (s instanceof Type.Var v && v.kind() == Type.VarKind.FLOAT) {
                tc.inf.unify(s, Type.F64);
            }
            return true;
        }
        if (s instanceof Type.Ref r) {
            return debuggable(r.inner());
        }
        if (s instanceof Type.Tuple tu) {
            return tu.elems().stream().allMatch(this::debuggable);
        }
        if (s instanceof Type.Array a) {
            return debuggable(a.elem());
        }
        if (s instanceof Type.Slice sl) {
            return debuggable(sl.elem());
        }
        if (s instanceof Type.Adt a && a.def().lang() != null) {
            return a.def().isLang("string") || a.args().stream().allMatch(this::debugArg);
        }
        if (s instanceof Type.Adt a) {
            return a.def().derives().contains("Debug") && a.args().stream().allMatch(this::debugArg);
        }
        return tc.boundedBy(s, "Debug");
    }

    private TExpr expandAssert(MacroCall mac) {
        List<Expr> args = parseArgs(mac);
        Span span = mac.span();
        if (args == null) {
            return new TExpr.UnitConst(span);
        }
        if (args.isEmpty()) {
            tc.diags.report(Diagnostic.error("macro requires a boolean expression as an argument").primary(span,
                    "boolean expression required"));
            return new TExpr.UnitConst(span);
        }
        Expr condExpr = args.get(0);
        TExpr cond = tc.check(condExpr, Type.BOOL);
        tc.demand(cond, Type.BOOL, condExpr.span(), null, null);
        TExpr panic;
        if (args.size() > 1) {
            Formatted f = format(args.subList(1, args.size()), "assert");
            panic = tc.panic(f.args(), f.pieces(), span);
        } else {
            String text = stringify(mac.tokens(), condExpr);
            panic = tc.panic(List.of(), List.of(new FmtPiece.Lit("assertion failed: " + text)), span);
        }
        TExpr notCond = new TExpr.Unary(UnOp.NOT, cond, Type.BOOL, condExpr.span());
        return new TExpr.If(notCond, panic, null, Type.UNIT, span);
    }

    /** rustc prints the condition as tokens; for the common spellings the normalized source text matches. */
    private String stringify(List<TokenTree> tokens, Expr cond) {
        StringBuilder sb = new StringBuilder();
        appendTokens(tokens, cond.span(), sb);
        return sb.toString().trim();
    }

    private void appendTokens(List<TokenTree> trees, Span within, StringBuilder sb) {
        TokenKind prev = null;
        for (TokenTree t : trees) {
            if (t.span().lo() < within.lo() || t.span().hi() > within.hi()) {
                continue;
            }
            if (t instanceof TokenTree.Leaf l) {
                TokenKind k = l.token().kind();
                if (sb.length() > 0 && spaceBetween(prev, k)) {
                    sb.append(' ');
                }
                sb.append(l.token().text());
                prev = k;
            } else if (t instanceof TokenTree.Delimited d) {
                if (sb.length() > 0 && prev != null && prev != TokenKind.IDENT && prev != TokenKind.NOT
                        && spaceBetween(prev, TokenKind.OPEN_PAREN)) {
                    sb.append(' ');
                }
                sb.append(d.delimiter().open());
                StringBuilder inner = new StringBuilder();
                appendTokens(d.trees(), d.span(), inner);
                sb.append(inner.toString().trim());
                sb.append(d.delimiter().close());
                prev = TokenKind.CLOSE_PAREN;
            }
        }
    }

    private static boolean spaceBetween(TokenKind prev, TokenKind next) {
        if (prev == null) {
            return false;
        }
        if (next == TokenKind.COMMA || next == TokenKind.DOT || next == TokenKind.SEMI || next == TokenKind.QUESTION
                || next == TokenKind.PATH_SEP || prev == TokenKind.PATH_SEP || prev == TokenKind.DOT
                || next == TokenKind.OPEN_PAREN || next == TokenKind.OPEN_BRACKET) {
            return false;
        }
        if (prev == TokenKind.NOT || (prev == TokenKind.MINUS && false) || prev == TokenKind.AND && false) {
            return false;
        }
        return true;
    }

    private TExpr expandAssertEq(MacroCall mac, boolean eq) {
        List<Expr> args = parseArgs(mac);
        Span span = mac.span();
        if (args == null) {
            return new TExpr.UnitConst(span);
        }
        if (args.size() < 2) {
            tc.diags.report(Diagnostic.error("unexpected end of macro invocation").primary(span, "missing tokens in macro arguments"));
            return new TExpr.UnitConst(span);
        }
        TExpr left = tc.check(args.get(0), null);
        TExpr right = tc.check(args.get(1), left.type());
        if (tc.stringKind(left.type()) != 0 && tc.stringKind(right.type()) != 0
                && tc.stringKind(left.type()) + tc.stringKind(right.type()) == 3) {
            // String and str compare with each other; the values are printed as they are
            left = tc.asStrRef(left);
            right = tc.asStrRef(right);
        }
        Type lt = tc.inf.shallow(left.type());
        if (!tc.inf.unify(left.type(), right.type())) {
            tc.diags.report(Diagnostic.error("E0308", "mismatched types")
                    .primary(args.get(1).span(), "expected `" + tc.show(left.type()) + "`, found `" + tc.show(right.type()) + "`"));
            return new TExpr.UnitConst(span);
        }
        int id = tempCounter++;
        // as Rust's `match (&left, &right)`: the operands are borrowed, not moved
        left = new TExpr.AddrOf(false, left, new Type.Ref(false, left.type()), left.span());
        right = new TExpr.AddrOf(false, right, new Type.Ref(false, right.type()), right.span());
        TLocal l = new TLocal(-1 - 2 * id, "left_val", left.type(), false);
        TLocal r = new TLocal(-2 - 2 * id, "right_val", right.type(), false);
        String op = eq ? "==" : "!=";
        List<TExpr> panicArgs = new ArrayList<>();
        panicArgs.add(new TExpr.LocalRef(l, l.type(), span));
        panicArgs.add(new TExpr.LocalRef(r, r.type(), span));
        List<FmtPiece> pieces = new ArrayList<>();
        pieces.add(new FmtPiece.Lit("assertion `left " + op + " right` failed"));
        if (args.size() > 2) {
            Formatted f = format(args.subList(2, args.size()), "assert_eq");
            pieces.add(new FmtPiece.Lit(": "));
            int base = panicArgs.size();
            panicArgs.addAll(f.args());
            for (FmtPiece p : f.pieces()) {
                pieces.add(p instanceof FmtPiece.Arg a ? new FmtPiece.Arg(a.index() + base, a.spec()) : p);
            }
        }
        pieces.add(new FmtPiece.Lit("\n  left: "));
        pieces.add(new FmtPiece.Arg(0, FmtSpec.DEBUG));
        pieces.add(new FmtPiece.Lit("\n right: "));
        pieces.add(new FmtPiece.Arg(1, FmtSpec.DEBUG));
        TExpr cmp = new TExpr.Binary(eq ? BinOp.NE : BinOp.EQ,
                new TExpr.LocalRef(l, l.type(), span), new TExpr.LocalRef(r, r.type(), span), Type.BOOL, span);
        TExpr check = new TExpr.If(cmp, tc.panic(panicArgs, pieces, span), null, Type.UNIT, span);
        List<TStmt> stmts = List.of(new TStmt.Let(l, left), new TStmt.Let(r, right), new TStmt.ExprStmt(check));
        return new TExpr.Block(stmts, null, Type.UNIT, span);
    }

    static BigInteger zero() {
        return BigInteger.ZERO;
    }
}
