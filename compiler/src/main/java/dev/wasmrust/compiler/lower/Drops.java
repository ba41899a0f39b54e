package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TExprs;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drop elaboration, as rustc's MIR building and drop elaboration do it, on the fly while a function is
 * lowered: every local whose type needs drop gets a drop flag (a wasm local) set when it is initialized and
 * cleared when it is moved out of (the move sites come from the borrow phase's {@code MoveCheck}); at the end
 * of its scope, and on every {@code break}, {@code continue} or {@code return} that leaves the scope, the
 * locals are dropped in reverse order of declaration if their flag is set. A field path that is moved out of
 * (a partial move) gets a flag of its own, and the rest of the value is dropped field by field. Temporaries
 * (a value borrowed or discarded without being stored) are dropped at the end of their statement. A panic
 * ends the program without dropping anything (panic=abort).
 */
final class Drops {
    private final FunctionLowering fl;
    private final Emitter e;
    private final Set<TExpr> moveSites;
    /** Field paths ("0.1") of each local that are moved out of on their own, by local id. */
    private final Map<Integer, Set<String>> partial = new HashMap<>();
    private final Map<Integer, Tracked> tracked = new HashMap<>();
    private final List<List<Tracked>> scopes = new ArrayList<>();
    /** Temporaries waiting for the end of their statement: wasm locals holding their address (0 once dropped). */
    private final List<List<Temp>> temps = new ArrayList<>();
    private final Map<Integer, Integer> labelDepth = new HashMap<>();
    private int suppressTemps;
    private int suppressMoves;

    void suppressMoves(boolean on) {
        suppressMoves += on ? 1 : -1;
    }

    /** A local with drop flags: the whole value's, and one per separately moved field path. */
    private record Tracked(TLocal local, int flag, Map<String, Integer> paths, List<Leftover> leftovers) {}

    /** What a pattern left behind when it moved parts out of a local's path: dropped with the local, if {@code flag}. */
    private record Leftover(String path, TPat pat, int flag) {}

    private record Temp(int addr, Type type) {}

    Drops(FunctionLowering fl, TFunction fn) {
        this.fl = fl;
        this.e = fl.e;
        this.moveSites = dev.wasmrust.compiler.borrow.MoveCheck.moveSites(fn, t -> !fl.phaseRef().needsDrop(t));
        for (TExpr site : moveSites) {
            String[] p = path(site);
            if (p != null && !p[1].isEmpty()) {
                addPartial(Integer.parseInt(p[0]), p[1]);
            }
        }
        scanPatternMoves(fn.body());
    }

    boolean needsDrop(Type t) {
        return fl.phaseRef().needsDrop(t);
    }

    private void addPartial(int local, String path) {
        Set<String> s = partial.computeIfAbsent(local, k -> new java.util.LinkedHashSet<>());
        // every prefix of a moved path is split field by field too
        String[] parts = path.split("\\.");
        String cur = "";
        for (String part : parts) {
            cur = cur.isEmpty() ? part : cur + "." + part;
            s.add(cur);
        }
    }

    /** Matches and destructuring lets that move parts out of a local's field path: that path gets a flag. */
    private void scanPatternMoves(TExpr x) {
        if (x == null) {
            return;
        }
        if (x instanceof TExpr.Match m && m.arms().stream().anyMatch(a -> movesOut(a.pat()))) {
            notePatternPlace(m.scrutinee());
        }
        if (x instanceof TExpr.Block b) {
            for (TStmt s : b.stmts()) {
                if (s instanceof TStmt.Let let) {
                    if (let.init() != null && let.local() == null && movesOut(let.pat())) {
                        notePatternPlace(let.init());
                    }
                    scanPatternMoves(let.init());
                    scanPatternMoves(let.elseBlock());
                } else {
                    scanPatternMoves(((TStmt.ExprStmt) s).expr());
                }
            }
            scanPatternMoves(b.tail());
            return;
        }
        if (x instanceof TExpr.Match m) {
            scanPatternMoves(m.scrutinee());
            for (TArm a : m.arms()) {
                scanPatternMoves(a.guard());
                scanPatternMoves(a.body());
            }
            return;
        }
        for (TExpr c : TExprs.children(x)) {
            scanPatternMoves(c);
        }
    }

    private void notePatternPlace(TExpr place) {
        String[] p = path(place);
        if (p != null && !p[1].isEmpty()) {
            addPartial(Integer.parseInt(p[0]), p[1]);
        }
    }

    /** {local id, field path} of a place rooted at a local by value ({@code x}, {@code x.0.1}), else null. */
    static String[] path(TExpr x) {
        if (x instanceof TExpr.LocalRef l) {
            return new String[] {String.valueOf(l.local().id()), ""};
        }
        if (x instanceof TExpr.Field f) {
            String[] base = path(f.base());
            return base == null ? null : new String[] {base[0], base[1].isEmpty() ? "" + f.index() : base[1] + "." + f.index()};
        }
        return null;
    }

    /** Whether matching {@code p} moves (part of) the value out: a by-value binding of a type that needs drop. */
    boolean movesOut(TPat p) {
        if (p instanceof TPat.Binding b) {
            return b.mode() == TPat.BindMode.MOVE && needsDrop(b.type()) || b.sub() != null && movesOut(b.sub());
        }
        if (p instanceof TPat.Tuple t) {
            return t.elems().stream().anyMatch(this::movesOut);
        }
        if (p instanceof TPat.Variant v) {
            return v.fields().stream().anyMatch(this::movesOut);
        }
        if (p instanceof TPat.Or o) {
            return o.alts().stream().anyMatch(this::movesOut);
        }
        if (p instanceof TPat.Slice s) {
            return s.prefix().stream().anyMatch(this::movesOut) || s.suffix().stream().anyMatch(this::movesOut)
                    || s.rest() != null && movesOut(s.rest());
        }
        return false;
    }

    // ---- scopes ----

    void enterScope() {
        scopes.add(new ArrayList<>());
    }

    /** Leaves the innermost scope normally: its locals are dropped (last declared first). */
    void exitScope() {
        List<Tracked> s = scopes.remove(scopes.size() - 1);
        dropAll(s);
    }

    /** Marks where a loop or labeled block starts: {@code break}/{@code continue} to it drop the scopes inside. */
    void label(int label) {
        labelDepth.put(label, scopes.size());
    }

    /** Before a {@code break} or {@code continue} to {@code label}: drops what the jump leaves. */
    void exitTo(int label) {
        Integer depth = labelDepth.get(label);
        if (depth == null) {
            return;
        }
        for (int i = scopes.size() - 1; i >= depth; i--) {
            dropAll(scopes.get(i));
        }
    }

    /** Before a {@code return}: drops every live local and parameter. */
    void exitAll() {
        for (int i = temps.size() - 1; i >= 0; i--) {
            flush(temps.get(i));
        }
        for (int i = scopes.size() - 1; i >= 0; i--) {
            dropAll(scopes.get(i));
        }
    }

    private void dropAll(List<Tracked> s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            dropLocal(s.get(i));
        }
    }

    /** A local (or parameter) now initialized; tracked if its type needs drop. */
    void declare(TLocal l, boolean initialized) {
        if (!needsDrop(l.type()) || fl.phaseRef().staticHome(fl.symbol(), l) >= 0 || scopes.isEmpty()) {
            return;
        }
        Tracked t = tracked.get(l.id());
        if (t == null) {
            Map<String, Integer> paths = new LinkedHashMap<>();
            for (String p : partial.getOrDefault(l.id(), Set.of())) {
                paths.put(p, e.newLocal("drop_flag." + l.name() + "." + p, ValType.I32));
            }
            t = new Tracked(l, e.newLocal("drop_flag." + l.name(), ValType.I32), paths, new ArrayList<>());
            tracked.put(l.id(), t);
        }
        scopes.get(scopes.size() - 1).add(t);
        setFlags(t, "", initialized ? 1 : 0);
    }

    /** Every binding of a pattern, in order. */
    void declare(TPat p) {
        if (p instanceof TPat.Binding b) {
            if (b.sub() != null) {
                declare(b.sub());
            }
            if (b.mode() == TPat.BindMode.MOVE) {
                declare(b.local(), true);
            }
        } else if (p instanceof TPat.Tuple t) {
            t.elems().forEach(this::declare);
        } else if (p instanceof TPat.Variant v) {
            v.fields().forEach(this::declare);
        } else if (p instanceof TPat.Deref d) {
            declare(d.inner());
        } else if (p instanceof TPat.Or o && !o.alts().isEmpty()) {
            declare(o.alts().get(0));
        } else if (p instanceof TPat.Slice s) {
            s.prefix().forEach(this::declare);
            if (s.rest() != null) {
                declare(s.rest());
            }
            s.suffix().forEach(this::declare);
        }
    }

    private void setFlags(Tracked t, String path, int value) {
        if (path.isEmpty()) {
            e.i32(value).set(t.flag());
        }
        for (Map.Entry<String, Integer> p : t.paths().entrySet()) {
            if (path.isEmpty() || p.getKey().equals(path) || p.getKey().startsWith(path + ".")) {
                e.i32(value).set(p.getValue());
            }
        }
        if (value == 1) {
            for (Leftover l : t.leftovers()) {
                if (path.isEmpty() || l.path().equals(path) || l.path().startsWith(path + ".")) {
                    e.i32(0).set(l.flag());
                }
            }
        }
    }

    // ---- moves ----

    /** After {@code x} was read by value: if that read is a move, its flag is cleared. */
    void afterRead(TExpr x) {
        if (suppressMoves > 0 || !moveSites.contains(x)) {
            return;
        }
        clear(x);
    }

    private void clear(TExpr place) {
        String[] p = path(place);
        Tracked t = p == null ? null : tracked.get(Integer.parseInt(p[0]));
        if (t == null) {
            return;
        }
        if (p[1].isEmpty()) {
            e.i32(0).set(t.flag());
        } else if (t.paths().containsKey(p[1])) {
            e.i32(0).set(t.paths().get(p[1]));
        }
    }

    /**
     * A pattern that moved parts out of the place {@code scrutinee} (an arm that was taken, a destructuring
     * let): the place's flag is cleared, and what the pattern left behind is dropped with the local.
     */
    void patternMoved(TExpr scrutinee, TPat pat) {
        String[] p = path(scrutinee);
        Tracked t = p == null ? null : tracked.get(Integer.parseInt(p[0]));
        if (t == null || !movesOut(pat)) {
            return;
        }
        clear(scrutinee);
        if (hasLeftovers(pat)) {
            Leftover l = new Leftover(p[1], pat, e.newLocal("drop_flag." + t.local().name() + ".rest", ValType.I32));
            t.leftovers().add(l);
            e.i32(1).set(l.flag());
        }
    }

    private boolean hasLeftovers(TPat p) {
        if (p instanceof TPat.Binding b) {
            return b.mode() != TPat.BindMode.MOVE && needsDrop(b.type());
        }
        if (p instanceof TPat.Wild w) {
            return needsDrop(w.type());
        }
        if (p instanceof TPat.Tuple t) {
            return t.elems().stream().anyMatch(this::hasLeftovers);
        }
        if (p instanceof TPat.Variant v) {
            return v.fields().stream().anyMatch(this::hasLeftovers);
        }
        return false;
    }

    // ---- dropping ----

    private void dropLocal(Tracked t) {
        Type ty = t.local().type();
        e.get(t.flag());
        e.ifThen(BlockType.EMPTY);
        e.i32(0).set(t.flag());
        if (t.paths().isEmpty()) {
            fl.localAddr(t.local());
            e.call(fl.phaseRef().glue().drop(ty));
        } else {
            dropFields(t, ty, "", 0);
        }
        for (Leftover l : t.leftovers()) {
            e.get(l.flag());
            e.ifThen(BlockType.EMPTY);
            e.i32(0).set(l.flag());
            int a = fl.temp(ValType.I32);
            fl.localAddr(t.local());
            int off = offsetOf(ty, l.path());
            if (off != 0) {
                e.i32(off).op(Op.I32_ADD);
            }
            e.set(a);
            fl.patterns().dropLeftovers(l.pat(), a, typeOf(ty, l.path()));
            fl.release(a);
            e.end();
        }
        e.end();
    }

    /** Drops the parts of a partially moved value at path {@code path} (offset {@code off} in the local). */
    private void dropFields(Tracked t, Type ty, String path, int off) {
        List<Type> fields = FunctionLowering.fieldTypes(ty, 0);
        for (int i = 0; i < fields.size(); i++) {
            Type ft = fields.get(i);
            if (!needsDrop(ft)) {
                continue;
            }
            String sub = path.isEmpty() ? "" + i : path + "." + i;
            int fo = off + fl.layouts.fieldOffset(ty, 0, i);
            Integer flag = t.paths().get(sub);
            if (flag == null) {
                dropAt(t.local(), fo, ft);
                continue;
            }
            e.get(flag);
            e.ifThen(BlockType.EMPTY);
            e.i32(0).set(flag);
            if (t.paths().keySet().stream().anyMatch(k -> k.startsWith(sub + "."))) {
                dropFields(t, ft, sub, fo);
            } else {
                dropAt(t.local(), fo, ft);
            }
            e.end();
        }
    }

    private void dropAt(TLocal l, int off, Type t) {
        fl.localAddr(l);
        if (off != 0) {
            e.i32(off).op(Op.I32_ADD);
        }
        e.call(fl.phaseRef().glue().drop(t));
    }

    private int offsetOf(Type t, String path) {
        int off = 0;
        if (path.isEmpty()) {
            return 0;
        }
        for (String part : path.split("\\.")) {
            int i = Integer.parseInt(part);
            off += fl.layouts.fieldOffset(t, 0, i);
            t = FunctionLowering.fieldTypes(t, 0).get(i);
        }
        return off;
    }

    private static Type typeOf(Type t, String path) {
        if (path.isEmpty()) {
            return t;
        }
        for (String part : path.split("\\.")) {
            t = FunctionLowering.fieldTypes(t, 0).get(Integer.parseInt(part));
        }
        return t;
    }

    /**
     * {@code place = value} with the value's parts already spilled: drops the place's old value first (if
     * initialized) and afterwards marks the place initialized. Returns true when the place is a tracked
     * local path (then the caller stores and calls {@link #assigned}); false when the caller must drop the old
     * value at the place's address itself.
     */
    boolean beforeAssign(TExpr place) {
        String[] p = path(place);
        Tracked t = p == null ? null : tracked.get(Integer.parseInt(p[0]));
        if (t == null) {
            return false;
        }
        if (p[1].isEmpty()) {
            dropLocal(t);
            return true;
        }
        Integer flag = t.paths().get(p[1]);
        Type ft = place.type();
        int off = offsetOf(t.local().type(), p[1]);
        if (flag == null) {
            // a field that was never moved out of on its own: initialized whenever the local is
            e.get(t.flag());
            e.ifThen(BlockType.EMPTY);
            dropAt(t.local(), off, ft);
            e.end();
            return true;
        }
        e.get(flag);
        e.ifThen(BlockType.EMPTY);
        if (t.paths().keySet().stream().anyMatch(k -> k.startsWith(p[1] + "."))) {
            dropFields(t, ft, p[1], off);
        } else {
            dropAt(t.local(), off, ft);
        }
        e.end();
        return true;
    }

    void assigned(TExpr place) {
        String[] p = path(place);
        Tracked t = p == null ? null : tracked.get(Integer.parseInt(p[0]));
        if (t != null) {
            if (p[1].isEmpty()) {
                setFlags(t, "", 1);
            } else {
                setFlags(t, p[1], 1);
            }
        }
    }

    boolean isTrackedPath(TExpr place) {
        String[] p = path(place);
        return p != null && tracked.containsKey(Integer.parseInt(p[0]));
    }

    // ---- temporaries ----

    void beginTemps() {
        temps.add(new ArrayList<>());
    }

    void endTemps() {
        flush(temps.remove(temps.size() - 1));
    }

    private void flush(List<Temp> ts) {
        for (int i = ts.size() - 1; i >= 0; i--) {
            Temp t = ts.get(i);
            e.get(t.addr());
            e.ifThen(BlockType.EMPTY);
            e.get(t.addr()).call(fl.phaseRef().glue().drop(t.type()));
            e.i32(0).set(t.addr());
            e.end();
        }
    }

    /** A temporary at the address on the stack (left there) is dropped at the end of the statement. */
    void temporary(Type t) {
        if (suppressTemps > 0 || temps.isEmpty() || !needsDrop(t)) {
            return;
        }
        int a = e.newLocal("drop_temp", ValType.I32);
        e.tee(a);
        temps.get(temps.size() - 1).add(new Temp(a, t));
    }

    void suppressTemps(boolean on) {
        suppressTemps += on ? 1 : -1;
    }

    /** Drops the value of type {@code t} whose address is on the stack, now. */
    void dropNow(Type t) {
        e.call(fl.phaseRef().glue().drop(t));
    }
}
