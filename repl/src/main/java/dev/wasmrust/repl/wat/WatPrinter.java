package dev.wasmrust.repl.wat;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Global;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * WebAssembly text of a module, from its binary as Chicory decodes it, in the flat (not folded) syntax
 * wasm-tools and wabt print: imports, memory, globals, exports, functions with their names from the name
 * section, data. Long data segments are cut (their length is given): the text is for reading.
 */
public final class WatPrinter {
    private static final int DATA_PREVIEW_BYTES = 64;

    private final WasmModule module;
    private final NameCustomSection names;
    private final int importedFunctions;

    private WatPrinter(WasmModule module) {
        this.module = module;
        this.names = module.nameSection();
        this.importedFunctions = module.importSection().count(com.dylibso.chicory.wasm.types.ExternalType.FUNCTION);
    }

    /** The whole module. */
    public static String print(byte[] wasm) {
        return print(wasm, i -> true);
    }

    /** The module with only the defined functions whose names {@code keep} accepts (by function index). */
    public static String print(byte[] wasm, IntPredicate keep) {
        WasmModule m;
        try {
            m = Parser.parse(wasm);
        } catch (ChicoryException e) {
            return ";; not a valid WebAssembly module: " + e.getMessage() + "\n";
        }
        return new WatPrinter(m).module(keep);
    }

