package dev.wasmrust.session;

import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Cell;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Generics;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Mutability;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.Visibility;
import dev.wasmrust.compiler.backend.BackendOptions;
import dev.wasmrust.compiler.backend.BackendOutput;
import dev.wasmrust.compiler.backend.DevBackend;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.lower.CellLowering;
import dev.wasmrust.compiler.lower.LowerPhase;
import dev.wasmrust.compiler.lower.LoweredCell;
import dev.wasmrust.compiler.macros.MacroExpansion;
import dev.wasmrust.compiler.resolve.ItemScope;
import dev.wasmrust.compiler.resolve.Resolver;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.CellSpec;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.types.TypeChecker;
import dev.wasmrust.compiler.wasmir.FuncType;
import dev.wasmrust.compiler.wasmir.WirData;
import dev.wasmrust.compiler.wasmir.WirModule;
import dev.wasmrust.runtime.SessionAbi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one cell as a crate of the session's items (newest definitions) plus a function holding the
 * cell's statements, which sees the session variables it names as locals at their fixed addresses. The
 * trailing expression is shown by the standard library's {@code __session_show(&(tail))}.
 */
final class CellCompiler {
    /**
     * The cell function's name: one per cell, so that what is named after it (its closures, its block items) is
     * distinct across the session and a later cell can call a closure an earlier one stored in a variable.
     */
    static String entry(int cellNo) {
        return ENTRY_PREFIX + cellNo;
    }

    static final String ENTRY_PREFIX = "__wasmrust_cell_";
    static final String EXPORT = "run";
    private static final String SHOW = "__session_show";

    private CellCompiler() {}

    /** What the compiler needs from the session to compile a cell. */
    record Context(SourceMap sources, TypeChecker.DefinedPrelude prelude, ItemTable items, Map<String, Variable> variables, StaticArea area,
                   List<FuncType> typePrefix, int tableBase, CellLowering.Linked linked, boolean checkAll) {}

