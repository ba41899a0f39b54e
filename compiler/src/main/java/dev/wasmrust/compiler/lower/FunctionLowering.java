package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.FmtPiece;
import dev.wasmrust.compiler.thir.FmtSpec;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.IntKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirLocal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one checked function to WasmIR. Every expression leaves its value's wasm representation on the
 * operand stack ({@link Layouts#wasmTypes}); integers narrower than 32 bits are kept canonical
 * (sign- or zero-extended), so comparisons and printing need no fix-ups; arithmetic is checked like a
 * debug build of rustc and panics with rustc's message at the expression's location.
 */
final class FunctionLowering {
    private final LowerPhase phase;
    private final TFunction fn;
    final Emitter e;
    private final Map<Integer, int[]> locals = new HashMap<>();
    /** Loop label id -> {break handle, continue handle}. */
    private final Map<Integer, int[]> targets = new HashMap<>();
    /** Temporaries no longer in use, by type: long expressions reuse a handful of locals instead of thousands. */
    private final Map<ValType, java.util.ArrayDeque<Integer>> freeTemps = new HashMap<>();
    private final Map<Integer, ValType> tempTypes = new HashMap<>();

    FunctionLowering(LowerPhase phase, TFunction fn) {
        this.phase = phase;
        this.fn = fn;
        List<WirLocal> params = new ArrayList<>();
        int idx = 0;
        for (TLocal p : fn.params()) {
            List<ValType> ts = Layouts.wasmTypes(p.type());
            int[] slots = new int[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                params.add(new WirLocal(p.name() + (i == 0 ? "" : ".hi"), ts.get(i)));
                slots[i] = idx++;
            }
            locals.put(p.id(), slots);
        }
        this.e = new Emitter(fn.symbol(), params, Layouts.wasmTypes(fn.ret()));
        this.layouts = phase.layouts();
        if (!fn.captures().isEmpty()) {
            List<Type> envFields = fn.captures().stream()
                    .map(c -> c.byRef() ? (Type) new Type.Ref(c.local().mutable(), c.local().type()) : c.local().type()).toList();
            Type env = new Type.Tuple(envFields);
            for (int i = 0; i < envFields.size(); i++) {
                captures.put(fn.captures().get(i).local().id(), new int[] {layouts.fieldOffset(env, 0, i), fn.captures().get(i).byRef() ? 1 : 0});
            }
        }
        AddressTaken.collect(fn.body(), addressTaken);
        this.patterns = new PatternLowering(this);
        this.drops = new Drops(this, fn);
    }

    private final Drops drops;

    Drops drops() {
        return drops;
    }

    PatternLowering patterns() {
        return patterns;
    }

    final Layouts layouts;
    /** In a closure's body: captured local id -> {offset in the environment, 1 if it holds the variable's address}. */
    private final Map<Integer, int[]> captures = new HashMap<>();

    String symbol() {
        return fn.symbol();
    }

    final LowerPhase phaseRef() {
        return phase;
    }
    private final PatternLowering patterns;
    /** Locals whose address is taken: kept in the frame even when they are scalars. */
    private final java.util.Set<Integer> addressTaken = new java.util.HashSet<>();
    /** Frame offsets of locals kept in memory, by local id. */
    private final Map<Integer, Integer> memLocals = new HashMap<>();
    /** The caller's stack pointer and this frame's base; allocated on first use (most functions need no frame). */
    private int savedSp = -1;
    private int fp = -1;
    private int frameSize;
    /** Placeholders where the stack pointer must be restored (before each return), filled in at the end. */
    private final java.util.Set<dev.wasmrust.compiler.wasmir.Inst> epilogues =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    WirFunction lower() {
        // parameters kept in memory are copied into their frame slots on entry
        int idx = 0;
        for (TLocal p : fn.params()) {
            int n = Layouts.wasmTypes(p.type()).size();
            if (inMemory(p)) {
                int[] src = new int[n];
                for (int i = 0; i < n; i++) {
                    src[i] = idx + i;
                }
                load(src);
                int off = memLocals.computeIfAbsent(p.id(), id -> frameSlot(p.type()));
                storeAt(p.type(), () -> frameAddr(off));
            }
            idx += n;
        }
        drops.enterScope();
        for (TLocal p : fn.params()) {
            drops.declare(p, true);
        }
        drops.beginTemps();
        expr(fn.body());
        drops.endTemps();
        drops.exitScope();
        epilogue();
        if (fp < 0) {
            return e.finish(null, List.of(), epilogues, List.of());
        }
        int size = Layouts.alignUp(frameSize, 16);
        Emitter pe = new Emitter("prologue", List.of(), List.of());
        pe.globalGet(RuntimeLibrary.SP).tee(savedSp).i32(size).op(Op.I32_SUB).tee(fp).globalSet(RuntimeLibrary.SP);
        pe.get(fp).i32(MemoryLayout.STACK_BASE).op(Op.I32_LT_U);
        pe.ifThen(BlockType.EMPTY);
        pe.call(LowerPhase.STACK_OVERFLOW);
        pe.end();
        Emitter restore = new Emitter("epilogue", List.of(), List.of());
        restore.get(savedSp).globalSet(RuntimeLibrary.SP);
        return e.finish(null, pe.instructions(), epilogues, restore.instructions());
    }

    /** Restores the caller's stack pointer (values being returned stay on the operand stack). */
    void epilogue() {
        dev.wasmrust.compiler.wasmir.Inst mark = new dev.wasmrust.compiler.wasmir.Inst.Nop();
        epilogues.add(mark);
        e.emit(mark);
    }

    // ---- the frame ----

    /** Reserves frame space for a value of type {@code t}; returns its offset from the frame pointer. */
    int frameSlot(Type t) {
        if (fp < 0) {
            savedSp = e.newLocal("saved_sp", ValType.I32);
            fp = e.newLocal("fp", ValType.I32);
        }
        Layouts.Layout l = layouts.of(t);
        frameSize = Layouts.alignUp(frameSize, Math.max(1, Math.min(l.align(), 16)));
        int off = frameSize;
        frameSize += Math.max(l.size(), 0);
        return off;
    }

    void frameAddr(int off) {
        e.get(fp);
        if (off != 0) {
            e.i32(off).op(Op.I32_ADD);
        }
    }

    boolean inMemory(TLocal l) {
        return Layouts.isAggregate(l.type()) || addressTaken.contains(l.id()) || captures.containsKey(l.id())
                || phase.staticHome(fn.symbol(), l) >= 0;
    }

    private int memOffset(TLocal l) {
        return memLocals.computeIfAbsent(l.id(), id -> frameSlot(l.type()));
    }

    /** Pushes a local's value. */
    void readLocal(TLocal l) {
        if (inMemory(l)) {
            localAddr(l);
            loadValue(l.type());
        } else {
            load(slots(l));
        }
    }

    /** Pops a value into a local. */
    void writeLocal(TLocal l) {
        if (inMemory(l)) {
            storeAt(l.type(), () -> localAddr(l));
        } else {
            store(slots(l));
        }
    }

    /** Pushes the address of a local kept in memory (in a closure, a captured one is in or behind the environment). */
    void localAddr(TLocal l) {
        int[] cap = captures.get(l.id());
        if (cap != null) {
            e.get(0);
            if (cap[1] == 1) {
                e.load(Op.I32_LOAD, cap[0]);
            } else if (cap[0] != 0) {
                e.i32(cap[0]).op(Op.I32_ADD);
            }
            return;
        }
        int home = phase.staticHome(fn.symbol(), l);
        if (home >= 0) {
            // a session variable of a REPL cell: it lives at a fixed address, beyond this call
            e.i32(home);
            return;
        }
        frameAddr(memOffset(l));
    }

    // ---- memory ----

    /** Replaces an address on the stack by the value of type {@code t} stored there (an aggregate is its address). */
    void loadValue(Type t) {
        if (Layouts.isAggregate(t) || Layouts.wasmTypes(t).isEmpty()) {
            if (Layouts.wasmTypes(t).isEmpty()) {
                e.drop();
            }
            return;
        }
        List<ValType> parts = Layouts.wasmTypes(t);
        if (parts.size() == 1) {
            e.load(loadOp(t), 0);
            return;
        }
        int a = temp(ValType.I32);
        e.set(a);
        int step = parts.get(0) == ValType.I64 ? 8 : 4;
        for (int i = 0; i < parts.size(); i++) {
            e.get(a).load(parts.get(i) == ValType.I64 ? Op.I64_LOAD : Op.I32_LOAD, i * step);
        }
        release(a);
    }

    /** Pops a value of type {@code t} and stores it at the address {@code addr} pushes (aggregates are copied). */
    void storeAt(Type t, Runnable addr) {
        List<ValType> parts = Layouts.wasmTypes(t);
        if (parts.isEmpty()) {
            return;
        }
        if (Layouts.isAggregate(t)) {
            int src = temp(ValType.I32);
            e.set(src);
            addr.run();
            e.get(src).i32(layouts.size(t)).emit(new dev.wasmrust.compiler.wasmir.Inst.MemoryCopy());
            release(src);
            return;
        }
        int[] v = new int[parts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = temp(parts.get(i));
        }
        store(v);
        if (v.length == 1) {
            addr.run();
            e.get(v[0]).store(storeOp(t), 0);
        } else {
            int step = parts.get(0) == ValType.I64 ? 8 : 4;
            for (int i = 0; i < v.length; i++) {
                addr.run();
                e.get(v[i]).store(parts.get(i) == ValType.I64 ? Op.I64_STORE : Op.I32_STORE, i * step);
            }
        }
        release(v);
    }

    private static Op loadOp(Type t) {
        if (t instanceof Type.Int i) {
            return switch (i.kind().bits()) {
                case 8 -> i.kind().signed() ? Op.I32_LOAD8_S : Op.I32_LOAD8_U;
                case 16 -> i.kind().signed() ? Op.I32_LOAD16_S : Op.I32_LOAD16_U;
                case 64 -> Op.I64_LOAD;
                default -> Op.I32_LOAD;
            };
        }
        if (t instanceof Type.Float f) {
            return f.kind() == dev.wasmrust.compiler.types.FloatKind.F32 ? Op.F32_LOAD : Op.F64_LOAD;
        }
        if (t instanceof Type.Bool) {
            return Op.I32_LOAD8_U;
        }
        return Op.I32_LOAD;
    }

    private static Op storeOp(Type t) {
        if (t instanceof Type.Int i) {
            return switch (i.kind().bits()) {
                case 8 -> Op.I32_STORE8;
                case 16 -> Op.I32_STORE16;
                case 64 -> Op.I64_STORE;
                default -> Op.I32_STORE;
            };
        }
        if (t instanceof Type.Float f) {
            return f.kind() == dev.wasmrust.compiler.types.FloatKind.F32 ? Op.F32_STORE : Op.F64_STORE;
        }
        if (t instanceof Type.Bool) {
            return Op.I32_STORE8;
        }
        return Op.I32_STORE;
    }

    // ---- locals ----

    int[] slots(TLocal l) {
        return locals.computeIfAbsent(l.id(), id -> {
            List<ValType> ts = Layouts.wasmTypes(l.type());
            int[] s = new int[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                s[i] = e.newLocal(l.name() + (i == 0 ? "" : ".hi"), ts.get(i));
            }
            return s;
        });
    }

    /** Temporaries taken by the operator being lowered; released when it is done. */
    private final java.util.ArrayList<Integer> scopedTemps = new java.util.ArrayList<>();

    private int scoped(ValType t) {
        int l = temp(t);
        scopedTemps.add(l);
        return l;
    }

    private void releaseScoped(int mark) {
        while (scopedTemps.size() > mark) {
            release(scopedTemps.remove(scopedTemps.size() - 1));
        }
    }

    int temp(ValType t) {
        java.util.ArrayDeque<Integer> free = freeTemps.get(t);
        if (free != null && !free.isEmpty()) {
            return free.pop();
        }
        int l = e.newLocal("tmp", t);
        tempTypes.put(l, t);
        return l;
    }

    /** Returns temporaries to the pool once the code that reads them has been emitted. */
    void release(int... temps) {
        for (int l : temps) {
            ValType t = tempTypes.get(l);
            if (t != null) {
                freeTemps.computeIfAbsent(t, k -> new java.util.ArrayDeque<>()).push(l);
            }
        }
    }

    /** Pops a value of type {@code t} into temporaries (release them after use). */
    int[] spill(Type t) {
        List<ValType> ts = Layouts.wasmTypes(t);
        int[] s = new int[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            s[i] = temp(ts.get(i));
        }
        for (int i = s.length - 1; i >= 0; i--) {
            e.set(s[i]);
        }
        return s;
    }

    void store(int[] s) {
        for (int i = s.length - 1; i >= 0; i--) {
            e.set(s[i]);
        }
    }

    void load(int[] s) {
        for (int x : s) {
            e.get(x);
        }
    }

    void dropValue(Type t) {
        for (int i = 0; i < Layouts.wasmTypes(t).size(); i++) {
            e.drop();
        }
    }

    static BlockType blockType(Type t) {
        return t instanceof Type.Never ? BlockType.EMPTY : BlockType.results(Layouts.wasmTypes(t));
    }

    // ---- expressions ----

    void expr(TExpr x) {
        if (x instanceof TExpr.IntConst c) {
            intConst(c.value(), c.type());
        } else if (x instanceof TExpr.BoolConst b) {
            e.i32(b.value() ? 1 : 0);
        } else if (x instanceof TExpr.CharConst c) {
            e.i32(c.codePoint());
        } else if (x instanceof TExpr.StrConst s) {
            e.data(phase.stringData(s.value())).i32(LowerPhase.utf8Length(s.value()));
        } else if (x instanceof TExpr.UnitConst) {
            // no value
        } else if (x instanceof TExpr.LocalRef r) {
            readLocal(r.local());
            drops.afterRead(x);
        } else if (x instanceof TExpr.ByteStrConst b) {
            e.data(phase.bytesData(b.value()));
        } else if (x instanceof TExpr.FloatConst f) {
            if (f.type() instanceof Type.Float ft && ft.kind() == dev.wasmrust.compiler.types.FloatKind.F32) {
                e.emit(new dev.wasmrust.compiler.wasmir.Inst.Const(ValType.F32, Float.floatToRawIntBits((float) f.value())));
            } else {
                e.emit(new dev.wasmrust.compiler.wasmir.Inst.Const(ValType.F64, Double.doubleToRawLongBits(f.value())));
            }
        } else if (x instanceof TExpr.Tuple t) {
            aggregate(t.type(), 0, t.elems(), null);
        } else if (x instanceof TExpr.Construct c) {
            aggregate(c.adt(), c.variant(), c.fields(), c.base());
        } else if (x instanceof TExpr.ArrayLit a) {
            arrayLit(a);
        } else if (x instanceof TExpr.ArrayRepeat r) {
            arrayRepeat(r);
        } else if (x instanceof TExpr.Field || x instanceof TExpr.Deref || x instanceof TExpr.Index) {
            // a value moved out of a temporary's part leaves the rest of the temporary undropped
            boolean moving = drops.needsDrop(x.type());
            if (moving) {
                drops.suppressTemps(true);
            }
            addr(x);
            if (moving) {
                drops.suppressTemps(false);
            }
            loadValue(x.type());
            drops.afterRead(x);
        } else if (x instanceof TExpr.AddrOf a) {
            addrOf(a);
        } else if (x instanceof TExpr.Unsize u) {
            expr(u.ref());
            e.i32((int) u.len());
        } else if (x instanceof TExpr.Match m) {
            patterns.match(m);
        } else if (x instanceof TExpr.Intrinsic in) {
            Intrinsics.lower(this, in);
        } else if (x instanceof TExpr.Unary u) {
            unary(u);
        } else if (x instanceof TExpr.Binary b) {
            binary(b);
        } else if (x instanceof TExpr.Cast c) {
            expr(c.expr());
            cast(c.expr().type(), c.type());
        } else if (x instanceof TExpr.Assign a) {
            assign(a);
        } else if (x instanceof TExpr.CompoundAssign a) {
            compoundAssign(a);
        } else if (x instanceof TExpr.Closure c) {
            aggregate(c.type(), 0, c.captures(), null);
        } else if (x instanceof TExpr.FnItem) {
            // a function item is zero-sized: nothing to push
        } else if (x instanceof TExpr.CallValue c) {
            callValue(c);
        } else if (x instanceof TExpr.Call c) {
            for (TExpr arg : c.args()) {
                expr(arg);
                if (Layouts.isAggregate(arg.type())) {
                    copyToTemp(arg.type());
                }
            }
            e.call(phase.instance(c.function(), c.typeArgs()));
            if (c.type() instanceof Type.Never) {
                e.unreachable();
            } else if (Layouts.isAggregate(c.type())) {
                // the result lives in the callee's popped frame: copy it before anything else runs
                copyToTemp(c.type());
            }
        } else if (x instanceof TExpr.If i) {
            ifExpr(i);
        } else if (x instanceof TExpr.Block b) {
            block(b);
        } else if (x instanceof TExpr.Loop l) {
            loop(l);
        } else if (x instanceof TExpr.While w) {
            whileLoop(w);
        } else if (x instanceof TExpr.ForRange f) {
            forRange(f);
        } else if (x instanceof TExpr.LabeledBlock l) {
            int brk = e.block(blockType(l.type()));
            targets.put(l.label(), new int[] {brk, -1});
            drops.label(l.label());
            expr(l.body());
            e.end();
            if (l.type() instanceof Type.Never) {
                e.unreachable();
            }
        } else if (x instanceof TExpr.Break b) {
            if (b.value() != null) {
                expr(b.value());
            }
            drops.exitTo(b.label());
            e.br(targets.get(b.label())[0]);
        } else if (x instanceof TExpr.Continue c) {
            drops.exitTo(c.label());
            e.br(targets.get(c.label())[1]);
        } else if (x instanceof TExpr.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
            drops.exitAll();
            epilogue();
            e.ret();
        } else if (x instanceof TExpr.Format f) {
            format(f.fd(), f.args(), f.pieces(), null);
        } else if (x instanceof TExpr.FormatString fs) {
            format(-2, fs.args(), fs.pieces(), null);
        } else if (x instanceof TExpr.Panic p) {
            panicLocation = p.location();
            format(2, p.args(), p.pieces(), p.span());
            panicLocation = null;
        } else if (x instanceof TExpr.Exit ex) {
            expr(ex.code());
            e.call(RuntimeLibrary.EXIT).unreachable();
        } else {
            throw new IllegalStateException("unhandled typed expression " + x);
        }
    }

    void intConst(BigInteger v, Type t) {
        IntKind k = ((Type.Int) t).kind();
        switch (k.bits()) {
            case 128 -> e.i64(v.longValue()).i64(v.shiftRight(64).longValue());
            case 64 -> e.i64(v.longValue());
            default -> e.i32(v.intValue());
        }
    }

    private void block(TExpr.Block b) {
        drops.enterScope();
        int held = 0;
        for (TStmt s : b.stmts()) {
            drops.beginTemps();
            if (s instanceof TStmt.Let forIter && forIter.scrutinee() && forIter.local() != null && forIter.init() != null) {
                // `for p in e` is `match IntoIterator::into_iter(e) { mut it => loop { .. } }`: the temporaries of `e`
                // (`for x in make().iter()`) live until the loop has ended, not just to the end of the binding
                expr(forIter.init());
                writeLocal(forIter.local());
                drops.declare(forIter.local(), true);
                held++;
                continue;
            }
            if (s instanceof TStmt.Let let && let.local() == null) {
                patterns.let(let);
            } else if (s instanceof TStmt.Let let) {
                if (let.init() != null) {
                    boolean discard = let.local().name().equals("_");
                    boolean place = Drops.path(let.init()) != null;
                    if (discard && place) {
                        // `let _ = place;` neither moves nor drops
                        drops.suppressMoves(true);
                    }
                    expr(let.init());
                    if (discard && place) {
                        drops.suppressMoves(false);
                    }
                    if (let.init().type() instanceof Type.Never) {
                        drops.endTemps();
                        continue;
                    }
                    if (discard) {
                        discard(let.init(), place);
                    } else {
                        writeLocal(let.local());
                        drops.declare(let.local(), true);
                    }
                } else {
                    drops.declare(let.local(), false);
                }
            } else {
                TExpr ex = ((TStmt.ExprStmt) s).expr();
                expr(ex);
                discard(ex, false);
            }
            drops.endTemps();
        }
        drops.beginTemps();
        if (b.tail() != null) {
            expr(b.tail());
        }
        drops.exitScope();
        drops.endTemps();
        for (; held > 0; held--) {
            drops.endTemps();
        }
    }

    /** A value computed and not kept: dropped now (a place named by `let _ = place` is left alone). */
    private void discard(TExpr x, boolean place) {
        if (!place && drops.needsDrop(x.type()) && !(x.type() instanceof Type.Never)) {
            drops.dropNow(x.type());
        } else {
            dropValue(x.type());
        }
    }

    private void ifExpr(TExpr.If i) {
        drops.beginTemps();
        expr(i.cond());
        drops.endTemps();
        e.ifThen(blockType(i.type()));
        expr(i.then());
        if (i.otherwise() == null) {
            dropValue(i.then().type());
        } else {
            e.elseBranch();
            expr(i.otherwise());
        }
        e.end();
        if (i.type() instanceof Type.Never) {
            e.unreachable();
        }
    }

    /** {@code loop}: its back edge is a plain {@code br}, where Chicory's interpreter checks for interruption. */
    private void loop(TExpr.Loop l) {
        int brk = e.block(blockType(l.type()));
        int top = e.loop(BlockType.EMPTY);
        targets.put(l.label(), new int[] {brk, top});
        drops.label(l.label());
        expr(l.body());
        dropValue(l.body().type());
        e.br(top);
        e.end();
        e.unreachable();
        e.end();
        if (l.type() instanceof Type.Never) {
            e.unreachable();
        }
    }

    private void whileLoop(TExpr.While w) {
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        targets.put(w.label(), new int[] {brk, top});
        drops.label(w.label());
        drops.beginTemps();
        expr(w.cond());
        drops.endTemps();
        e.op(Op.I32_EQZ).brIf(brk);
        expr(w.body());
        dropValue(w.body().type());
        e.br(top);
        e.end();
        e.end();
    }

    /** Iterates without ever computing one past the end, so {@code 0..=u8::MAX} cannot overflow. */
    private void forRange(TExpr.ForRange f) {
        Type t = f.lo().type();
        IntKind k = ((Type.Int) t).kind();
        expr(f.lo());
        int[] cur = spill(t);
        expr(f.hi());
        int[] end = spill(t);
        int brk = e.block(BlockType.EMPTY);
        if (f.inclusive()) {
            compare(BinOp.GT, k, cur, end);
            e.brIf(brk);
        }
        int top = e.loop(BlockType.EMPTY);
        if (!f.inclusive()) {
            compare(BinOp.GE, k, cur, end);
            e.brIf(brk);
        }
        load(cur);
        // a loop variable a closure borrows lives in memory
        writeLocal(f.var());
        int cont = e.block(BlockType.EMPTY);
        targets.put(f.label(), new int[] {brk, cont});
        drops.label(f.label());
        expr(f.body());
        dropValue(f.body().type());
        e.end();
        if (f.inclusive()) {
            compare(BinOp.EQ, k, cur, end);
            e.brIf(brk);
        }
        increment(k, cur);
        e.br(top);
        e.end();
        e.end();
    }

    private void increment(IntKind k, int[] cur) {
        switch (k.bits()) {
            case 128 -> {
                e.get(cur[0]).i64(1).op(Op.I64_ADD).set(cur[0]);
                e.get(cur[1]).get(cur[0]).op(Op.I64_EQZ).op(Op.I64_EXTEND_I32_U).op(Op.I64_ADD).set(cur[1]);
            }
            case 64 -> e.get(cur[0]).i64(1).op(Op.I64_ADD).set(cur[0]);
            default -> e.get(cur[0]).i32(1).op(Op.I32_ADD).set(cur[0]);
        }
    }

    // ---- operators ----

    private void unary(TExpr.Unary u) {
        Type t = u.type();
        if (u.op() == UnOp.NOT) {
            expr(u.operand());
            if (t instanceof Type.Bool) {
                e.op(Op.I32_EQZ);
                return;
            }
            IntKind k = ((Type.Int) t).kind();
            switch (k.bits()) {
                case 128 -> {
                    int[] v = spill(t);
                    e.get(v[0]).i64(-1).op(Op.I64_XOR).get(v[1]).i64(-1).op(Op.I64_XOR);
                }
                case 64 -> e.i64(-1).op(Op.I64_XOR);
                default -> {
                    e.i32(-1).op(Op.I32_XOR);
                    normalize(k);
                }
            }
            return;
        }
        if (u.operand() instanceof TExpr.IntConst c) {
            intConst(c.value().negate(), t);
            return;
        }
        if (t instanceof Type.Float ft) {
            expr(u.operand());
            e.op(ft.kind() == dev.wasmrust.compiler.types.FloatKind.F32 ? Op.F32_NEG : Op.F64_NEG);
            return;
        }
        IntKind k = ((Type.Int) t).kind();
        expr(u.operand());
        int[] v = spill(t);
        release(v);
        // only the minimum overflows
        isMin(k, v);
        panicIf("attempt to negate with overflow", u.span());
        switch (k.bits()) {
            case 128 -> {
                e.i64(0).get(v[0]).op(Op.I64_SUB);
                e.i64(0).get(v[1]).op(Op.I64_SUB).get(v[0]).i64(0).op(Op.I64_NE).op(Op.I64_EXTEND_I32_U).op(Op.I64_SUB);
            }
            case 64 -> e.i64(0).get(v[0]).op(Op.I64_SUB);
            default -> e.i32(0).get(v[0]).op(Op.I32_SUB);
        }
    }

    private void isMin(IntKind k, int[] v) {
        switch (k.bits()) {
            case 128 -> e.get(v[0]).op(Op.I64_EQZ).get(v[1]).i64(Long.MIN_VALUE).op(Op.I64_EQ).op(Op.I32_AND);
            case 64 -> e.get(v[0]).i64(Long.MIN_VALUE).op(Op.I64_EQ);
            default -> e.get(v[0]).i32(k.min().intValue()).op(Op.I32_EQ);
        }
    }

    private void isMinusOne(IntKind k, int[] v) {
        switch (k.bits()) {
            case 128 -> e.get(v[0]).i64(-1).op(Op.I64_EQ).get(v[1]).i64(-1).op(Op.I64_EQ).op(Op.I32_AND);
            case 64 -> e.get(v[0]).i64(-1).op(Op.I64_EQ);
            default -> e.get(v[0]).i32(-1).op(Op.I32_EQ);
        }
    }

    private void isZero(IntKind k, int[] v) {
        switch (k.bits()) {
            case 128 -> e.get(v[0]).get(v[1]).op(Op.I64_OR).op(Op.I64_EQZ);
            case 64 -> e.get(v[0]).op(Op.I64_EQZ);
            default -> e.get(v[0]).op(Op.I32_EQZ);
        }
    }

    private void binary(TExpr.Binary b) {
        BinOp op = b.op();
        if (op == BinOp.AND) {
            expr(b.lhs());
            e.ifThen(BlockType.result(ValType.I32));
            expr(b.rhs());
            e.elseBranch();
            e.i32(0);
            e.end();
            return;
        }
        if (op == BinOp.OR) {
            expr(b.lhs());
            e.ifThen(BlockType.result(ValType.I32));
            e.i32(1);
            e.elseBranch();
            expr(b.rhs());
            e.end();
            return;
        }
        Type lt = b.lhs().type();
        expr(b.lhs());
        int[] a = spill(lt);
        expr(b.rhs());
        int[] r = spill(b.rhs().type());
        int mark = scopedTemps.size();
        if (op.isComparison() && !(lt instanceof Type.Int || lt instanceof Type.Bool || lt instanceof Type.Char)) {
            Comparisons.compare(this, op, lt, a, r);
        } else if (op.isComparison()) {
            IntKind k = lt instanceof Type.Int i ? i.kind() : IntKind.U32;
            compare(op, k, a, r);
        } else if (lt instanceof Type.Float ft) {
            load(a);
            load(r);
            floatArith(op, ft);
        } else if (lt instanceof Type.Bool) {
            load(a);
            load(r);
            e.op(op == BinOp.BIT_AND ? Op.I32_AND : op == BinOp.BIT_OR ? Op.I32_OR : Op.I32_XOR);
        } else {
            arith(op, ((Type.Int) lt).kind(), a, r, b.rhs().type(), b.span());
        }
        releaseScoped(mark);
        release(a);
        release(r);
    }

    private void compoundAssign(TExpr.CompoundAssign c) {
        Type t = c.place().type();
        expr(c.value());
        int[] r = spill(c.value().type());
        int mark = scopedTemps.size();
        boolean local = c.place() instanceof TExpr.LocalRef lr && !inMemory(lr.local());
        int[] target;
        int a = -1;
        if (local) {
            target = slots(((TExpr.LocalRef) c.place()).local());
        } else {
            addr(c.place());
            a = scoped(ValType.I32);
            e.set(a);
            e.get(a);
            loadValue(t);
            target = spill(t);
        }
        if (t instanceof Type.Bool) {
            load(target);
            load(r);
            e.op(c.op() == BinOp.BIT_AND ? Op.I32_AND : c.op() == BinOp.BIT_OR ? Op.I32_OR : Op.I32_XOR);
        } else if (t instanceof Type.Float ft) {
            load(target);
            load(r);
            floatArith(c.op(), ft);
        } else {
            arith(c.op(), ((Type.Int) t).kind(), target, r, c.value().type(), c.span());
        }
        if (local) {
            store(target);
        } else {
            int addrLocal = a;
            storeAt(t, () -> e.get(addrLocal));
            release(target);
        }
        releaseScoped(mark);
        release(r);
    }

    /** {@code place = value}: the value is evaluated first, then the place, as in Rust. */
    private void assign(TExpr.Assign a) {
        if (a.place() instanceof TExpr.LocalRef lr && !drops.needsDrop(lr.type())) {
            expr(a.value());
            writeLocal(lr.local());
            return;
        }
        expr(a.value());
        int[] v = spill(a.value().type());
        if (drops.needsDrop(a.place().type()) && drops.isTrackedPath(a.place())) {
            // the old value is dropped (if it is there) after the new one is computed
            drops.beforeAssign(a.place());
            if (a.place() instanceof TExpr.LocalRef lr) {
                load(v);
                writeLocal(lr.local());
            } else {
                addr(a.place());
                int p = temp(ValType.I32);
                e.set(p);
                load(v);
                storeAt(a.place().type(), () -> e.get(p));
                release(p);
            }
            drops.assigned(a.place());
            release(v);
            return;
        }
        if (a.place() instanceof TExpr.LocalRef lr) {
            load(v);
            writeLocal(lr.local());
            release(v);
            return;
        }
        addr(a.place());
        int p = temp(ValType.I32);
        e.set(p);
        if (drops.needsDrop(a.place().type())) {
            e.get(p);
            drops.dropNow(a.place().type());
        }
        load(v);
        storeAt(a.place().type(), () -> e.get(p));
        release(p);
        release(v);
    }

    void floatArith(BinOp op, Type.Float ft) {
        boolean f32 = ft.kind() == dev.wasmrust.compiler.types.FloatKind.F32;
        if (op == BinOp.REM) {
            // wasm has no float remainder: the standard library's exact one (C's fmod)
            e.call(phase.instance(f32 ? "core::__fmod_f32" : "core::__fmod_f64", List.of()));
            return;
        }
        e.op(switch (op) {
            case ADD -> f32 ? Op.F32_ADD : Op.F64_ADD;
            case SUB -> f32 ? Op.F32_SUB : Op.F64_SUB;
            case MUL -> f32 ? Op.F32_MUL : Op.F64_MUL;
            case DIV -> f32 ? Op.F32_DIV : Op.F64_DIV;
            default -> throw new IllegalStateException("float operator " + op);
        });
    }

    // ---- aggregates and places ----

    /** Copies the aggregate whose address is on the stack into a new frame temporary; leaves its address. */
    void copyToTemp(Type t) {
        int off = frameSlot(t);
        storeAt(t, () -> frameAddr(off));
        frameAddr(off);
    }

    /** Builds a tuple, struct or enum value in a frame temporary; leaves its address. */
    private void aggregate(Type t, int variant, List<TExpr> fields, TExpr base) {
        int off = frameSlot(t);
        if (t instanceof Type.Adt adt && adt.def().isEnum()) {
            frameAddr(off);
            e.i32(adt.def().variants().get(variant).discriminant().intValue()).store(Op.I32_STORE, 0);
        }
        List<Type> fieldTypes = fieldTypes(t, variant);
        for (int i = 0; i < fields.size(); i++) {
            TExpr f = fields.get(i);
            if (f == null) {
                continue;
            }
            expr(f);
            if (f.type() instanceof Type.Never) {
                dropValue(f.type());
                continue;
            }
            int fo = off + layouts.fieldOffset(t, variant, i);
            storeAt(fieldTypes.get(i), () -> frameAddr(fo));
        }
        if (base != null) {
            expr(base);
            int b = temp(ValType.I32);
            e.set(b);
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) == null) {
                    int fo = layouts.fieldOffset(t, variant, i);
                    e.get(b).i32(fo).op(Op.I32_ADD);
                    loadValue(fieldTypes.get(i));
                    int dst = off + fo;
                    storeAt(fieldTypes.get(i), () -> frameAddr(dst));
                }
            }
            release(b);
        }
        frameAddr(off);
    }

    /** A closure or function value called: a direct call of the closure's body (environment first) or of the function. */
    private void callValue(TExpr.CallValue c) {
        Type t = c.callee().type();
        while (t instanceof Type.Ref r) {
            t = r.inner();
        }
        expr(c.callee());
        String target;
        if (t instanceof Type.Closure cl) {
            target = phase.instance(cl.symbol(), cl.ownerArgs());
        } else if (t instanceof Type.FnDef d) {
            dropValue(c.callee().type());
            target = phase.instance(d.symbol(), d.typeArgs());
        } else {
            throw new IllegalStateException("call of a value of type " + t);
        }
        for (TExpr arg : c.args()) {
            expr(arg);
            if (Layouts.isAggregate(arg.type())) {
                copyToTemp(arg.type());
            }
        }
        e.call(target);
        if (c.type() instanceof Type.Never) {
            e.unreachable();
        } else if (Layouts.isAggregate(c.type())) {
            copyToTemp(c.type());
        }
    }

    static List<Type> fieldTypes(Type t, int variant) {
        if (t instanceof Type.Tuple tu) {
            return tu.elems();
        }
        if (t instanceof Type.Closure c) {
            return c.captures();
        }
        Type.Adt a = (Type.Adt) t;
        return a.def().variants().get(variant).fields().stream()
                .map(f -> dev.wasmrust.compiler.types.Types.fieldType(a, f)).toList();
    }

    private void arrayLit(TExpr.ArrayLit a) {
        Type elem = ((Type.Array) a.type()).elem();
        int size = layouts.size(elem);
        byte[] image = ConstImages.of(a, layouts);
        if (image != null) {
            // an array of constants is static data, copied like any aggregate by the code that keeps it
            e.data(phase.bytesData(image));
            return;
        }
        int off = frameSlot(a.type());
        for (int i = 0; i < a.elems().size(); i++) {
            expr(a.elems().get(i));
            int fo = off + i * size;
            storeAt(elem, () -> frameAddr(fo));
        }
        frameAddr(off);
    }

    private void arrayRepeat(TExpr.ArrayRepeat r) {
        Type elem = ((Type.Array) r.type()).elem();
        int size = layouts.size(elem);
        int off = frameSlot(r.type());
        byte[] one = ConstImages.scalar(r.value(), layouts);
        if (one != null && allSame(one)) {
            // every byte of the element is the same (zero, most often): fill
            frameAddr(off);
            e.i32(one.length == 0 ? 0 : one[0] & 0xFF).i32((int) (size * r.count()));
            e.emit(new dev.wasmrust.compiler.wasmir.Inst.MemoryFill());
            frameAddr(off);
            return;
        }
        expr(r.value());
        int[] v = spill(elem);
        int i = temp(ValType.I32);
        e.i32(0).set(i);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i).i32((int) r.count()).op(Op.I32_GE_U).brIf(brk);
        load(v);
        storeAt(elem, () -> {
            frameAddr(off);
            e.get(i).i32(size).op(Op.I32_MUL).op(Op.I32_ADD);
        });
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(top);
        e.end();
        e.end();
        release(i);
        release(v);
        frameAddr(off);
    }

    /** True for a place expression whose value lives in memory (so it can be matched and borrowed in place). */
    static boolean isPlaceInMemory(FunctionLowering fl, TExpr p) {
        if (p instanceof TExpr.LocalRef l) {
            return fl.inMemory(l.local());
        }
        return p instanceof TExpr.Field || p instanceof TExpr.Index
                || p instanceof TExpr.Deref d && !Layouts.isFatRef(d.ref().type());
    }

    private static boolean allSame(byte[] b) {
        for (byte x : b) {
            if (x != b[0]) {
                return false;
            }
        }
        return true;
    }

    /** Pushes the address of a place; a value that is not a place is first stored in a frame temporary. */
    void addr(TExpr p) {
        if (p instanceof TExpr.LocalRef l && inMemory(l.local())) {
            localAddr(l.local());
        } else if (p instanceof TExpr.Field f) {
            Type bt = f.base().type();
            addr(f.base());
            int off = layouts.fieldOffset(bt, 0, f.index());
            if (off != 0) {
                e.i32(off).op(Op.I32_ADD);
            }
        } else if (p instanceof TExpr.Deref d) {
            expr(d.ref());
            if (Layouts.isFatRef(d.ref().type())) {
                e.drop();
            }
        } else if (p instanceof TExpr.Index ix) {
            indexAddr(ix);
        } else if (Layouts.isAggregate(p.type())) {
            expr(p);
            if (!(p instanceof TExpr.LocalRef)) {
                drops.temporary(p.type());
            }
        } else {
            expr(p);
            int off = frameSlot(p.type());
            storeAt(p.type(), () -> frameAddr(off));
            frameAddr(off);
        }
    }

    /** Element address with rustc's bounds check: "index out of bounds: the len is L but the index is I". */
    private void indexAddr(TExpr.Index ix) {
        Type bt = ix.base().type();
        int base = temp(ValType.I32);
        int len = temp(ValType.I32);
        if (bt instanceof Type.Array arr) {
            addr(ix.base());
            e.set(base);
            e.i32((int) arr.len()).set(len);
        } else if (ix.base() instanceof TExpr.Deref d) {
            expr(d.ref());
            e.set(len).set(base);
        } else {
            throw new IllegalStateException("index of " + bt);
        }
        expr(ix.index());
        int i = temp(ValType.I32);
        e.set(i);
        e.get(i).get(len).op(Op.I32_GE_U);
        e.ifThen(BlockType.EMPTY);
        e.i32(2).call(RuntimeLibrary.BEGIN);
        pushText("\nthread 'main' panicked at " + location(ix.span()) + ":\nindex out of bounds: the len is ");
        formatInt(new int[] {len}, IntKind.USIZE, FmtSpec.DISPLAY);
        pushText(" but the index is ");
        formatInt(new int[] {i}, IntKind.USIZE, FmtSpec.DISPLAY);
        pushText("\n" + BACKTRACE_NOTE);
        e.call(RuntimeLibrary.FLUSH);
        e.call(RuntimeLibrary.PANIC_EXIT).unreachable();
        e.end();
        int size = layouts.size(ix.type());
        e.get(base).get(i).i32(size).op(Op.I32_MUL).op(Op.I32_ADD);
        release(base, len, i);
    }

    private void addrOf(TExpr.AddrOf a) {
        TExpr p = a.place();
        if (p instanceof TExpr.Deref d) {
            // a reborrow: the reference itself (fat references keep their length)
            expr(d.ref());
            return;
        }
        addr(p);
    }

    /** Leaves an i32 boolean: {@code a op b} for values of kind {@code k} (bool and char compare as u32). */
    void compare(BinOp op, IntKind k, int[] a, int[] b) {
        if (k.bits() == 128) {
            compare128(op, k.signed(), a, b);
            return;
        }
        load(a);
        load(b);
        boolean wide = k.bits() == 64;
        boolean s = k.signed();
        Op o = switch (op) {
            case EQ -> wide ? Op.I64_EQ : Op.I32_EQ;
            case NE -> wide ? Op.I64_NE : Op.I32_NE;
            case LT -> wide ? (s ? Op.I64_LT_S : Op.I64_LT_U) : (s ? Op.I32_LT_S : Op.I32_LT_U);
            case LE -> wide ? (s ? Op.I64_LE_S : Op.I64_LE_U) : (s ? Op.I32_LE_S : Op.I32_LE_U);
            case GT -> wide ? (s ? Op.I64_GT_S : Op.I64_GT_U) : (s ? Op.I32_GT_S : Op.I32_GT_U);
            case GE -> wide ? (s ? Op.I64_GE_S : Op.I64_GE_U) : (s ? Op.I32_GE_S : Op.I32_GE_U);
            default -> throw new IllegalArgumentException(op.toString());
        };
        e.op(o);
    }

    private void compare128(BinOp op, boolean signed, int[] a, int[] b) {
        switch (op) {
            case EQ, NE -> {
                e.get(a[0]).get(b[0]).op(Op.I64_EQ).get(a[1]).get(b[1]).op(Op.I64_EQ).op(Op.I32_AND);
                if (op == BinOp.NE) {
                    e.op(Op.I32_EQZ);
                }
            }
            case LT -> less128(signed, a, b, false);
            case LE -> less128(signed, a, b, true);
            case GT -> less128(signed, b, a, false);
            case GE -> less128(signed, b, a, true);
            default -> throw new IllegalArgumentException(op.toString());
        }
    }

    private void less128(boolean signed, int[] a, int[] b, boolean orEqual) {
        e.get(a[1]).get(b[1]).op(signed ? Op.I64_LT_S : Op.I64_LT_U);
        e.get(a[1]).get(b[1]).op(Op.I64_EQ);
        e.get(a[0]).get(b[0]).op(orEqual ? Op.I64_LE_U : Op.I64_LT_U);
        e.op(Op.I32_AND).op(Op.I32_OR);
    }

    /** Sign- or zero-extends the low bits of an i32 to keep a narrow integer canonical. */
    private void normalize(IntKind k) {
        switch (k) {
            case I8 -> e.op(Op.I32_EXTEND8_S);
            case I16 -> e.op(Op.I32_EXTEND16_S);
            case U8 -> e.i32(0xFF).op(Op.I32_AND);
            case U16 -> e.i32(0xFFFF).op(Op.I32_AND);
            default -> {
            }
        }
    }

    private static String overflowMessage(BinOp op) {
        return switch (op) {
            case ADD -> "attempt to add with overflow";
            case SUB -> "attempt to subtract with overflow";
            case MUL -> "attempt to multiply with overflow";
            case DIV -> "attempt to divide with overflow";
            case REM -> "attempt to calculate the remainder with overflow";
            case SHL -> "attempt to shift left with overflow";
            case SHR -> "attempt to shift right with overflow";
            default -> "attempt to compute with overflow";
        };
    }

    /** Leaves {@code a op b} (checked) on the stack; {@code a} and {@code b} are in locals. */
    private void arith(BinOp op, IntKind k, int[] a, int[] b, Type rhsType, Span span) {
        switch (op) {
            case BIT_AND, BIT_OR, BIT_XOR -> {
                Op o32 = op == BinOp.BIT_AND ? Op.I32_AND : op == BinOp.BIT_OR ? Op.I32_OR : Op.I32_XOR;
                Op o64 = op == BinOp.BIT_AND ? Op.I64_AND : op == BinOp.BIT_OR ? Op.I64_OR : Op.I64_XOR;
                if (k.bits() == 128) {
                    e.get(a[0]).get(b[0]).op(o64).get(a[1]).get(b[1]).op(o64);
                } else {
                    load(a);
                    load(b);
                    e.op(k.bits() == 64 ? o64 : o32);
                }
                return;
            }
            case SHL, SHR -> {
                shift(op, k, a, b, ((Type.Int) rhsType).kind(), span);
                return;
            }
            case DIV, REM -> {
                divRem(op, k, a, b, span);
                return;
            }
            default -> {
            }
        }
        switch (k.bits()) {
            case 128 -> arith128(op, k.signed(), a, b, span);
            case 64 -> arith64(op, k.signed(), a, b, span);
            default -> arith32(op, k, a, b, span);
        }
    }

    private void arith32(BinOp op, IntKind k, int[] a, int[] b, Span span) {
        int r = scoped(ValType.I32);
        if (op == BinOp.MUL && k.bits() == 32) {
            Op ext = k.signed() ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U;
            int wide = scoped(ValType.I64);
            e.get(a[0]).op(ext).get(b[0]).op(ext).op(Op.I64_MUL).tee(wide).op(Op.I32_WRAP_I64).set(r);
            if (k.signed()) {
                e.get(r).op(Op.I64_EXTEND_I32_S).get(wide).op(Op.I64_NE);
            } else {
                e.get(wide).i64(32).op(Op.I64_SHR_U).i64(0).op(Op.I64_NE);
            }
        } else {
            e.get(a[0]).get(b[0]).op(op == BinOp.ADD ? Op.I32_ADD : op == BinOp.SUB ? Op.I32_SUB : Op.I32_MUL).set(r);
            if (k.bits() < 32) {
                e.get(r);
                normalize(k);
                e.get(r).op(Op.I32_NE);
            } else if (k.signed()) {
                if (op == BinOp.ADD) {
                    e.get(a[0]).get(r).op(Op.I32_XOR).get(b[0]).get(r).op(Op.I32_XOR).op(Op.I32_AND).i32(0).op(Op.I32_LT_S);
                } else {
                    e.get(a[0]).get(b[0]).op(Op.I32_XOR).get(a[0]).get(r).op(Op.I32_XOR).op(Op.I32_AND).i32(0).op(Op.I32_LT_S);
                }
            } else if (op == BinOp.ADD) {
                e.get(r).get(a[0]).op(Op.I32_LT_U);
            } else {
                e.get(a[0]).get(b[0]).op(Op.I32_LT_U);
            }
        }
        panicIf(overflowMessage(op), span);
        e.get(r);
    }

    private void arith64(BinOp op, boolean signed, int[] a, int[] b, Span span) {
        int r = scoped(ValType.I64);
        e.get(a[0]).get(b[0]).op(op == BinOp.ADD ? Op.I64_ADD : op == BinOp.SUB ? Op.I64_SUB : Op.I64_MUL).set(r);
        if (op == BinOp.MUL) {
            // a != 0 && (signed ? (a == -1 ? b == MIN : r / a != b) : r / a != b)
            e.get(a[0]).i64(0).op(Op.I64_NE);
            e.ifThen(BlockType.result(ValType.I32));
            if (signed) {
                e.get(a[0]).i64(-1).op(Op.I64_EQ);
                e.ifThen(BlockType.result(ValType.I32));
                e.get(b[0]).i64(Long.MIN_VALUE).op(Op.I64_EQ);
                e.elseBranch();
                e.get(r).get(a[0]).op(Op.I64_DIV_S).get(b[0]).op(Op.I64_NE);
                e.end();
            } else {
                e.get(r).get(a[0]).op(Op.I64_DIV_U).get(b[0]).op(Op.I64_NE);
            }
            e.elseBranch();
            e.i32(0);
            e.end();
        } else if (signed) {
            if (op == BinOp.ADD) {
                e.get(a[0]).get(r).op(Op.I64_XOR).get(b[0]).get(r).op(Op.I64_XOR).op(Op.I64_AND).i64(0).op(Op.I64_LT_S);
            } else {
                e.get(a[0]).get(b[0]).op(Op.I64_XOR).get(a[0]).get(r).op(Op.I64_XOR).op(Op.I64_AND).i64(0).op(Op.I64_LT_S);
            }
        } else if (op == BinOp.ADD) {
            e.get(r).get(a[0]).op(Op.I64_LT_U);
        } else {
            e.get(a[0]).get(b[0]).op(Op.I64_LT_U);
        }
        panicIf(overflowMessage(op), span);
        e.get(r);
    }

    private void arith128(BinOp op, boolean signed, int[] a, int[] b, Span span) {
        int lo = scoped(ValType.I64);
        int hi = scoped(ValType.I64);
        if (op == BinOp.MUL) {
            int ovf = scoped(ValType.I32);
            load(a);
            load(b);
            e.i32(signed ? 1 : 0).call(Int128.MUL).set(ovf).set(hi).set(lo);
            e.get(ovf);
        } else if (op == BinOp.ADD) {
            int carry = scoped(ValType.I64);
            e.get(a[0]).get(b[0]).op(Op.I64_ADD).tee(lo).get(a[0]).op(Op.I64_LT_U).op(Op.I64_EXTEND_I32_U).set(carry);
            e.get(a[1]).get(b[1]).op(Op.I64_ADD).get(carry).op(Op.I64_ADD).set(hi);
            if (signed) {
                e.get(a[1]).get(hi).op(Op.I64_XOR).get(b[1]).get(hi).op(Op.I64_XOR).op(Op.I64_AND).i64(0).op(Op.I64_LT_S);
            } else {
                e.get(hi).get(a[1]).op(Op.I64_LT_U);
                e.get(hi).get(a[1]).op(Op.I64_EQ).get(b[1]).get(carry).op(Op.I64_OR).i64(0).op(Op.I64_NE).op(Op.I32_AND);
                e.op(Op.I32_OR);
            }
        } else {
            int borrow = scoped(ValType.I64);
            e.get(a[0]).get(b[0]).op(Op.I64_LT_U).op(Op.I64_EXTEND_I32_U).set(borrow);
            e.get(a[0]).get(b[0]).op(Op.I64_SUB).set(lo);
            e.get(a[1]).get(b[1]).op(Op.I64_SUB).get(borrow).op(Op.I64_SUB).set(hi);
            if (signed) {
                e.get(a[1]).get(b[1]).op(Op.I64_XOR).get(a[1]).get(hi).op(Op.I64_XOR).op(Op.I64_AND).i64(0).op(Op.I64_LT_S);
            } else {
                e.get(a[1]).get(b[1]).op(Op.I64_LT_U);
                e.get(a[1]).get(b[1]).op(Op.I64_EQ).get(borrow).op(Op.I32_WRAP_I64).op(Op.I32_AND);
                e.op(Op.I32_OR);
            }
        }
        panicIf(overflowMessage(op), span);
        e.get(lo).get(hi);
    }

    private void divRem(BinOp op, IntKind k, int[] a, int[] b, Span span) {
        isZero(k, b);
        panicIf(op == BinOp.DIV ? "attempt to divide by zero"
                : "attempt to calculate the remainder with a divisor of zero", span);
        if (k.signed()) {
            isMin(k, a);
            isMinusOne(k, b);
            e.op(Op.I32_AND);
            panicIf(overflowMessage(op), span);
        }
        boolean div = op == BinOp.DIV;
        switch (k.bits()) {
            case 128 -> {
                load(a);
                load(b);
                e.i32(k.signed() ? 1 : 0).i32(div ? 0 : 1).call(Int128.DIV);
            }
            case 64 -> {
                load(a);
                load(b);
                e.op(div ? (k.signed() ? Op.I64_DIV_S : Op.I64_DIV_U) : (k.signed() ? Op.I64_REM_S : Op.I64_REM_U));
            }
            default -> {
                load(a);
                load(b);
                e.op(div ? (k.signed() ? Op.I32_DIV_S : Op.I32_DIV_U) : (k.signed() ? Op.I32_REM_S : Op.I32_REM_U));
            }
        }
    }

    /** Shifts panic when the amount is at least the width (as rustc's debug builds do), else shift normally. */
    private void shift(BinOp op, IntKind k, int[] a, int[] b, IntKind rk, Span span) {
        int bits = k.bits();
        int amt = scoped(ValType.I32);
        switch (rk.bits()) {
            case 128 -> {
                e.get(b[1]).i64(0).op(Op.I64_NE).get(b[0]).i64(bits).op(Op.I64_GE_U).op(Op.I32_OR);
                panicIf(overflowMessage(op), span);
                e.get(b[0]).op(Op.I32_WRAP_I64).set(amt);
            }
            case 64 -> {
                e.get(b[0]).i64(bits).op(Op.I64_GE_U);
                panicIf(overflowMessage(op), span);
                e.get(b[0]).op(Op.I32_WRAP_I64).set(amt);
            }
            default -> {
                e.get(b[0]).i32(bits).op(Op.I32_GE_U);
                panicIf(overflowMessage(op), span);
                e.get(b[0]).set(amt);
            }
        }
        boolean left = op == BinOp.SHL;
        switch (bits) {
            case 128 -> shift128(left, k.signed(), a, amt);
            case 64 -> e.get(a[0]).get(amt).op(Op.I64_EXTEND_I32_U)
                    .op(left ? Op.I64_SHL : k.signed() ? Op.I64_SHR_S : Op.I64_SHR_U);
            default -> {
                e.get(a[0]).get(amt).op(left ? Op.I32_SHL : k.signed() ? Op.I32_SHR_S : Op.I32_SHR_U);
                normalize(k);
            }
        }
    }

    private void shift128(boolean left, boolean signed, int[] a, int amt) {
        List<ValType> pair = List.of(ValType.I64, ValType.I64);
        Op shr = signed ? Op.I64_SHR_S : Op.I64_SHR_U;
        e.get(amt).op(Op.I32_EQZ);
        e.ifThen(BlockType.results(pair));
        e.get(a[0]).get(a[1]);
        e.elseBranch();
        e.get(amt).i32(64).op(Op.I32_GE_U);
        e.ifThen(BlockType.results(pair));
        if (left) {
            e.i64(0);
            e.get(a[0]).get(amt).i32(64).op(Op.I32_SUB).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHL);
        } else {
            e.get(a[1]).get(amt).i32(64).op(Op.I32_SUB).op(Op.I64_EXTEND_I32_U).op(shr);
            if (signed) {
                e.get(a[1]).i64(63).op(Op.I64_SHR_S);
            } else {
                e.i64(0);
            }
        }
        e.elseBranch();
        if (left) {
            e.get(a[0]).get(amt).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHL);
            e.get(a[1]).get(amt).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHL);
            e.get(a[0]).i32(64).get(amt).op(Op.I32_SUB).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHR_U);
            e.op(Op.I64_OR);
        } else {
            e.get(a[0]).get(amt).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHR_U);
            e.get(a[1]).i32(64).get(amt).op(Op.I32_SUB).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHL);
            e.op(Op.I64_OR);
            e.get(a[1]).get(amt).op(Op.I64_EXTEND_I32_U).op(shr);
        }
        e.end();
        e.end();
    }

    /** Converts the value on the stack from {@code from}'s representation to {@code to}'s, with Rust's `as` semantics. */
    private void cast(Type from, Type to) {
        if (from.equals(to) || to instanceof Type.Char || to instanceof Type.Bool) {
            return;
        }
        if (from instanceof Type.Adt) {
            // a field-less enum: its discriminant, read from the tag
            e.load(Op.I32_LOAD, 0);
            from = Type.of(IntKind.ISIZE);
            if (from.equals(to)) {
                return;
            }
        }
        if (from instanceof Type.Float || to instanceof Type.Float) {
            FloatCasts.cast(this, from, to);
            return;
        }
        IntKind target = ((Type.Int) to).kind();
        int fromBits = from instanceof Type.Int fi ? fi.kind().bits() : 32;
        boolean fromSigned = from instanceof Type.Int fi2 && fi2.kind().signed();
        if (target.bits() <= 32) {
            if (fromBits == 128) {
                e.drop();
            }
            if (fromBits >= 64) {
                e.op(Op.I32_WRAP_I64);
            }
            normalize(target);
            return;
        }
        if (target.bits() == fromBits) {
            return;
        }
        if (fromBits <= 32) {
            e.op(fromSigned ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U);
        } else if (fromBits == 128) {
            e.drop();
        }
        if (target.bits() == 128) {
            if (fromSigned) {
                int lo = scoped(ValType.I64);
                e.tee(lo).get(lo).i64(63).op(Op.I64_SHR_S);
            } else {
                e.i64(0);
            }
        }
    }

    // ---- panics and formatting ----

    String location(Span span) {
        SourceFile f = phase.sources().file(span);
        return dev.wasmrust.compiler.Prelude.panicFileName(f.name()) + ":" + f.line(span.lo()) + ":" + f.column(span.lo());
    }

    private static final String BACKTRACE_NOTE =
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

    /** Consumes an i32 condition; panics with a fixed message when it is true. */
    void panicIf(String message, Span span) {
        e.ifThen(BlockType.EMPTY);
        String text = "\nthread 'main' panicked at " + location(span) + ":\n" + message + "\n" + BACKTRACE_NOTE;
        e.data(phase.stringData(text)).i32(LowerPhase.utf8Length(text)).call(RuntimeLibrary.PANIC_STATIC);
        e.unreachable();
        e.end();
    }

    /**
     * Formats {@code pieces} to {@code fd}. Arguments are evaluated first, once each, in order (as
     * {@code format_args!} does); a non-null {@code panicAt} makes this a panic: rustc's header and
     * backtrace note around the message, then exit status 101.
     */
    private void format(int fd, List<TExpr> args, List<FmtPiece> pieces, Span panicAt) {
        List<int[]> values = new ArrayList<>();
        for (TExpr a : args) {
            expr(a);
            values.add(spill(a.type()));
        }
        if (fd != -1) {
            // format! (-2) builds text in the buffer under fd -1, so a flush can tell it apart
            e.i32(fd == -2 ? -1 : fd).call(RuntimeLibrary.BEGIN);
        }
        if (panicAt != null && panicLocation != null) {
            pushText("\nthread 'main' panicked at ");
            expr(panicLocation);
            e.call(RuntimeLibrary.PUSH);
            pushText(":\n");
        } else if (panicAt != null) {
            pushText("\nthread 'main' panicked at " + location(panicAt) + ":\n");
        }
        for (FmtPiece p : pieces) {
            if (p instanceof FmtPiece.Lit l) {
                pushText(l.text());
            } else {
                FmtPiece.Arg a = (FmtPiece.Arg) p;
                // a width or precision given at run time: the (usize) argument's local
                dynWidth = a.spec().widthArg() >= 0 ? values.get(a.spec().widthArg())[0] : -1;
                dynPrecision = a.spec().precisionArg() >= 0 ? values.get(a.spec().precisionArg())[0] : -1;
                formatArg(values.get(a.index()), args.get(a.index()).type(), a.spec());
                dynWidth = -1;
                dynPrecision = -1;
            }
        }
        if (panicAt != null) {
            pushText("\n" + BACKTRACE_NOTE);
            e.call(RuntimeLibrary.FLUSH);
            e.call(RuntimeLibrary.PANIC_EXIT).unreachable();
        } else if (fd == -1) {
            // write! into a Formatter: the text stays in the buffer being formatted
        } else if (fd == -2) {
            // format!: the buffer's text becomes a new String
            e.i32(MemoryLayout.OUT_BUF).globalGet(RuntimeLibrary.LEN);
            e.call(phase.instance("core::String::from", List.of()));
            copyToTemp(phase.stringType());
        } else {
            e.call(RuntimeLibrary.FLUSH);
        }
    }

    /** The caller's location while lowering a panic inside a `#[track_caller]` function. */
    private TExpr panicLocation;

    void pushText(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (s.length() == 1 && s.charAt(0) < 0x80) {
            e.i32(s.charAt(0)).call(RuntimeLibrary.PUSH_BYTE);
            return;
        }
        e.data(phase.stringData(s)).i32(LowerPhase.utf8Length(s)).call(RuntimeLibrary.PUSH);
    }

    /** While an argument with a run-time width or precision is formatted: the locals holding them, else -1. */
    private int dynWidth = -1;
    private int dynPrecision = -1;

    private boolean hasWidth(FmtSpec spec) {
        return spec.width() > 0 || dynWidth >= 0;
    }

    private void pushWidth(FmtSpec spec) {
        if (dynWidth >= 0) {
            e.get(dynWidth);
        } else {
            e.i32(spec.width());
        }
    }

    private boolean hasPrecision(FmtSpec spec) {
        return spec.precision() >= 0 || dynPrecision >= 0;
    }

    private void pushPrecision(FmtSpec spec) {
        if (dynPrecision >= 0) {
            e.get(dynPrecision);
        } else {
            e.i32(Math.max(spec.precision(), 0));
        }
    }

    void formatArg(int[] v, Type t, FmtSpec spec) {
        String userImpl = spec.kind() == FmtSpec.Kind.DISPLAY ? phase.traitMethod("Display", "fmt", t)
                : spec.kind() == FmtSpec.Kind.DEBUG ? phase.traitMethod("Debug", "fmt", t) : null;
        if (userImpl != null) {
            // `impl fmt::Display for T`: the user's fmt appends through the Formatter (which ignores the spec, as
            // `write!` does in Rust)
            if (Layouts.isAggregate(t)) {
                load(v);
            } else {
                int off = frameSlot(t);
                load(v);
                storeAt(t, () -> frameAddr(off));
                frameAddr(off);
            }
            frameAddr(frameSlot(Type.of(IntKind.U8)));
            e.call(userImpl);
            e.drop();
            return;
        }
        int mark = -1;
        // rustc's Debug for char and str writes its characters straight through, ignoring width and fill
        boolean unpadded = spec.kind() == FmtSpec.Kind.DEBUG && (t instanceof Type.Char || Type.isStrRef(t)
                || t instanceof Type.Adt sa && sa.def().isLang("string"));
        if (hasWidth(spec) && !unpadded) {
            mark = scoped(ValType.I32);
            e.globalGet(RuntimeLibrary.LEN).set(mark);
        }
        if (t instanceof Type.Float ft) {
            // Rust's float formatting is the standard library's (std/fmt_float.rs), padding included
            e.get(v[0]);
            if (ft.kind() == dev.wasmrust.compiler.types.FloatKind.F32) {
                e.op(Op.F64_PROMOTE_F32);
            }
            e.i32(ft.kind() == dev.wasmrust.compiler.types.FloatKind.F32 ? 1 : 0);
            if (dynWidth >= 0) {
                e.get(dynWidth).i32(1);
            } else {
                e.i32(Math.max(spec.width(), 0)).i32(spec.width() >= 0 ? 1 : 0);
            }
            pushPrecision(spec);
            e.i32(hasPrecision(spec) ? 1 : 0);
            e.i32(spec.fill());
            e.i32(switch (spec.align()) {
                case LEFT -> 1;
                case RIGHT -> 2;
                case CENTER -> 3;
                default -> 0;
            });
            e.i32(spec.plus() ? 1 : 0).i32(spec.zeroPad() ? 1 : 0);
            e.i32(switch (spec.kind()) {
                case DEBUG -> 1;
                case LOWER_EXP -> 2;
                case UPPER_EXP -> 3;
                default -> 0;
            });
            e.call(phase.instance("core::__fmt_float", List.of()));
            return;
        }
        boolean numeric = t instanceof Type.Int;
        if (t instanceof Type.Int ti) {
            formatInt(v, ti.kind(), spec);
        } else if (t instanceof Type.Bool) {
            e.get(v[0]);
            e.ifThen(BlockType.EMPTY);
            pushText("true");
            e.elseBranch();
            pushText("false");
            e.end();
        } else if (t instanceof Type.Char) {
            if (spec.kind() == FmtSpec.Kind.DEBUG) {
                e.i32('\'').call(RuntimeLibrary.PUSH_BYTE);
                // the standard library escapes it (with its table of what rustc writes as a hex escape)
                e.get(v[0]).i32('\'').call(phase.instance("core::__push_char_debug", List.of()));
                e.i32('\'').call(RuntimeLibrary.PUSH_BYTE);
            } else {
                e.get(v[0]).call(RuntimeLibrary.PUSH_CHAR);
            }
        } else if (t instanceof Type.Adt sa && sa.def().isLang("string")) {
            // a String's bytes: its Vec<u8>'s pointer and length
            e.get(v[0]).load(Op.I32_LOAD, 0).get(v[0]).load(Op.I32_LOAD, 8);
            if (hasPrecision(spec) && spec.kind() == FmtSpec.Kind.DISPLAY) {
                truncateToChars(spec);
            }
            e.call(spec.kind() == FmtSpec.Kind.DEBUG ? phase.instance("core::__push_str_debug", List.of()) : RuntimeLibrary.PUSH);
        } else if (t instanceof Type.Adt ba && ba.def().isLang("owned_box")) {
            Type inner = ba.args().get(0);
            e.get(v[0]).load(Op.I32_LOAD, 0);
            loadValue(inner);
            int[] iv = spill(inner);
            formatArg(iv, inner, spec);
            release(iv);
            return;
        } else if (t instanceof Type.Adt va && va.def().isLang("vec")) {
            e.get(v[0]).load(Op.I32_LOAD, 0).get(v[0]).load(Op.I32_LOAD, 8);
            e.call(phase.glue().debugSlice(new Type.Slice(va.args().get(0)), spec));
            return;
        } else if (Type.isStrRef(t)) {
            e.get(v[0]).get(v[1]);
            if (hasPrecision(spec) && spec.kind() == FmtSpec.Kind.DISPLAY) {
                truncateToChars(spec);
            }
            e.call(spec.kind() == FmtSpec.Kind.DEBUG ? phase.instance("core::__push_str_debug", List.of()) : RuntimeLibrary.PUSH);
        } else if (t instanceof Type.Unit) {
            pushText("()");
        } else if (t instanceof Type.Ref r && !Layouts.isFatRef(t)) {
            load(v);
            loadValue(r.inner());
            int[] inner = spill(r.inner());
            formatArg(inner, r.inner(), spec);
            release(inner);
            return;
        } else if (Layouts.isAggregate(t) || t instanceof Type.Ref) {
            load(v);
            if (t instanceof Type.Ref r) {
                e.call(phase.glue().debugSlice(r.inner(), spec));
            } else {
                e.call(phase.glue().debug(t, spec));
            }
            return;
        }
        if (mark >= 0) {
            if (numeric && spec.zeroPad()) {
                int prefix = spec.alternate() && spec.kind() != FmtSpec.Kind.DISPLAY && spec.kind() != FmtSpec.Kind.DEBUG ? 2 : 0;
                e.get(mark);
                pushWidth(spec);
                e.i32(prefix).call(RuntimeLibrary.PAD_ZERO);
            } else {
                FmtSpec.Align align = spec.align() != FmtSpec.Align.NONE ? spec.align()
                        : numeric ? FmtSpec.Align.RIGHT : FmtSpec.Align.LEFT;
                int code = align == FmtSpec.Align.LEFT ? 1 : align == FmtSpec.Align.RIGHT ? 2 : 3;
                e.get(mark);
                pushWidth(spec);
                e.i32(spec.fill()).i32(code).call(RuntimeLibrary.PAD);
            }
        }
    }

    /** (ptr, len) on the stack becomes (ptr, byte length of the first {@code n} characters). */
    private void truncateToChars(FmtSpec spec) {
        int len = temp(ValType.I32);
        int ptr = temp(ValType.I32);
        e.set(len).tee(ptr);
        e.get(ptr).get(len);
        pushPrecision(spec);
        e.call(RuntimeLibrary.UTF8_PREFIX);
        release(len, ptr);
    }

    /** Pushes (lo, hi) of the value widened to 128 bits: sign-extended for signed kinds unless {@code raw}. */
    private void widen(int[] v, IntKind k, boolean raw) {
        boolean signExtend = k.signed() && !raw;
        switch (k.bits()) {
            case 128 -> e.get(v[0]).get(v[1]);
            case 64 -> {
                e.get(v[0]);
                if (signExtend) {
                    e.get(v[0]).i64(63).op(Op.I64_SHR_S);
                } else {
                    e.i64(0);
                }
            }
            default -> {
                e.get(v[0]);
                if (raw && k.bits() < 32) {
                    e.i32((int) ((1L << k.bits()) - 1)).op(Op.I32_AND);
                }
                e.op(signExtend ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U);
                if (signExtend) {
                    e.get(v[0]).op(Op.I64_EXTEND_I32_S).i64(63).op(Op.I64_SHR_S);
                } else {
                    e.i64(0);
                }
            }
        }
    }

    void formatInt(int[] v, IntKind k, FmtSpec spec) {
        switch (spec.kind()) {
            case DISPLAY, DEBUG -> {
                if (spec.plus()) {
                    // `+` for non-negative values
                    if (k.signed()) {
                        int hi = scoped(ValType.I64);
                        widen(v, k, false);
                        e.set(hi).drop();
                        e.get(hi).i64(0).op(Op.I64_GE_S);
                    } else {
                        e.i32(1);
                    }
                    e.ifThen(BlockType.EMPTY);
                    e.i32('+').call(RuntimeLibrary.PUSH_BYTE);
                    e.end();
                }
                widen(v, k, false);
                if (k.signed()) {
                    e.call(RuntimeLibrary.PUSH_I128);
                } else {
                    e.i32(10).i32(0).call(RuntimeLibrary.PUSH_U128);
                }
            }
            default -> {
                int radix = switch (spec.kind()) {
                    case LOWER_HEX, UPPER_HEX -> 16;
                    case OCTAL -> 8;
                    default -> 2;
                };
                if (spec.alternate()) {
                    pushText(radix == 16 ? "0x" : radix == 8 ? "0o" : "0b");
                }
                widen(v, k, true);
                e.i32(radix).i32(spec.kind() == FmtSpec.Kind.UPPER_HEX ? 1 : 0).call(RuntimeLibrary.PUSH_U128);
            }
        }
    }
}
