package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import java.util.List;

/**
 * Lowers {@code match} (and the {@code if let}, {@code while let} and destructuring {@code let} built on it)
 * as a chain of tests: each arm's pattern is tested against the scrutinee — short-circuiting, so nothing
 * behind a failed tag test is read — then its bindings are made, its guard checked, and its body run.
 */
final class PatternLowering {
    private final FunctionLowering fl;
    private final Emitter e;

    PatternLowering(FunctionLowering fl) {
        this.fl = fl;
        this.e = fl.e;
    }

    /** Where a value being matched is: in wasm locals, or in memory at an address local plus an offset. */
    private sealed interface Val {
        Type type();
    }

    private record InLocals(int[] slots, Type type) implements Val {}

    /** {@code len} is the local holding a slice's length, or -1. */
    private record InMemory(int addr, int offset, Type type, int len) implements Val {}

    void match(TExpr.Match m) {
        Val v = scrutinee(m.scrutinee());
        boolean place = FunctionLowering.isPlaceInMemory(fl, m.scrutinee());
        boolean temp = !place && fl.drops().needsDrop(m.scrutinee().type());
        BlockType bt = m.type() instanceof Type.Never ? BlockType.EMPTY : BlockType.results(Layouts.wasmTypes(m.type()));
        int end = e.block(bt);
        for (TArm arm : m.arms()) {
            int next = e.block(BlockType.EMPTY);
            test(arm.pat(), v);
            e.op(Op.I32_EQZ).brIf(next);
            bind(arm.pat(), v);
            if (arm.guard() != null) {
                fl.expr(arm.guard());
                e.op(Op.I32_EQZ).brIf(next);
            }
            fl.drops().enterScope();
            fl.drops().declare(arm.pat());
            if (place) {
                fl.drops().patternMoved(m.scrutinee(), arm.pat());
            }
            fl.expr(arm.body());
            fl.drops().exitScope();
            if (temp) {
                // the scrutinee was a temporary: what the arm's pattern did not move out of it is dropped
                leftovers(arm.pat(), v);
            }
            if (arm.body().type() instanceof Type.Never) {
                e.unreachable();
            } else {
                e.br(end);
            }
            e.end();
        }
        // no arm matched: only possible for shapes the exhaustiveness check accepts without proof
        e.unreachable();
        e.end();
        if (m.type() instanceof Type.Never) {
            e.unreachable();
        }
    }

    /** A destructuring `let` (with `else`, a refutable one). */
    void let(TStmt.Let let) {
        fl.expr(let.init());
        if (let.init().type() instanceof Type.Never) {
            fl.dropValue(let.init().type());
            return;
        }
        Val v = materialize(let.init().type());
        if (let.elseBlock() != null) {
            test(let.pat(), v);
            e.op(Op.I32_EQZ);
            e.ifThen(BlockType.EMPTY);
            fl.expr(let.elseBlock());
            fl.dropValue(let.elseBlock().type());
            e.unreachable();
            e.end();
        }
        bind(let.pat(), v);
        fl.drops().declare(let.pat());
        if (FunctionLowering.isPlaceInMemory(fl, let.init())) {
            fl.drops().patternMoved(let.init(), let.pat());
        } else if (fl.drops().needsDrop(let.init().type())) {
            leftovers(let.pat(), v);
        }
    }

    /** Drops what a pattern that moved parts out of the value at the address in local {@code a} left behind. */
    void dropLeftovers(TPat p, int a, Type t) {
        leftovers(p, new InMemory(a, 0, t, -1));
    }

    private void leftovers(TPat p, Val v) {
        Type t = v.type();
        if (!fl.drops().needsDrop(t) || !(v instanceof InMemory m)) {
            return;
        }
        if (!fl.drops().movesOut(p)) {
            address(m);
            fl.drops().dropNow(t);
        } else if (p instanceof TPat.Tuple tp) {
            List<Type> elems = ((Type.Tuple) t).elems();
            for (int i = 0; i < tp.elems().size(); i++) {
                leftovers(tp.elems().get(i), field(v, 0, i, elems.get(i)));
            }
        } else if (p instanceof TPat.Variant vp) {
            List<Type> fts = FunctionLowering.fieldTypes(vp.adt(), vp.variant());
            for (int i = 0; i < vp.fields().size(); i++) {
                leftovers(vp.fields().get(i), field(v, vp.variant(), i, fts.get(i)));
            }
        }
        // a by-value binding moved its part; or-patterns and slice patterns that move leave nothing behind here
    }

