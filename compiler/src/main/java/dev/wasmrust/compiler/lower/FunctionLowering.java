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
 * operand stack ({@link LowerPhase#wasmTypes}); integers narrower than 32 bits are kept canonical
 * (sign- or zero-extended), so comparisons and printing need no fix-ups; arithmetic is checked like a
 * debug build of rustc and panics with rustc's message at the expression's location.
 */
final class FunctionLowering {
    private final LowerPhase phase;
    private final TFunction fn;
    private final Emitter e;
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
            List<ValType> ts = LowerPhase.wasmTypes(p.type());
            int[] slots = new int[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                params.add(new WirLocal(p.name() + (i == 0 ? "" : ".hi"), ts.get(i)));
                slots[i] = idx++;
            }
            locals.put(p.id(), slots);
        }
        this.e = new Emitter(fn.symbol(), params, LowerPhase.wasmTypes(fn.ret()));
    }

    WirFunction lower() {
        expr(fn.body());
        return e.finish(null);
    }

    // ---- locals ----

    private int[] slots(TLocal l) {
        return locals.computeIfAbsent(l.id(), id -> {
            List<ValType> ts = LowerPhase.wasmTypes(l.type());
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

    private int temp(ValType t) {
        java.util.ArrayDeque<Integer> free = freeTemps.get(t);
        if (free != null && !free.isEmpty()) {
            return free.pop();
        }
        int l = e.newLocal("tmp", t);
        tempTypes.put(l, t);
        return l;
    }

    /** Returns temporaries to the pool once the code that reads them has been emitted. */
    private void release(int... temps) {
        for (int l : temps) {
            ValType t = tempTypes.get(l);
            if (t != null) {
                freeTemps.computeIfAbsent(t, k -> new java.util.ArrayDeque<>()).push(l);
            }
        }
    }

    /** Pops a value of type {@code t} into temporaries (release them after use). */
    private int[] spill(Type t) {
        List<ValType> ts = LowerPhase.wasmTypes(t);
        int[] s = new int[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            s[i] = temp(ts.get(i));
        }
        for (int i = s.length - 1; i >= 0; i--) {
            e.set(s[i]);
        }
        return s;
    }

    private void store(int[] s) {
        for (int i = s.length - 1; i >= 0; i--) {
            e.set(s[i]);
        }
    }

    private void load(int[] s) {
        for (int x : s) {
            e.get(x);
        }
    }

    private void dropValue(Type t) {
        for (int i = 0; i < LowerPhase.wasmTypes(t).size(); i++) {
            e.drop();
        }
    }

    private static BlockType blockType(Type t) {
        return t instanceof Type.Never ? BlockType.EMPTY : BlockType.results(LowerPhase.wasmTypes(t));
    }

    // ---- expressions ----

    private void expr(TExpr x) {
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
            load(slots(r.local()));
        } else if (x instanceof TExpr.Unary u) {
            unary(u);
        } else if (x instanceof TExpr.Binary b) {
            binary(b);
        } else if (x instanceof TExpr.Cast c) {
            expr(c.expr());
            cast(c.expr().type(), c.type());
        } else if (x instanceof TExpr.Assign a) {
            expr(a.value());
            store(slots(a.local()));
        } else if (x instanceof TExpr.CompoundAssign a) {
            compoundAssign(a);
        } else if (x instanceof TExpr.Call c) {
            for (TExpr arg : c.args()) {
                expr(arg);
            }
            e.call(c.function());
            if (c.type() instanceof Type.Never) {
                e.unreachable();
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
            expr(l.body());
            e.end();
            if (l.type() instanceof Type.Never) {
                e.unreachable();
            }
        } else if (x instanceof TExpr.Break b) {
            if (b.value() != null) {
                expr(b.value());
            }
            e.br(targets.get(b.label())[0]);
        } else if (x instanceof TExpr.Continue c) {
            e.br(targets.get(c.label())[1]);
        } else if (x instanceof TExpr.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
            e.ret();
        } else if (x instanceof TExpr.Format f) {
            format(f.fd(), f.args(), f.pieces(), null);
        } else if (x instanceof TExpr.Panic p) {
            format(2, p.args(), p.pieces(), p.span());
        } else if (x instanceof TExpr.Exit ex) {
            expr(ex.code());
            e.call(RuntimeLibrary.EXIT).unreachable();
        } else {
            throw new IllegalStateException("unhandled typed expression " + x);
        }
    }

    private void intConst(BigInteger v, Type t) {
        IntKind k = ((Type.Int) t).kind();
        switch (k.bits()) {
            case 128 -> e.i64(v.longValue()).i64(v.shiftRight(64).longValue());
            case 64 -> e.i64(v.longValue());
            default -> e.i32(v.intValue());
        }
    }

    private void block(TExpr.Block b) {
        for (TStmt s : b.stmts()) {
            if (s instanceof TStmt.Let let) {
                int[] sl = slots(let.local());
                if (let.init() != null) {
                    expr(let.init());
                    if (let.init().type() instanceof Type.Never) {
                        continue;
                    }
                    if (let.local().name().equals("_")) {
                        dropValue(let.init().type());
                    } else {
                        store(sl);
                    }
                }
            } else {
                TExpr ex = ((TStmt.ExprStmt) s).expr();
                expr(ex);
                dropValue(ex.type());
            }
        }
        if (b.tail() != null) {
            expr(b.tail());
        }
    }

    private void ifExpr(TExpr.If i) {
        expr(i.cond());
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
        expr(w.cond());
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
        int[] var = slots(f.var());
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
        store(var);
        int cont = e.block(BlockType.EMPTY);
        targets.put(f.label(), new int[] {brk, cont});
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
        if (op.isComparison()) {
            IntKind k = lt instanceof Type.Int i ? i.kind() : IntKind.U32;
            compare(op, k, a, r);
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
        int[] target = slots(c.local());
        Type t = c.local().type();
        expr(c.value());
        int[] r = spill(c.value().type());
        int mark = scopedTemps.size();
        if (t instanceof Type.Bool) {
            load(target);
            load(r);
            e.op(c.op() == BinOp.BIT_AND ? Op.I32_AND : c.op() == BinOp.BIT_OR ? Op.I32_OR : Op.I32_XOR);
        } else {
            arith(c.op(), ((Type.Int) t).kind(), target, r, c.value().type(), c.span());
        }
        store(target);
        releaseScoped(mark);
        release(r);
    }

    /** Leaves an i32 boolean: {@code a op b} for values of kind {@code k} (bool and char compare as u32). */
    private void compare(BinOp op, IntKind k, int[] a, int[] b) {
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

    private String location(Span span) {
        SourceFile f = phase.sources().file(span);
        return f.name() + ":" + f.line(span.lo()) + ":" + f.column(span.lo());
    }

    private static final String BACKTRACE_NOTE =
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

    /** Consumes an i32 condition; panics with a fixed message when it is true. */
    private void panicIf(String message, Span span) {
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
        e.i32(fd).call(RuntimeLibrary.BEGIN);
        if (panicAt != null) {
            pushText("\nthread 'main' panicked at " + location(panicAt) + ":\n");
        }
        for (FmtPiece p : pieces) {
            if (p instanceof FmtPiece.Lit l) {
                pushText(l.text());
            } else {
                FmtPiece.Arg a = (FmtPiece.Arg) p;
                formatArg(values.get(a.index()), args.get(a.index()).type(), a.spec());
            }
        }
        if (panicAt != null) {
            pushText("\n" + BACKTRACE_NOTE);
            e.call(RuntimeLibrary.FLUSH);
            e.i32(101).call(RuntimeLibrary.EXIT).unreachable();
        } else {
            e.call(RuntimeLibrary.FLUSH);
        }
    }

    private void pushText(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (s.length() == 1 && s.charAt(0) < 0x80) {
            e.i32(s.charAt(0)).call(RuntimeLibrary.PUSH_BYTE);
            return;
        }
        e.data(phase.stringData(s)).i32(LowerPhase.utf8Length(s)).call(RuntimeLibrary.PUSH);
    }

    private void formatArg(int[] v, Type t, FmtSpec spec) {
        int mark = -1;
        if (spec.width() > 0) {
            mark = scoped(ValType.I32);
            e.globalGet(RuntimeLibrary.LEN).set(mark);
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
                e.get(v[0]).i32('\'').call(RuntimeLibrary.PUSH_CHAR_DEBUG);
                e.i32('\'').call(RuntimeLibrary.PUSH_BYTE);
            } else {
                e.get(v[0]).call(RuntimeLibrary.PUSH_CHAR);
            }
        } else if (t instanceof Type.Str) {
            e.get(v[0]).get(v[1]).call(spec.kind() == FmtSpec.Kind.DEBUG ? RuntimeLibrary.PUSH_STR_DEBUG : RuntimeLibrary.PUSH);
        } else if (t instanceof Type.Unit) {
            pushText("()");
        }
        if (mark >= 0) {
            if (numeric && spec.zeroPad()) {
                int prefix = spec.alternate() && spec.kind() != FmtSpec.Kind.DISPLAY && spec.kind() != FmtSpec.Kind.DEBUG ? 2 : 0;
                e.get(mark).i32(spec.width()).i32(prefix).call(RuntimeLibrary.PAD_ZERO);
            } else {
                FmtSpec.Align align = spec.align() != FmtSpec.Align.NONE ? spec.align()
                        : numeric ? FmtSpec.Align.RIGHT : FmtSpec.Align.LEFT;
                int code = align == FmtSpec.Align.LEFT ? 1 : align == FmtSpec.Align.RIGHT ? 2 : 3;
                e.get(mark).i32(spec.width()).i32(spec.fill()).i32(code).call(RuntimeLibrary.PAD);
            }
        }
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

    private void formatInt(int[] v, IntKind k, FmtSpec spec) {
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
