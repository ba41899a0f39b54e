package dev.wasmrust.compiler.wasmir;

import java.util.List;

/**
 * The text form of WasmIR (what {@code :ir} shows and golden tests compare): one declaration or
 * instruction per line, instructions indented by block depth. {@link WirParser} reads it back exactly.
 */
public final class WirPrinter {
    private WirPrinter() {}

    public static String print(WirModule m) {
        StringBuilder sb = new StringBuilder("wasmir ").append(WirModule.VERSION).append('\n');
        for (WirImport i : m.imports()) {
            sb.append("import $").append(i.name()).append(' ').append(quote(i.module())).append(' ')
                    .append(quote(i.field())).append(sig(i.type().params(), i.type().results())).append('\n');
        }
        WirMemory mem = m.memory();
        if (mem != null) {
            sb.append("memory ").append(mem.minPages());
            if (mem.maxPages() >= 0) {
                sb.append(" max ").append(mem.maxPages());
            }
            if (mem.isImported()) {
                sb.append(" import ").append(quote(mem.importModule())).append(' ').append(quote(mem.importField()));
            }
            if (mem.exportName() != null) {
                sb.append(" export ").append(quote(mem.exportName()));
            }
            sb.append('\n');
        }
        for (WirGlobal g : m.globals()) {
            sb.append("global $").append(g.name()).append(g.mutable() ? " mut " : " ").append(g.type().text());
            if (g.isImported()) {
                sb.append(" import ").append(quote(g.importModule())).append(' ').append(quote(g.importField()));
            } else {
                sb.append(" = ").append(g.init());
            }
            if (g.exportName() != null) {
                sb.append(" export ").append(quote(g.exportName()));
            }
            sb.append('\n');
        }
        for (WirData d : m.data()) {
            sb.append("data $").append(d.name()).append(" align ").append(d.align());
            if (d.fixedAddress() >= 0) {
                sb.append(" at ").append(d.fixedAddress());
            }
            sb.append(" = ").append(quote(d.bytes())).append('\n');
        }
        for (WirFunction f : m.functions()) {
            function(f, sb);
        }
        return sb.toString();
    }

    private static void function(WirFunction f, StringBuilder sb) {
        sb.append("func $").append(f.name());
        for (WirLocal p : f.params()) {
            sb.append(" (param $").append(p.name()).append(' ').append(p.type().text()).append(')');
        }
        if (!f.results().isEmpty()) {
            sb.append(" (result");
            for (ValType t : f.results()) {
                sb.append(' ').append(t.text());
            }
            sb.append(')');
        }
        if (f.exportName() != null) {
            sb.append(" export ").append(quote(f.exportName()));
        }
        sb.append('\n');
        for (WirLocal l : f.locals()) {
            sb.append("  local $").append(l.name()).append(' ').append(l.type().text()).append('\n');
        }
        int depth = 1;
        for (Inst i : f.body()) {
            if (i instanceof Inst.End || i instanceof Inst.Else) {
                depth--;
            }
            sb.append("  ".repeat(depth)).append(inst(i)).append('\n');
            if (i instanceof Inst.Block || i instanceof Inst.Loop || i instanceof Inst.If || i instanceof Inst.Else) {
                depth++;
            }
        }
        sb.append("end\n");
    }

    static String inst(Inst i) {
        if (i instanceof Inst.Const c) {
            return switch (c.type()) {
                case I32 -> "i32.const " + (int) c.bits();
                case I64 -> "i64.const " + c.bits();
                case F32 -> "f32.const bits:" + (int) c.bits();
                case F64 -> "f64.const bits:" + c.bits();
                default -> "ref.null " + c.type().text();
            };
        } else if (i instanceof Inst.LocalGet g) {
            return "local.get " + g.index();
        } else if (i instanceof Inst.LocalSet s) {
            return "local.set " + s.index();
        } else if (i instanceof Inst.LocalTee t) {
            return "local.tee " + t.index();
        } else if (i instanceof Inst.GlobalGet g) {
            return "global.get $" + g.global();
        } else if (i instanceof Inst.GlobalSet g) {
            return "global.set $" + g.global();
        } else if (i instanceof Inst.Numeric n) {
            return n.op().text();
        } else if (i instanceof Inst.Load l) {
            return memarg(l.op(), l.alignLog2(), l.offset());
        } else if (i instanceof Inst.Store s) {
            return memarg(s.op(), s.alignLog2(), s.offset());
        } else if (i instanceof Inst.Call c) {
            return "call $" + c.function();
        } else if (i instanceof Inst.CallIndirect c) {
            return "call_indirect" + sig(c.type().params(), c.type().results());
        } else if (i instanceof Inst.DataAddr d) {
            return "data.addr $" + d.data() + (d.addend() != 0 ? " " + d.addend() : "");
        } else if (i instanceof Inst.FuncAddr f) {
            return "func.addr $" + f.function();
        } else if (i instanceof Inst.Block b) {
            return "block" + sig(b.type().params(), b.type().results());
        } else if (i instanceof Inst.Loop l) {
            return "loop" + sig(l.type().params(), l.type().results());
        } else if (i instanceof Inst.If f) {
            return "if" + sig(f.type().params(), f.type().results());
        } else if (i instanceof Inst.Else) {
            return "else";
        } else if (i instanceof Inst.End) {
            return "end";
        } else if (i instanceof Inst.Br b) {
            return "br " + b.depth();
        } else if (i instanceof Inst.BrIf b) {
            return "br_if " + b.depth();
        } else if (i instanceof Inst.BrTable t) {
            StringBuilder sb = new StringBuilder("br_table");
            for (int d : t.depths()) {
                sb.append(' ').append(d);
            }
            return sb.append(" default ").append(t.defaultDepth()).toString();
        } else if (i instanceof Inst.Return) {
            return "return";
        } else if (i instanceof Inst.Unreachable) {
            return "unreachable";
        } else if (i instanceof Inst.Nop) {
            return "nop";
        } else if (i instanceof Inst.Drop) {
            return "drop";
        } else if (i instanceof Inst.Select s) {
            return s.type() == null ? "select" : "select " + s.type().text();
        } else if (i instanceof Inst.MemorySize) {
            return "memory.size";
        } else if (i instanceof Inst.MemoryGrow) {
            return "memory.grow";
        } else if (i instanceof Inst.MemoryCopy) {
            return "memory.copy";
        } else if (i instanceof Inst.MemoryFill) {
            return "memory.fill";
        }
        throw new IllegalArgumentException("unknown instruction " + i);
    }

    private static String memarg(Op op, int alignLog2, long offset) {
        StringBuilder sb = new StringBuilder(op.text());
        if (offset != 0) {
            sb.append(" offset=").append(offset);
        }
        if (alignLog2 != op.naturalAlignLog2()) {
            sb.append(" align=").append(1 << alignLog2);
        }
        return sb.toString();
    }

    private static String sig(List<ValType> params, List<ValType> results) {
        StringBuilder sb = new StringBuilder();
        if (!params.isEmpty()) {
            sb.append(" (param");
            for (ValType t : params) {
                sb.append(' ').append(t.text());
            }
            sb.append(')');
        }
        if (!results.isEmpty()) {
            sb.append(" (result");
            for (ValType t : results) {
                sb.append(' ').append(t.text());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    static String quote(String s) {
        return quote(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Bytes as a string literal: printable ASCII as is, everything else as {@code \hh}. */
    static String quote(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return sb.append('"').toString();
    }
}