    private Val scrutinee(TExpr s) {
        Type t = s.type();
        if (FunctionLowering.isPlaceInMemory(fl, s)) {
            fl.addr(s);
            int a = fl.temp(ValType.I32);
            e.set(a);
            return new InMemory(a, 0, t, -1);
        }
        fl.expr(s);
        return materialize(t);
    }

    /** The value on the stack, held in temporaries (aggregates are addresses, so they stay in memory). */
    private Val materialize(Type t) {
        if (Layouts.isAggregate(t)) {
            int a = fl.temp(ValType.I32);
            e.set(a);
            return new InMemory(a, 0, t, -1);
        }
        return new InLocals(fl.spill(t), t);
    }

    /** Pushes the value (an aggregate's address). */
    private void push(Val v) {
        if (v instanceof InLocals l) {
            fl.load(l.slots());
        } else {
            InMemory m = (InMemory) v;
            address(m);
            fl.loadValue(m.type());
        }
    }

    private void address(InMemory m) {
        e.get(m.addr());
        if (m.offset() != 0) {
            e.i32(m.offset()).op(Op.I32_ADD);
        }
    }

    private Val field(Val v, int variant, int index, Type ft) {
        InMemory m = (InMemory) v;
        return new InMemory(m.addr(), m.offset() + fl.layouts.fieldOffset(m.type(), variant, index), ft, -1);
    }

    /** The value a reference points to (a slice keeps its length). */
    private Val deref(Val v, Type inner) {
        int a = fl.temp(ValType.I32);
        if (inner instanceof Type.Slice || inner instanceof Type.Str) {
            int len = fl.temp(ValType.I32);
            push(v);
            e.set(len).set(a);
            return new InMemory(a, 0, inner, len);
        }
        push(v);
        e.set(a);
        return new InMemory(a, 0, inner, -1);
    }

    // ---- tests: leave an i32 ----

    private void test(TPat p, Val v) {
        if (p instanceof TPat.Wild) {
            e.i32(1);
        } else if (p instanceof TPat.Binding b) {
            if (b.sub() == null) {
                e.i32(1);
            } else {
                test(b.sub(), v);
            }
        } else if (p instanceof TPat.Deref d) {
            Type inner = ((Type.Ref) v.type()).inner();
            if (alwaysMatches(d.inner())) {
                e.i32(1);
                return;
            }
            test(d.inner(), deref(v, inner));
        } else if (p instanceof TPat.Tuple t) {
            Type tt = v.type();
            List<Type> elems = tt instanceof Type.Tuple tu ? tu.elems() : List.of();
            all(t.elems().size(), i -> test(t.elems().get(i), field(v, 0, i, elems.get(i))));
        } else if (p instanceof TPat.Variant vp) {
            List<Type> fts = FunctionLowering.fieldTypes(vp.adt(), vp.variant());
            if (vp.adt().def().isEnum()) {
                InMemory m = (InMemory) v;
                address(m);
                e.load(Op.I32_LOAD, 0).i32(vp.adt().def().variants().get(vp.variant()).discriminant().intValue()).op(Op.I32_EQ);
                if (vp.fields().stream().allMatch(PatternLowering::alwaysMatches)) {
                    return;
                }
                e.ifThen(BlockType.result(ValType.I32));
                all(vp.fields().size(), i -> test(vp.fields().get(i), field(v, vp.variant(), i, fts.get(i))));
                e.elseBranch();
                e.i32(0);
                e.end();
            } else {
                all(vp.fields().size(), i -> test(vp.fields().get(i), field(v, 0, i, fts.get(i))));
            }
        } else if (p instanceof TPat.Or o) {
            // a || b || ...
            test(o.alts().get(0), v);
            for (int i = 1; i < o.alts().size(); i++) {
                e.ifThen(BlockType.result(ValType.I32));
                e.i32(1);
                e.elseBranch();
                test(o.alts().get(i), v);
                e.end();
            }
        } else if (p instanceof TPat.Lit l) {
            literal(l.value(), v);
        } else if (p instanceof TPat.Range r) {
            range(r, v);
        } else if (p instanceof TPat.Slice s) {
            slice(s, v);
        } else {
            throw new IllegalStateException("pattern " + p);
        }
    }

