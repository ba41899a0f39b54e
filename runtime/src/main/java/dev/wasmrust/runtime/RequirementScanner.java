package dev.wasmrust.runtime;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.Element;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Global;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a module's requirements without running it. Function imports count only when reachable from an
 * export, the start function or an element segment: every program our compiler emits imports WASI's
 * {@code fd_write}, and {@code fn main() {}} must still run under {@code embedded}.
 */
final class RequirementScanner {
    private static final int EXTERN = ValType.TypeIdxCode.EXTERN.code();
    private static final int NOEXTERN = ValType.TypeIdxCode.NOEXTERN.code();

    private RequirementScanner() {}

    /** True for the component-model binary layer (version 0x0d, layer 1) rather than a core module. */
    static boolean isComponent(byte[] wasm) {
        return wasm.length >= 8 && wasm[0] == 0 && wasm[1] == 'a' && wasm[2] == 's' && wasm[3] == 'm'
                && wasm[6] == 1 && wasm[7] == 0 && wasm[4] != 1;
    }

    static ModuleRequirements scan(WasmModule m) {
        List<Import> functionImports = new ArrayList<>();
        List<Integer> functionImportIndex = new ArrayList<>();
        List<String> externref = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        Set<Integer> needed = new HashSet<>();
        int importCount = m.importSection().importCount();
        for (int i = 0; i < importCount; i++) {
            Import imp = m.importSection().getImport(i);
            String name = "`" + imp.module() + "." + imp.name() + "`";
            if (imp instanceof FunctionImport f) {
                functionImports.add(imp);
                functionImportIndex.add(i);
                if (mentionsExtern(m.typeSection().getType(f.typeIndex()))) {
                    externref.add("the type of import " + name);
                }
            } else {
                needed.add(i);
                if (imp instanceof MemoryImport mi && mi.limits().shared()) {
                    threads.add("shared memory import " + name);
                } else if (imp instanceof TableImport ti && isExtern(ti.entryType())) {
                    externref.add("externref table import " + name);
                } else if (imp instanceof GlobalImport gi && isExtern(gi.type())) {
                    externref.add("externref global import " + name);
                }
            }
        }
        int nImported = functionImports.size();
        m.memorySection().ifPresent(ms -> {
            for (int i = 0; i < ms.memoryCount(); i++) {
                if (ms.getMemory(i).limits().shared()) {
                    threads.add("shared memory " + i);
                }
            }
        });
        for (int i = 0; i < m.tableSection().tableCount(); i++) {
            if (isExtern(m.tableSection().getTable(i).elementType())) {
                externref.add("externref table " + i);
            }
        }
        BitSet reachable = new BitSet();
        Deque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < m.exportSection().exportCount(); i++) {
            var e = m.exportSection().getExport(i);
            if (e.exportType() == com.dylibso.chicory.wasm.types.ExternalType.FUNCTION) {
                work.add(e.index());
            }
        }
        m.startSection().ifPresent(s -> work.add((int) s.startIndex()));
        for (Element el : m.elementSection().elements()) {
            for (List<Instruction> init : el.initializers()) {
                addRefFuncs(init, work);
            }
        }
        for (Global g : m.globalSection().globals()) {
            addRefFuncs(g.initInstructions(), work);
            if (isExtern(g.valueType())) {
                externref.add("an externref global");
            }
        }
        List<String> simd = new ArrayList<>();
        while (!work.isEmpty()) {
            int f = work.pop();
            if (reachable.get(f)) {
                continue;
            }
            reachable.set(f);
            if (f < nImported) {
                needed.add(functionImportIndex.get(f));
                continue;
            }
            int defined = f - nImported;
            if (defined >= m.codeSection().functionBodyCount()) {
                continue;
            }
            FunctionType type = m.typeSection().getType(m.functionSection().getFunctionType(defined));
            if (mentionsExtern(type)) {
                externref.add("the type of function " + f);
            }
            if (mentionsV128(type)) {
                simd.add("the type of function " + f);
            }
            FunctionBody body = m.codeSection().getFunctionBody(defined);
            for (ValType local : body.localTypes()) {
                if (isExtern(local)) {
                    externref.add("a local of function " + f);
                } else if (isV128(local)) {
                    simd.add("a local of function " + f);
                }
            }
            for (Instruction ins : body.instructions()) {
                OpCode op = ins.opcode();
                if (op == OpCode.CALL || op == OpCode.RETURN_CALL || op == OpCode.REF_FUNC) {
                    work.add((int) ins.operand(0));
                } else if (op == OpCode.REF_NULL && ins.operandCount() > 0
                        && (ins.operand(0) == EXTERN || ins.operand(0) == NOEXTERN)) {
                    externref.add("ref.null extern in function " + f);
                }
                String name = op.name();
                if (name.contains("ATOMIC")) {
                    threads.add(wat(name) + " in function " + f);
                } else if (isSimdOpcode(name)) {
                    simd.add(wat(name) + " in function " + f);
                }
            }
        }
        return new ModuleRequirements(needed, dedup(externref), dedup(threads), dedup(simd), memoryRegions(m));
    }

    private static List<String> memoryRegions(WasmModule m) {
        List<String> regions = new ArrayList<>();
        for (CustomSection cs : m.customSections()) {
            if (SessionAbi.MEMORY_REGIONS_SECTION.equals(cs.name()) && cs instanceof UnknownCustomSection u) {
                for (String line : new String(u.bytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        regions.add(line.strip());
                    }
                }
            }
        }
        return regions;
    }

    /** Messages show a few places, not one per instruction. */
    private static List<String> dedup(List<String> xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) {
            if (!out.contains(x) && out.size() < 3) {
                out.add(x);
            }
        }
        return out;
    }

    private static void addRefFuncs(List<Instruction> init, Deque<Integer> work) {
        for (Instruction ins : init) {
            if (ins.opcode() == OpCode.REF_FUNC) {
                work.add((int) ins.operand(0));
            }
        }
    }

    private static boolean isSimdOpcode(String name) {
        return name.startsWith("V128") || name.startsWith("I8X16") || name.startsWith("I16X8")
                || name.startsWith("I32X4") || name.startsWith("I64X2") || name.startsWith("F32X4")
                || name.startsWith("F64X2");
    }

    private static String wat(String opcodeName) {
        return opcodeName.toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    static boolean isExtern(ValType v) {
        return v.isReference() && (v.typeIdx() == EXTERN || v.typeIdx() == NOEXTERN);
    }

    private static boolean isV128(ValType v) {
        return v.equals(ValType.V128);
    }

    private static boolean mentionsExtern(FunctionType t) {
        return t.params().stream().anyMatch(RequirementScanner::isExtern)
                || t.returns().stream().anyMatch(RequirementScanner::isExtern);
    }

    private static boolean mentionsV128(FunctionType t) {
        return t.params().stream().anyMatch(RequirementScanner::isV128)
                || t.returns().stream().anyMatch(RequirementScanner::isV128);
    }
}