    static CompiledCell compile(Context cx, SourceFile file, int cellNo) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        Diagnostics diags = new Diagnostics();
        long t = System.nanoTime();
        Cell cell = SyntaxPhase.parseCell(cx.sources(), file, diags);
        t = lap(nanos, "parse", t);
        if (diags.hasErrors()) {
            return CompiledCell.failed(diags.all(), nanos);
        }
        // earlier cells' macros are in scope; this cell's own definitions stay as items for later cells
        cell = MacroExpansion.expandCell(cell, cx.items().macros(), cx.sources(), diags);
        t = lap(nanos, "expand", t);
        if (diags.hasErrors()) {
            return CompiledCell.failed(diags.all(), nanos);
        }
        List<Item> cellItems = new ArrayList<>();
        List<Stmt> stmts = new ArrayList<>();
        for (Stmt s : cell.stmts()) {
            if (s instanceof Stmt.ItemStmt is) {
                cellItems.add(is.item());
            } else {
                stmts.add(s);
            }
        }
        Span whole = new Span(file.id(), 0, file.text().length());
        if (cell.tail() != null) {
            Span ts = cell.tail().span();
            Expr show = new Expr.PathExpr(List.of(), null, new Path(false, List.of(new PathSegment(new Ident(SHOW, ts), null)), ts), ts);
            Expr ref = new Expr.AddrOf(List.of(), Mutability.NOT, false, new Expr.Paren(List.of(), cell.tail(), ts), ts);
            stmts.add(new Stmt.ExprStmt(new Expr.Call(List.of(), show, List.of(ref), ts), true, ts));
        }
        ItemTable items = cx.items().with(cellItems, cellNo, it -> text(cx.sources(), it));
        // earlier cells' bodies were checked against the same definitions, unless this cell replaces one
        boolean replacing = cx.checkAll() || items.replacesAnyOf(cx.items())
                || !cellItems.isEmpty() && !cx.items().invalid().isEmpty(); // a new item may be what an invalid one lacks
        Item.Fn entryFn = new Item.Fn(List.of(), new Visibility.Inherited(whole), new Item.FnSig(false, false, false, null, whole),
                new Ident(entry(cellNo), whole), Generics.empty(whole), null, List.of(), new Ty.TupleTy(List.of(), whole),
                new Block(stmts, null, whole), whole);
        // after a replacement every item is checked, and items made invalid earlier get another chance
        ItemTable candidates = replacing ? items.allValid() : items;
        // the session variables this cell can name (a word of its text): the checker sees only those
        List<Variable> seen = new ArrayList<>();
        java.util.Set<String> words = words(file.text());
        Map<String, Variable> stale = new HashMap<>();
        for (Variable v : cx.variables().values()) {
            if (words.contains(v.name())) {
                if (v.typeReplaced()) {
                    stale.put(v.name(), v);
                } else {
                    seen.add(v);
                }
            }
        }
        List<CellSpec.External> externals = new ArrayList<>();
        int[] addresses = new int[seen.size()];
        Map<Integer, Variable> byIndex = new HashMap<>();
        for (int i = 0; i < seen.size(); i++) {
            Variable v = seen.get(i);
            externals.add(new CellSpec.External(v.name(), v.mutable(), v.type(), v.declSpan()));
            addresses[i] = v.address();
            byIndex.put(i, v);
        }
        try {
            // items of earlier cells that no longer compile after a replacement become invalid (as in JShell) and
            // the check is repeated without them; an error in this cell's own code rejects the cell
            Map<String, List<Diagnostic>> problems = new HashMap<>();
            TProgram program;
            while (true) {
                Diagnostics round = new Diagnostics();
                List<Item> crateItems = new ArrayList<>(candidates.withProblems(problems).items());
                crateItems.removeIf(MacroExpansion::isDefinition);
                crateItems.add(entryFn);
                Crate crate = new Crate(file.id(), cell.innerAttrs(), crateItems);
                ItemScope scope = Resolver.resolveCrate(crate, round);
                t = lap(nanos, "resolve", t);
                program = TypeChecker.check(crate, scope, cx.prelude(), cx.sources(), round,
                        new CellSpec(entry(cellNo), externals, replacing ? -1 : file.id()));
                t = lap(nanos, "check", t);
                if (!round.hasErrors()) {
                    round.all().forEach(diags::report);
                    break;
                }
                Map<String, List<Diagnostic>> broken = replacing ? brokenItems(round.all(), candidates.withProblems(problems),
                        file.id(), cx.sources()) : null;
                if (broken == null || broken.isEmpty()) {
                    List<Diagnostic> own = new ArrayList<>();
                    for (Diagnostic d : round.all()) {
                        if (d.primarySpan() == null || d.primarySpan().file() == file.id() || broken == null) {
                            own.add(d);
                        }
                    }
                    return CompiledCell.failed(explainInvalid(explainStale(own.isEmpty() ? round.all() : own, stale),
                            candidates.withProblems(problems)), nanos);
                }
                problems.putAll(broken);
            }
            items = candidates.withProblems(problems);
            TFunction entry = program.functions().stream().filter(f -> f.symbol().equals(entry(cellNo))).findFirst().orElseThrow();
            List<SessionMoves.Use> uses = SessionMoves.uses(entry.body());
            List<Diagnostic> moveErrors = SessionMoves.errors(uses, byIndex, cx.sources());
            if (!moveErrors.isEmpty()) {
                return CompiledCell.failed(moveErrors, nanos);
            }
            Map<Integer, Span> moves = SessionMoves.movedByCell(uses);
            LoweredCell lowered = LowerPhase.lowerCell(program, cx.sources(),
                    new CellLowering(entry(cellNo), EXPORT, addresses, cx.area()::allocate,
                            replacing ? symbol -> null : cx.linked()));
            t = lap(nanos, "lower", t);
            WirModule placed = placeData(lowered.module(), cx.area());
            BackendOutput out = DevBackend.compile(placed, BackendOptions.cell(cx.typePrefix(), SessionAbi.RT, SessionAbi.TABLE,
                    cx.tableBase()));
            lap(nanos, "encode", t);
            List<LoweredCell.Binding> bindings = new ArrayList<>(lowered.bindings());
            bindings.sort(Comparator.comparingInt(b -> b.local().id()));
            Map<Integer, String> names = new HashMap<>();
            byIndex.forEach((i, v) -> names.put(CellSpec.externalId(i), v.name()));
            Map<String, FuncType> shared = new LinkedHashMap<>();
            for (dev.wasmrust.compiler.wasmir.WirFunction f : placed.functions()) {
                if (f.name().equals(f.exportName())) {
                    shared.put(f.name(), f.type());
                }
            }
            return new CompiledCell(diags.all(), out.wasm(), out.types(), out.tableSlots(), items, bindings, moves, names,
                    shownType(entry), nanos, placed, shared, validityNotes(cx.items(), items, cx.sources()));
        } catch (StackOverflowError e) {
            diags.report(Diagnostic.error("this cell nests too deeply for the compiler (its stack is exhausted)")
                    .primary(new Span(file.id(), 0, 0), "").build());
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().contains("static memory")) {
                diags.report(Diagnostic.error(e.getMessage()).primary(new Span(file.id(), 0, 0), "").build());
            } else {
                diags.report(ice(file, e));
            }
        } catch (RuntimeException e) {
            diags.report(ice(file, e));
        }
        return CompiledCell.failed(diags.all(), nanos);
    }

    /**
     * The earlier cells' items the errors are in, with their errors; null when an error is not in such an item
     * (it is in this cell's code, or nowhere in particular), so the cell itself is wrong.
     */
    private static Map<String, List<Diagnostic>> brokenItems(List<Diagnostic> ds, ItemTable table, int cellFile,
                                                             SourceMap sources) {
        Map<String, List<Diagnostic>> out = new LinkedHashMap<>();
        for (Diagnostic d : ds) {
            if (!d.isError()) {
                continue;
            }
            Span at = d.primarySpan();
            if (at == null || at.file() == cellFile) {
                return null;
            }
            ItemTable.Entry owner = null;
            for (ItemTable.Entry e : table.entries()) {
                Span sp = e.item().span();
                if (e.valid() && sp.file() == at.file() && sp.lo() <= at.lo() && at.hi() <= sp.hi()) {
                    owner = e;
                }
            }
            if (owner == null) {
                return null;
            }
            out.computeIfAbsent(owner.key(), k -> new ArrayList<>()).add(d);
        }
        return out;
    }

    /** Warnings for items this cell made invalid, notes for those it made valid again. */
    private static List<Diagnostic> validityNotes(ItemTable before, ItemTable after, SourceMap sources) {
        Map<String, ItemTable.Entry> was = new HashMap<>();
        for (ItemTable.Entry e : before.entries()) {
            was.put(e.key(), e);
        }
        List<Diagnostic> out = new ArrayList<>();
        for (ItemTable.Entry e : after.entries()) {
            ItemTable.Entry old = was.get(e.key());
            if (old == null || old.item() != e.item()) {
                continue;
            }
            if (old.valid() && !e.valid()) {
                Diagnostic first = e.problems().get(0);
                out.add(Diagnostic.warning("`" + e.name() + "` no longer compiles: it cannot be used until it, or what it"
                                + " uses, is redefined so that it does")
                        .primary(first.primarySpan(), first.message())
                        .note("defined in <cell " + e.cell() + ">; this cell changed what it uses").build());
            } else if (!old.valid() && e.valid()) {
                out.add(Diagnostic.warning("`" + e.name() + "` compiles again and can be used")
                        .primary(nameSpan(e), "defined in <cell " + e.cell() + ">").build());
            }
        }
        return out;
    }

    private static Span nameSpan(ItemTable.Entry e) {
        return e.item().name() != null ? e.item().name().span() : e.item().span();
    }

    /** A use of an invalid item (not in the crate, so "cannot find") explained. */
    private static List<Diagnostic> explainInvalid(List<Diagnostic> ds, ItemTable table) {
        List<ItemTable.Entry> invalid = table.invalid();
        if (invalid.isEmpty()) {
            return ds;
        }
        List<Diagnostic> out = new ArrayList<>(ds.size());
        for (Diagnostic d : ds) {
            ItemTable.Entry hit = null;
            for (ItemTable.Entry e : invalid) {
                if (d.message().startsWith("cannot find ") && d.message().contains("`" + e.name() + "`")) {
                    hit = e;
                }
            }
            if (hit == null || d.primarySpan() == null) {
                out.add(d);
                continue;
            }
            Diagnostic first = hit.problems().get(0);
            out.add(Diagnostic.error("`" + hit.name() + "` cannot be used: it no longer compiles")
                    .primary(d.primarySpan(), "defined in <cell " + hit.cell() + ">, invalid since a later cell changed what it uses")
                    .note("in `" + hit.name() + "`: " + (first.code() == null ? "" : "error[" + first.code() + "]: ")
                            + first.message())
                    .help("redefine `" + hit.name() + "`, or what it uses, so that it compiles again").build());
        }
        return out;
    }

    /**
     * A variable whose type a later cell redefined is not visible: the checker's "cannot find value" for it becomes
     * an explanation of what happened to it.
     */
    private static List<Diagnostic> explainStale(List<Diagnostic> ds, Map<String, Variable> stale) {
        if (stale.isEmpty()) {
            return ds;
        }
        List<Diagnostic> out = new ArrayList<>(ds.size());
        for (Diagnostic d : ds) {
            Variable v = null;
            for (Variable s : stale.values()) {
                if ("E0425".equals(d.code()) && d.message().startsWith("cannot find value `" + s.name() + "`")) {
                    v = s;
                }
            }
            if (v == null || d.primarySpan() == null) {
                out.add(d);
                continue;
            }
            out.add(Diagnostic.error("`" + v.name() + "` holds a value of an earlier definition of its type")
                    .primary(d.primarySpan(), "`" + v.typeName() + "` was redefined in <cell " + v.typeReplacedIn() + ">")
                    .note("`" + v.name() + "` was defined in <cell " + v.definedInCell() + "> and keeps its value under the old"
                            + " definition, which later cells cannot name")
                    .help("bind `" + v.name() + "` again with a value of the new type").build());
        }
        return out;
    }

    private static Diagnostic ice(SourceFile file, RuntimeException e) {
        if (System.getenv("WASMRUST_TRACE") != null) {
            e.printStackTrace();
        }
        return Diagnostic.error("internal compiler error: " + e).primary(new Span(file.id(), 0, 0), "")
                .note("this is a bug in WasmRust; please report it with the cells that triggered it").build();
    }

    /** Every data blob at its session-wide address (equal blobs of earlier cells are reused). */
    private static WirModule placeData(WirModule m, StaticArea area) {
        List<WirData> data = new ArrayList<>(m.data().size());
        for (WirData d : m.data()) {
            data.add(new WirData(d.name(), d.bytes(), d.align(), d.fixedAddress() >= 0 ? d.fixedAddress() : area.intern(d.bytes(), d.align())));
        }
        return new WirModule(m.imports(), m.memory(), m.globals(), data, m.functions());
    }

    /** The type of the trailing value, from the cell function's last statement: {@code __session_show::<T>(..)}. */
    private static Type shownType(TFunction entry) {
        if (entry.body() instanceof TExpr.Block b && !b.stmts().isEmpty()
                && b.stmts().get(b.stmts().size() - 1) instanceof TStmt.ExprStmt es && es.expr() instanceof TExpr.Call c
                && c.function().endsWith(SHOW) && c.args().size() == 1) {
            // the tail's own type: the argument may have been coerced (`&String` to `&*s: &str`); the tail and what
            // the session wrapped around it share its span, coercions' nodes too
            TExpr a = c.args().get(0);
            Span tail = a.span();
            while (true) {
                // a deref coercion (`&Vec<T>` to `&[T]` through `as_slice`) is a call with the tail's span too
                TExpr inner = a instanceof TExpr.AddrOf ad ? ad.place() : a instanceof TExpr.Deref d ? d.ref()
                        : a instanceof TExpr.Unsize u ? u.ref()
                        : a instanceof TExpr.Call call && call.args().size() == 1 ? call.args().get(0) : null;
                if (inner == null || !inner.span().equals(tail)) {
                    break;
                }
                a = inner;
            }
            return a == c.args().get(0) ? ((Type.Ref) a.type()).inner() : a.type();
        }
        return null;
    }

    /** The identifier-like words of a text (a superset of the names it uses; cheap, whatever the session's size). */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    private static String text(SourceMap sources, Item it) {
        return sources.file(it.span()).slice(it.span());
    }

    private static long lap(Map<String, Long> nanos, String phase, long start) {
        long now = System.nanoTime();
        nanos.put(phase, now - start);
        return now;
    }
}