    private static boolean alwaysMatches(TPat p) {
        return p instanceof TPat.Wild || p instanceof TPat.Binding b && (b.sub() == null || alwaysMatches(b.sub()));
    }

    /** Short-circuit conjunction of {@code n} tests. */
    private void all(int n, java.util.function.IntConsumer test) {
        if (n == 0) {
            e.i32(1);
            return;
        }
        test.accept(0);
        for (int i = 1; i < n; i++) {
            e.ifThen(BlockType.result(ValType.I32));
            test.accept(i);
            e.elseBranch();
            e.i32(0);
            e.end();
        }
    }

    private void literal(TExpr value, Val v) {
        Type t = v.type();
        push(v);
        int[] x = fl.spill(t);
        fl.expr(value);
        int[] y = fl.spill(t);
        Comparisons.dispatch(fl, BinOp.EQ, t, x, y);
        fl.release(x);
        fl.release(y);
    }

    private void range(TPat.Range r, Val v) {
        Type t = v.type();
        push(v);
        int[] x = fl.spill(t);
        boolean any = false;
        if (r.lo() != null) {
            fl.expr(r.lo());
            int[] lo = fl.spill(t);
            Comparisons.dispatch(fl, BinOp.GE, t, x, lo);
            fl.release(lo);
            any = true;
        }
        if (r.hi() != null) {
            fl.expr(r.hi());
            int[] hi = fl.spill(t);
            Comparisons.dispatch(fl, r.inclusive() ? BinOp.LE : BinOp.LT, t, x, hi);
            fl.release(hi);
            if (any) {
                e.op(Op.I32_AND);
            }
            any = true;
        }
        if (!any) {
            e.i32(1);
        }
        fl.release(x);
    }

    private void slice(TPat.Slice s, Val v) {
        InMemory m = (InMemory) v;
        Type elem = m.type() instanceof Type.Array a ? a.elem() : ((Type.Slice) m.type()).elem();
        int n = s.prefix().size() + s.suffix().size();
        if (m.len() >= 0) {
            e.get(m.len()).i32(n).op(s.hasRest() ? Op.I32_GE_U : Op.I32_EQ);
            e.ifThen(BlockType.result(ValType.I32));
        }
        int size = fl.layouts.size(elem);
        int total = s.prefix().size() + s.suffix().size();
        all(total, i -> test(i < s.prefix().size() ? s.prefix().get(i) : s.suffix().get(i - s.prefix().size()),
                element(m, elem, size, i, s.prefix().size(), s.suffix().size())));
        if (m.len() >= 0) {
            e.elseBranch();
            e.i32(0);
            e.end();
        }
    }

    /** Element {@code i} of the prefix, or of the suffix counted from the end. */
    private Val element(InMemory m, Type elem, int size, int i, int prefix, int suffix) {
        if (i < prefix) {
            return new InMemory(m.addr(), m.offset() + i * size, elem, -1);
        }
        int fromEnd = prefix + suffix - i;
        int a = fl.temp(ValType.I32);
        address(m);
        if (m.len() >= 0) {
            e.get(m.len());
        } else {
            e.i32((int) ((Type.Array) m.type()).len());
        }
        e.i32(fromEnd).op(Op.I32_SUB).i32(size).op(Op.I32_MUL).op(Op.I32_ADD).set(a);
        return new InMemory(a, 0, elem, -1);
    }

    // ---- bindings ----

