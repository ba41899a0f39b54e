package dev.wasmrust.compiler.backend;

import dev.wasmrust.compiler.wasm.ByteSink;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.FuncType;
import dev.wasmrust.compiler.wasmir.Inst;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import dev.wasmrust.compiler.wasmir.WirData;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirGlobal;
import dev.wasmrust.compiler.wasmir.WirImport;
import dev.wasmrust.compiler.wasmir.WirLocal;
import dev.wasmrust.compiler.wasmir.WirMemory;
import dev.wasmrust.compiler.wasmir.WirModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dev backend's entry point: resolves WasmIR's symbols to indices and addresses and encodes the
 * module in one pass over each function. Output depends only on the input (deterministic).
 */
public final class DevBackend {
    private final WirModule m;
    private final BackendOptions opts;
    private final List<FuncType> types;
    private final Map<FuncType, Integer> typeIndex = new HashMap<>();
    private final Map<String, Integer> funcIndex = new LinkedHashMap<>();
    private final Map<String, Integer> globalIndex = new HashMap<>();
    private final Map<String, Integer> dataAddr = new LinkedHashMap<>();
    private final Map<String, Integer> tableSlot = new LinkedHashMap<>();

    private DevBackend(WirModule m, BackendOptions opts) {
        this.m = m;
        this.opts = opts;
        this.types = new ArrayList<>(opts.typePrefix());
        for (int i = 0; i < types.size(); i++) {
            typeIndex.putIfAbsent(types.get(i), i);
        }
    }

    public static BackendOutput compile(WirModule m, BackendOptions opts) {
        return new DevBackend(m, opts).run();
    }

    private int typeOf(FuncType t) {
        return typeIndex.computeIfAbsent(t, k -> {
            types.add(k);
            return types.size() - 1;
        });
    }

    private BackendOutput run() {
        int fi = 0;
        for (WirImport imp : m.imports()) {
            funcIndex.put(imp.name(), fi++);
            typeOf(imp.type());
        }
        for (WirFunction f : m.functions()) {
            if (funcIndex.putIfAbsent(f.name(), fi++) != null) {
                throw new IllegalArgumentException("duplicate function symbol " + f.name());
            }
            typeOf(f.type());
        }
        int gi = 0;
        for (WirGlobal g : m.globals()) {
            if (g.isImported()) {
                globalIndex.put(g.name(), gi++);
            }
        }
        for (WirGlobal g : m.globals()) {
            if (!g.isImported()) {
                globalIndex.put(g.name(), gi++);
            }
        }
        int addr = opts.dataBase();
        for (WirData d : m.data()) {
            if (d.fixedAddress() >= 0) {
                dataAddr.put(d.name(), d.fixedAddress());
                continue;
            }
            int align = Math.max(1, d.align());
            addr = (addr + align - 1) / align * align;
            dataAddr.put(d.name(), addr);
            addr += d.bytes().length;
        }
        // bodies first: they may add block types and table slots
        List<ByteSink> bodies = new ArrayList<>();
        for (WirFunction f : m.functions()) {
            bodies.add(body(f));
        }
        ByteSink out = new ByteSink();
        out.u8(0).u8('a').u8('s').u8('m').u8(1).u8(0).u8(0).u8(0);
        section(out, 1, typeSection());
        if (!m.imports().isEmpty() || m.memory() != null && m.memory().isImported() || hasImportedGlobals()
                || opts.importsTable()) {
            section(out, 2, importSection());
        }
        ByteSink fs = new ByteSink().u32(m.functions().size());
        for (WirFunction f : m.functions()) {
            fs.u32(typeOf(f.type()));
        }
        section(out, 3, fs);
        if (!tableSlot.isEmpty() && !opts.importsTable()) {
            section(out, 4, new ByteSink().u32(1).u8(0x70).u8(0).u32(tableSlot.size()));
        }
        if (m.memory() != null && !m.memory().isImported()) {
            ByteSink ms = new ByteSink().u32(1);
            limits(ms, m.memory().minPages(), m.memory().maxPages());
            section(out, 5, ms);
        }
        List<WirGlobal> defined = m.globals().stream().filter(g -> !g.isImported()).toList();
        if (!defined.isEmpty()) {
            ByteSink gs = new ByteSink().u32(defined.size());
            for (WirGlobal g : defined) {
                gs.u8(g.type().code()).u8(g.mutable() ? 1 : 0);
                constExpr(gs, g.type(), g.init());
            }
            section(out, 6, gs);
        }
        section(out, 7, exportSection());
        if (!tableSlot.isEmpty()) {
            ByteSink es = new ByteSink().u32(1).u8(0).u8(0x41).s32(opts.tableBase()).u8(0x0B).u32(tableSlot.size());
            for (String f : tableSlot.keySet()) {
                es.u32(funcIndex.get(f));
            }
            section(out, 9, es);
        }
        if (!m.data().isEmpty()) {
            section(out, 12, new ByteSink().u32(m.data().size()));
        }
        ByteSink cs = new ByteSink().u32(bodies.size());
        for (ByteSink b : bodies) {
            cs.sized(b);
        }
        section(out, 10, cs);
        if (!m.data().isEmpty()) {
            ByteSink ds = new ByteSink().u32(m.data().size());
            for (WirData d : m.data()) {
                ds.u8(0).u8(0x41).s32(dataAddr.get(d.name())).u8(0x0B).u32(d.bytes().length).bytes(d.bytes());
            }
            section(out, 11, ds);
        }
        if (opts.nameSection()) {
            nameSection(out);
        }
        Map<String, Integer> fnIdx = new LinkedHashMap<>(funcIndex);
        return new BackendOutput(out.toByteArray(), List.copyOf(types), dataAddr, fnIdx, tableSlot.size());
    }