    /** The names of the defined functions, by function index (imports first, as in the index space). */
    public static List<String> functionNames(byte[] wasm) {
        WasmModule m = Parser.parse(wasm);
        WatPrinter p = new WatPrinter(m);
        int total = p.importedFunctions + m.functionSection().functionCount();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            out.add(p.rawName(i));
        }
        return out;
    }

    private String module(IntPredicate keep) {
        StringBuilder sb = new StringBuilder("(module\n");
        for (int i = 0; i < module.typeSection().typeCount(); i++) {
            sb.append("  (type (;").append(i).append(";) (func").append(signature(module.typeSection().getType(i))).append("))\n");
        }
        int fn = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            sb.append("  (import ").append(quote(imp.module())).append(' ').append(quote(imp.name())).append(' ');
            if (imp instanceof FunctionImport f) {
                sb.append("(func ").append(funcRef(fn++)).append(" (type ").append(f.typeIndex()).append(')')
                        .append(signature(module.typeSection().getType(f.typeIndex()))).append(')');
            } else {
                sb.append("(").append(imp.importType().name().toLowerCase(Locale.ROOT)).append(')');
            }
            sb.append(")\n");
        }
        module.memorySection().ifPresent(ms -> {
            for (int i = 0; i < ms.memoryCount(); i++) {
                MemoryLimits l = ms.getMemory(i).limits();
                sb.append("  (memory (;").append(i).append(";) ").append(l.initialPages());
                if (l.maximumPages() != MemoryLimits.MAX_PAGES) {
                    sb.append(' ').append(l.maximumPages());
                }
                sb.append(")\n");
            }
        });
        for (int i = 0; i < module.globalSection().globalCount(); i++) {
            Global g = module.globalSection().getGlobal(i);
            String t = valType(g.valueType());
            String gName = names == null ? null : names.nameOfGlobal(i);
            sb.append("  (global ").append(gName == null ? "(;" + i + ";)" : "$" + identifier(gName)).append(' ')
                    .append(g.mutabilityType() == MutabilityType.Var ? "(mut " + t + ")" : t).append(" (")
                    .append(constExpr(g.initInstructions())).append("))\n");
        }
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            String kind = e.exportType().name().toLowerCase(Locale.ROOT);
            String ref = kind.equals("function") ? funcRef(e.index()) : String.valueOf(e.index());
            sb.append("  (export ").append(quote(e.name())).append(" (").append(kind.equals("function") ? "func" : kind)
                    .append(' ').append(ref).append("))\n");
        }
        int defined = module.functionSection().functionCount();
        int omitted = 0;
        for (int i = 0; i < defined; i++) {
            int index = importedFunctions + i;
            if (!keep.test(index)) {
                omitted++;
                continue;
            }
            function(index, module.functionSection().getFunctionType(i), module.codeSection().getFunctionBody(i), sb);
        }
        if (omitted > 0 && omitted < defined) {
            sb.append("  ;; ").append(omitted).append(" other functions not shown\n");
        }
        DataSegment[] data = module.dataSection().dataSegments();
        for (DataSegment d : data) {
            sb.append("  (data");
            if (d instanceof ActiveDataSegment a) {
                sb.append(" (").append(constExpr(a.offsetInstructions())).append(')');
            }
            byte[] bytes = d.data();
            int shown = Math.min(bytes.length, DATA_PREVIEW_BYTES);
            sb.append(' ').append(quoteBytes(bytes, shown)).append(')');
            if (shown < bytes.length) {
                sb.append(" ;; ").append(bytes.length).append(" bytes, first ").append(shown).append(" shown");
            }
            sb.append('\n');
        }
        return sb.append(")\n").toString();
    }

    private void function(int index, int typeIndex, FunctionBody body, StringBuilder sb) {
        FunctionType type = module.typeSection().getType(typeIndex);
        sb.append("  (func ").append(funcRef(index)).append(" (type ").append(typeIndex).append(')')
                .append(signature(type)).append('\n');
        if (!body.localTypes().isEmpty()) {
            sb.append("    (local");
            for (ValType t : body.localTypes()) {
                sb.append(' ').append(valType(t));
            }
            sb.append(")\n");
        }
        int depth = 2;
        List<? extends Instruction> code = body.instructions();
        for (int k = 0; k < code.size(); k++) {
            Instruction ins = code.get(k);
            OpCode op = ins.opcode();
            if (op == OpCode.END && k == code.size() - 1) {
                break; // the function's own `end` is the closing parenthesis
            }
            if (op == OpCode.END || op == OpCode.ELSE) {
                depth = Math.max(2, depth - 1);
            }
            sb.append("  ".repeat(depth)).append(instruction(ins)).append('\n');
            if (op == OpCode.BLOCK || op == OpCode.LOOP || op == OpCode.IF || op == OpCode.ELSE || op == OpCode.TRY_TABLE) {
                depth++;
            }
        }
        sb.append("  )\n");
    }

    private String instruction(Instruction ins) {
        OpCode op = ins.opcode();
        String name = mnemonic(op);
        long[] a = ins.operands();
        switch (op) {
            case BLOCK, LOOP, IF:
                return name + (a.length > 0 ? blockType(a[0]) : "");
            case CALL, RETURN_CALL, REF_FUNC:
                return name + " " + funcRef((int) a[0]);
            case GLOBAL_GET, GLOBAL_SET:
                return name + " " + globalRef((int) a[0]);
            case CALL_INDIRECT:
                return name + (a.length > 1 && a[1] != 0 ? " " + a[1] : "") + " (type " + a[0] + ")";
            case I32_CONST, I64_CONST:
                return name + " " + a[0];
            case F32_CONST:
                return name + " " + floatText(Float.intBitsToFloat((int) a[0]));
            case F64_CONST:
                return name + " " + doubleText(Double.longBitsToDouble(a[0]));
            case BR_TABLE: {
                StringBuilder sb = new StringBuilder(name);
                int start = a.length > 0 && a[0] == a.length - 2 ? 1 : 0;
                for (int i = start; i < a.length; i++) {
                    sb.append(' ').append(a[i]);
                }
                return sb.toString();
            }
            case MEMORY_SIZE, MEMORY_GROW, MEMORY_COPY, MEMORY_FILL:
                return name; // the only memory, index 0, is implied
            case MEMORY_INIT:
                return name + " " + a[0];
            default:
                break;
        }
        if (name.contains(".load") || name.contains(".store")) {
            // operands: alignment exponent, offset
            return a.length >= 2 && a[1] != 0 ? name + " offset=" + a[1] : name;
        }
        switch (op) {
            case BR, BR_IF, LOCAL_GET, LOCAL_SET, LOCAL_TEE, TABLE_GET, TABLE_SET, TABLE_GROW, TABLE_SIZE, TABLE_FILL,
                    DATA_DROP, ELEM_DROP, TABLE_INIT, TABLE_COPY: {
                StringBuilder sb = new StringBuilder(name);
                for (long x : a) {
                    sb.append(' ').append(x);
                }
                return sb.toString();
            }
            default:
                // everything else has no immediates in the text format (Chicory may keep annotations, e.g. on drop)
                return name;
        }
    }

    /** {@code I32_ADD} → {@code i32.add}, {@code LOCAL_GET} → {@code local.get}, {@code BR_IF} → {@code br_if}. */
    static String mnemonic(OpCode op) {
        String n = op.name().toLowerCase(Locale.ROOT);
        if (op == OpCode.SELECT_T) {
            return "select";
        }
        for (String prefix : new String[] {"i32_", "i64_", "f32_", "f64_", "v128_", "local_", "global_", "memory_", "table_",
                "ref_", "elem_", "data_", "i8x16_", "i16x8_", "i32x4_", "i64x2_", "f32x4_", "f64x2_", "struct_", "array_",
                "i31_", "any_", "extern_"}) {
            if (n.startsWith(prefix)) {
                return prefix.substring(0, prefix.length() - 1) + "." + n.substring(prefix.length());
            }
        }
        return n;
    }

    private String blockType(long bt) {
        if (bt == 0x40 || bt == -64) {
            return "";
        }
        for (ValType t : new ValType[] {ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef,
                ValType.ExternRef}) {
            if (t.id() == bt || t.opcode() == bt) {
                return " (result " + valType(t) + ")";
            }
        }
        if (bt >= 0 && bt < module.typeSection().typeCount()) {
            return " (type " + bt + ")" + signature(module.typeSection().getType((int) bt));
        }
        return " " + bt;
    }

    private String signature(FunctionType t) {
        StringBuilder sb = new StringBuilder();
        if (!t.params().isEmpty()) {
            sb.append(" (param");
            t.params().forEach(p -> sb.append(' ').append(valType(p)));
            sb.append(')');
        }
        if (!t.returns().isEmpty()) {
            sb.append(" (result");
            t.returns().forEach(p -> sb.append(' ').append(valType(p)));
            sb.append(')');
        }
        return sb.toString();
    }

    private static String valType(ValType t) {
        if (t.equals(ValType.I32)) {
            return "i32";
        } else if (t.equals(ValType.I64)) {
            return "i64";
        } else if (t.equals(ValType.F32)) {
            return "f32";
        } else if (t.equals(ValType.F64)) {
            return "f64";
        } else if (t.equals(ValType.V128)) {
            return "v128";
        } else if (t.equals(ValType.FuncRef)) {
            return "funcref";
        } else if (t.equals(ValType.ExternRef)) {
            return "externref";
        }
        return t.toString().toLowerCase(Locale.ROOT);
    }

    private String constExpr(List<Instruction> init) {
        if (init.isEmpty()) {
            return "";
        }
        Instruction i = init.get(0);
        return instruction(i);
    }

    private String rawName(int index) {
        String n = names == null ? null : names.nameOfFunction(index);
        return n == null ? "" : n;
    }

    private String funcRef(int index) {
        String n = rawName(index);
        return n.isEmpty() ? String.valueOf(index) : "$" + identifier(n);
    }

    private String globalRef(int index) {
        String n = names == null ? null : names.nameOfGlobal(index);
        return n == null ? String.valueOf(index) : "$" + identifier(n);
    }

    /** Names such as {@code Vec<i32>::push} keep their idchars; anything else becomes {@code _}. */
    static String identifier(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0);
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return quoteBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), Integer.MAX_VALUE);
    }

    private static String quoteBytes(byte[] bytes, int limit) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(limit, bytes.length); i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
                sb.append((char) b);
            } else {
                sb.append('\\').append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            }
        }
        return sb.append('"').toString();
    }

    private static String floatText(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        return Float.toHexString(f).replace("0x1.0p", "0x1p");
    }

    private static String doubleText(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toHexString(d).replace("0x1.0p", "0x1p");
    }
}