    private void bind(TPat p, Val v) {
        if (p instanceof TPat.Binding b) {
            if (b.sub() != null) {
                bind(b.sub(), v);
            }
            if (b.mode() == TPat.BindMode.MOVE) {
                push(v);
            } else {
                reference(v);
            }
            fl.writeLocal(b.local());
        } else if (p instanceof TPat.Deref d) {
            if (hasBindings(d.inner())) {
                bind(d.inner(), deref(v, ((Type.Ref) v.type()).inner()));
            }
        } else if (p instanceof TPat.Tuple t) {
            List<Type> elems = ((Type.Tuple) v.type()).elems();
            for (int i = 0; i < t.elems().size(); i++) {
                if (hasBindings(t.elems().get(i))) {
                    bind(t.elems().get(i), field(v, 0, i, elems.get(i)));
                }
            }
        } else if (p instanceof TPat.Variant vp) {
            List<Type> fts = FunctionLowering.fieldTypes(vp.adt(), vp.variant());
            for (int i = 0; i < vp.fields().size(); i++) {
                if (hasBindings(vp.fields().get(i))) {
                    bind(vp.fields().get(i), field(v, vp.variant(), i, fts.get(i)));
                }
            }
        } else if (p instanceof TPat.Or o) {
            if (!hasBindings(o)) {
                return;
            }
            // bind from the first alternative that matches
            int done = e.block(BlockType.EMPTY);
            for (TPat alt : o.alts()) {
                test(alt, v);
                e.ifThen(BlockType.EMPTY);
                bind(alt, v);
                e.br(done);
                e.end();
            }
            e.end();
        } else if (p instanceof TPat.Slice s) {
            InMemory m = (InMemory) v;
            Type elem = m.type() instanceof Type.Array a ? a.elem() : ((Type.Slice) m.type()).elem();
            int size = fl.layouts.size(elem);
            int total = s.prefix().size() + s.suffix().size();
            for (int i = 0; i < total; i++) {
                TPat sub = i < s.prefix().size() ? s.prefix().get(i) : s.suffix().get(i - s.prefix().size());
                if (hasBindings(sub)) {
                    bind(sub, element(m, elem, size, i, s.prefix().size(), s.suffix().size()));
                }
            }
            if (s.rest() != null) {
                bindRest(s, m, elem, size);
            }
        }
    }

    /** {@code rest @ ..}: a sub-array (by value or reference) or a sub-slice reference. */
    private void bindRest(TPat.Slice s, InMemory m, Type elem, int size) {
        TPat.Binding rb = (TPat.Binding) s.rest();
        int skip = s.prefix().size();
        int keep = s.prefix().size() + s.suffix().size();
        Type restType = rb.type();
        if (restType instanceof Type.Slice) {
            address(m);
            e.i32(skip * size).op(Op.I32_ADD);
            e.get(m.len()).i32(keep).op(Op.I32_SUB);
            fl.writeLocal(rb.local());
            return;
        }
        InMemory sub = new InMemory(m.addr(), m.offset() + skip * size, restType, -1);
        if (rb.mode() == TPat.BindMode.MOVE) {
            push(sub);
        } else {
            address(sub);
        }
        fl.writeLocal(rb.local());
    }

    /** Pushes a reference to the value: its address, materialised in the frame if it is in locals. */
    private void reference(Val v) {
        if (v instanceof InMemory m) {
            address(m);
            if (m.len() >= 0) {
                e.get(m.len());
            }
            return;
        }
        InLocals l = (InLocals) v;
        int off = fl.frameSlot(l.type());
        fl.load(l.slots());
        fl.storeAt(l.type(), () -> fl.frameAddr(off));
        fl.frameAddr(off);
    }

    private static boolean hasBindings(TPat p) {
        if (p instanceof TPat.Binding) {
            return true;
        }
        if (p instanceof TPat.Tuple t) {
            return t.elems().stream().anyMatch(PatternLowering::hasBindings);
        }
        if (p instanceof TPat.Variant v) {
            return v.fields().stream().anyMatch(PatternLowering::hasBindings);
        }
        if (p instanceof TPat.Deref d) {
            return hasBindings(d.inner());
        }
        if (p instanceof TPat.Or o) {
            return o.alts().stream().anyMatch(PatternLowering::hasBindings);
        }
        if (p instanceof TPat.Slice s) {
            return s.rest() != null || s.prefix().stream().anyMatch(PatternLowering::hasBindings)
                    || s.suffix().stream().anyMatch(PatternLowering::hasBindings);
        }
        return false;
    }

}