    private boolean hasImportedGlobals() {
        return m.globals().stream().anyMatch(WirGlobal::isImported);
    }

    private static void section(ByteSink out, int id, ByteSink content) {
        out.u8(id).sized(content);
    }

    private static void limits(ByteSink s, int min, int max) {
        if (max < 0) {
            s.u8(0).u32(min);
        } else {
            s.u8(1).u32(min).u32(max);
        }
    }

    private ByteSink typeSection() {
        ByteSink s = new ByteSink().u32(types.size());
        for (FuncType t : types) {
            s.u8(0x60).u32(t.params().size());
            for (ValType v : t.params()) {
                s.u8(v.code());
            }
            s.u32(t.results().size());
            for (ValType v : t.results()) {
                s.u8(v.code());
            }
        }
        return s;
    }

    private ByteSink importSection() {
        List<ByteSink> entries = new ArrayList<>();
        for (WirImport imp : m.imports()) {
            entries.add(new ByteSink().name(imp.module()).name(imp.field()).u8(0).u32(typeOf(imp.type())));
        }
        if (opts.importsTable()) {
            // funcref, no maximum; the session makes the table large enough before loading the cell
            entries.add(new ByteSink().name(opts.tableImportModule()).name(opts.tableImportField()).u8(1).u8(0x70).u8(0).u32(0));
        }
        WirMemory mem = m.memory();
        if (mem != null && mem.isImported()) {
            ByteSink e = new ByteSink().name(mem.importModule()).name(mem.importField()).u8(2);
            limits(e, mem.minPages(), mem.maxPages());
            entries.add(e);
        }
        for (WirGlobal g : m.globals()) {
            if (g.isImported()) {
                entries.add(new ByteSink().name(g.importModule()).name(g.importField()).u8(3).u8(g.type().code())
                        .u8(g.mutable() ? 1 : 0));
            }
        }
        ByteSink s = new ByteSink().u32(entries.size());
        for (ByteSink e : entries) {
            s.bytes(e.toByteArray());
        }
        return s;
    }

    private ByteSink exportSection() {
        List<ByteSink> entries = new ArrayList<>();
        for (WirFunction f : m.functions()) {
            if (f.exportName() != null) {
                entries.add(new ByteSink().name(f.exportName()).u8(0).u32(funcIndex.get(f.name())));
            }
        }
        if (m.memory() != null && m.memory().exportName() != null) {
            entries.add(new ByteSink().name(m.memory().exportName()).u8(2).u32(0));
        }
        for (WirGlobal g : m.globals()) {
            if (g.exportName() != null) {
                entries.add(new ByteSink().name(g.exportName()).u8(3).u32(globalIndex.get(g.name())));
            }
        }
        ByteSink s = new ByteSink().u32(entries.size());
        for (ByteSink e : entries) {
            s.bytes(e.toByteArray());
        }
        return s;
    }

    private static void constExpr(ByteSink s, ValType t, long bits) {
        switch (t) {
            case I32 -> s.u8(0x41).s32((int) bits);
            case I64 -> s.u8(0x42).s64(bits);
            case F32 -> {
                s.u8(0x43);
                int b = (int) bits;
                for (int i = 0; i < 4; i++) {
                    s.u8(b >>> (8 * i));
                }
            }
            case F64 -> {
                s.u8(0x44);
                for (int i = 0; i < 8; i++) {
                    s.u8((int) (bits >>> (8 * i)));
                }
            }
            default -> s.u8(0xD0).u8(t.code());
        }
        s.u8(0x0B);
    }

    private ByteSink body(WirFunction f) {
        ByteSink b = new ByteSink();
        // locals as runs of equal types
        List<int[]> runs = new ArrayList<>();
        for (WirLocal l : f.locals()) {
            int code = l.type().code();
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == code) {
                runs.get(runs.size() - 1)[0]++;
            } else {
                runs.add(new int[] {1, code});
            }
        }
        b.u32(runs.size());
        for (int[] r : runs) {
            b.u32(r[0]).u8(r[1]);
        }
        for (Inst i : f.body()) {
            inst(b, i);
        }
        b.u8(0x0B);
        return b;
    }

    private void blockType(ByteSink b, BlockType t) {
        if (t.isSimple()) {
            if (t.results().isEmpty()) {
                b.u8(0x40);
            } else {
                b.u8(t.results().get(0).code());
            }
        } else {
            b.s64(typeOf(new FuncType(t.params(), t.results())));
        }
    }

    private int func(String name) {
        Integer i = funcIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown function symbol " + name);
        }
        return i;
    }

    private int global(String name) {
        Integer i = globalIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown global symbol " + name);
        }
        return i;
    }

    private void inst(ByteSink b, Inst i) {
        if (i instanceof Inst.Const c) {
            constExprNoEnd(b, c.type(), c.bits());
        } else if (i instanceof Inst.LocalGet g) {
            b.u8(0x20).u32(g.index());
        } else if (i instanceof Inst.LocalSet s) {
            b.u8(0x21).u32(s.index());
        } else if (i instanceof Inst.LocalTee t) {
            b.u8(0x22).u32(t.index());
        } else if (i instanceof Inst.GlobalGet g) {
            b.u8(0x23).u32(global(g.global()));
        } else if (i instanceof Inst.GlobalSet g) {
            b.u8(0x24).u32(global(g.global()));
        } else if (i instanceof Inst.Numeric n) {
            op(b, n.op());
        } else if (i instanceof Inst.Load l) {
            op(b, l.op());
            b.u32(l.alignLog2()).u32(l.offset());
        } else if (i instanceof Inst.Store s) {
            op(b, s.op());
            b.u32(s.alignLog2()).u32(s.offset());
        } else if (i instanceof Inst.Call c) {
            b.u8(0x10).u32(func(c.function()));
        } else if (i instanceof Inst.CallIndirect c) {
            b.u8(0x11).u32(typeOf(c.type())).u8(0);
        } else if (i instanceof Inst.DataAddr d) {
            Integer a = dataAddr.get(d.data());
            if (a == null) {
                throw new IllegalArgumentException("unknown data symbol " + d.data());
            }
            b.u8(0x41).s32(a + d.addend());
        } else if (i instanceof Inst.FuncAddr f) {
            func(f.function());
            int slot = tableSlot.computeIfAbsent(f.function(), k -> tableSlot.size());
            b.u8(0x41).s32(opts.tableBase() + slot);
        } else if (i instanceof Inst.Block bl) {
            b.u8(0x02);
            blockType(b, bl.type());
        } else if (i instanceof Inst.Loop l) {
            b.u8(0x03);
            blockType(b, l.type());
        } else if (i instanceof Inst.If f) {
            b.u8(0x04);
            blockType(b, f.type());
        } else if (i instanceof Inst.Else) {
            b.u8(0x05);
        } else if (i instanceof Inst.End) {
            b.u8(0x0B);
        } else if (i instanceof Inst.Br br) {
            b.u8(0x0C).u32(br.depth());
        } else if (i instanceof Inst.BrIf br) {
            b.u8(0x0D).u32(br.depth());
        } else if (i instanceof Inst.BrTable t) {
            b.u8(0x0E).u32(t.depths().size());
            for (int d : t.depths()) {
                b.u32(d);
            }
            b.u32(t.defaultDepth());
        } else if (i instanceof Inst.Return) {
            b.u8(0x0F);
        } else if (i instanceof Inst.Unreachable) {
            b.u8(0x00);
        } else if (i instanceof Inst.Nop) {
            b.u8(0x01);
        } else if (i instanceof Inst.Drop) {
            b.u8(0x1A);
        } else if (i instanceof Inst.Select s) {
            if (s.type() == null) {
                b.u8(0x1B);
            } else {
                b.u8(0x1C).u32(1).u8(s.type().code());
            }
        } else if (i instanceof Inst.MemorySize) {
            b.u8(0x3F).u8(0);
        } else if (i instanceof Inst.MemoryGrow) {
            b.u8(0x40).u8(0);
        } else if (i instanceof Inst.MemoryCopy) {
            b.u8(0xFC).u32(10).u8(0).u8(0);
        } else if (i instanceof Inst.MemoryFill) {
            b.u8(0xFC).u32(11).u8(0);
        } else {
            throw new IllegalArgumentException("unknown instruction " + i);
        }
    }

    private static void constExprNoEnd(ByteSink b, ValType t, long bits) {
        ByteSink tmp = new ByteSink();
        constExpr(tmp, t, bits);
        byte[] bytes = tmp.toByteArray();
        b.bytes(bytes, 0, bytes.length - 1);
    }

    private static void op(ByteSink b, Op op) {
        if (op.prefix() != 0) {
            b.u8(op.prefix()).u32(op.code());
        } else {
            b.u8(op.code());
        }
    }

    private void nameSection(ByteSink out) {
        ByteSink content = new ByteSink().name("name");
        ByteSink fnNames = new ByteSink();
        List<String> names = new ArrayList<>(funcIndex.keySet());
        fnNames.u32(names.size());
        for (String n : names) {
            fnNames.u32(funcIndex.get(n)).name(n);
        }
        content.u8(1).sized(fnNames);
        ByteSink localNames = new ByteSink().u32(m.functions().size());
        for (WirFunction f : m.functions()) {
            localNames.u32(funcIndex.get(f.name()));
            int n = f.params().size() + f.locals().size();
            localNames.u32(n);
            int idx = 0;
            for (WirLocal l : f.params()) {
                localNames.u32(idx++).name(l.name());
            }
            for (WirLocal l : f.locals()) {
                localNames.u32(idx++).name(l.name());
            }
        }
        content.u8(2).sized(localNames);
        out.u8(0).sized(content);
    }
}
