package dev.wasmrust.compiler.wasmir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the text form written by {@link WirPrinter}: {@code parse(print(m)).equals(m)}. */
public final class WirParser {
    private final String[] lines;
    private int lineNo;
    private List<String> toks;
    private List<Integer> cols;
    private int pos;

    private WirParser(String text) {
        this.lines = text.split("\n", -1);
    }

    public static WirModule parse(String text) throws WirParseException {
        return new WirParser(text).module();
    }

    private WirModule module() throws WirParseException {
        List<WirImport> imports = new ArrayList<>();
        WirMemory memory = null;
        List<WirGlobal> globals = new ArrayList<>();
        List<WirData> data = new ArrayList<>();
        List<WirFunction> functions = new ArrayList<>();
        if (!nextLine() || !word().equals("wasmir")) {
            throw error("expected the header `wasmir " + WirModule.VERSION + "`");
        }
        int version = integer();
        if (version != WirModule.VERSION) {
            throw error("unsupported WasmIR version " + version + " (this compiler reads version " + WirModule.VERSION + ")");
        }
        while (nextLine()) {
            String kw = word();
            switch (kw) {
                case "import" -> {
                    String name = symbol();
                    String module = string();
                    String field = string();
                    List<List<ValType>> sig = signature();
                    imports.add(new WirImport(name, module, field, FuncType.of(sig.get(0), sig.get(1))));
                }
                case "memory" -> {
                    int min = integer();
                    int max = -1;
                    String im = null;
                    String ifld = null;
                    String exp = null;
                    while (more()) {
                        switch (word()) {
                            case "max" -> max = integer();
                            case "import" -> {
                                im = string();
                                ifld = string();
                            }
                            case "export" -> exp = string();
                            default -> throw error("unexpected `" + prevTok() + "` in memory");
                        }
                    }
                    memory = new WirMemory(min, max, im, ifld, exp);
                }
                case "global" -> {
                    String name = symbol();
                    boolean mutable = false;
                    String t = word();
                    if (t.equals("mut")) {
                        mutable = true;
                        t = word();
                    }
                    ValType type = valType(t);
                    long init = 0;
                    String im = null;
                    String ifld = null;
                    String exp = null;
                    while (more()) {
                        switch (word()) {
                            case "=" -> init = longValue();
                            case "import" -> {
                                im = string();
                                ifld = string();
                            }
                            case "export" -> exp = string();
                            default -> throw error("unexpected `" + prevTok() + "` in global");
                        }
                    }
                    globals.add(new WirGlobal(name, type, mutable, init, im, ifld, exp));
                }
                case "data" -> {
                    String name = symbol();
                    expectWord("align");
                    int align = integer();
                    int at = -1;
                    if (peekWord().equals("at")) {
                        word();
                        at = integer();
                    }
                    expectWord("=");
                    data.add(new WirData(name, bytes(), align, at));
                }
                case "func" -> functions.add(function());
                default -> throw error("expected `import`, `memory`, `global`, `data` or `func`, found `" + kw + "`");
            }
            if (more()) {
                throw error("unexpected `" + toks.get(pos) + "`");
            }
        }
        return new WirModule(imports, memory, globals, data, functions);
    }

    private WirFunction function() throws WirParseException {
        String name = symbol();
        List<WirLocal> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        String export = null;
        while (more()) {
            String w = word();
            if (w.equals("(")) {
                String k = word();
                if (k.equals("param")) {
                    params.add(new WirLocal(symbol(), valType(word())));
                } else if (k.equals("result")) {
                    while (!peekWord().equals(")")) {
                        results.add(valType(word()));
                    }
                } else {
                    throw error("expected `param` or `result`");
                }
                expectWord(")");
            } else if (w.equals("export")) {
                export = string();
            } else {
                throw error("unexpected `" + w + "` in function header");
            }
        }
        List<WirLocal> locals = new ArrayList<>();
        List<Inst> body = new ArrayList<>();
        int depth = 0;
        while (true) {
            if (!nextLine()) {
                throw error("function $" + name + " has no closing `end`");
            }
            String w = word();
            if (w.equals("local") && body.isEmpty()) {
                locals.add(new WirLocal(symbol(), valType(word())));
                continue;
            }
            if (w.equals("end") && depth == 0) {
                return new WirFunction(name, params, results, locals, body, export);
            }
            Inst i = instruction(w);
            if (i instanceof Inst.Block || i instanceof Inst.Loop || i instanceof Inst.If) {
                depth++;
            } else if (i instanceof Inst.End) {
                depth--;
            }
            body.add(i);
            if (more()) {
                throw error("unexpected `" + toks.get(pos) + "` after instruction");
            }
        }
    }

    private Inst instruction(String w) throws WirParseException {
        Op op = Op.ofText(w);
        if (op != null) {
            if (op.kind() == Op.Kind.NUMERIC) {
                return new Inst.Numeric(op);
            }
            long offset = 0;
            int align = op.naturalAlignLog2();
            while (more()) {
                String a = word();
                if (a.startsWith("offset=")) {
                    offset = Long.parseLong(a.substring(7));
                } else if (a.startsWith("align=")) {
                    align = Integer.numberOfTrailingZeros(Integer.parseInt(a.substring(6)));
                } else {
                    throw error("expected offset= or align=");
                }
            }
            return op.kind() == Op.Kind.LOAD ? new Inst.Load(op, align, offset) : new Inst.Store(op, align, offset);
        }
        switch (w) {
            case "i32.const":
                return new Inst.Const(ValType.I32, integer());
            case "i64.const":
                return new Inst.Const(ValType.I64, longValue());
            case "f32.const":
            case "f64.const": {
                String b = word();
                if (!b.startsWith("bits:")) {
                    throw error("float constants are written as bits:N");
                }
                long bits = Long.parseLong(b.substring(5));
                return new Inst.Const(w.startsWith("f32") ? ValType.F32 : ValType.F64, bits);
            }
            case "local.get":
                return new Inst.LocalGet(integer());
            case "local.set":
                return new Inst.LocalSet(integer());
            case "local.tee":
                return new Inst.LocalTee(integer());
            case "global.get":
                return new Inst.GlobalGet(symbol());
            case "global.set":
                return new Inst.GlobalSet(symbol());
            case "call":
                return new Inst.Call(symbol());
            case "call_indirect": {
                List<List<ValType>> sig = signature();
                return new Inst.CallIndirect(FuncType.of(sig.get(0), sig.get(1)));
            }
            case "data.addr": {
                String sym = symbol();
                int addend = more() ? integer() : 0;
                return new Inst.DataAddr(sym, addend);
            }
            case "func.addr":
                return new Inst.FuncAddr(symbol());
            case "block":
            case "loop":
            case "if": {
                List<List<ValType>> sig = signature();
                BlockType bt = new BlockType(sig.get(0), sig.get(1));
                return w.equals("block") ? new Inst.Block(bt) : w.equals("loop") ? new Inst.Loop(bt) : new Inst.If(bt);
            }
            case "else":
                return new Inst.Else();
            case "end":
                return new Inst.End();
            case "br":
                return new Inst.Br(integer());
            case "br_if":
                return new Inst.BrIf(integer());
            case "br_table": {
                List<Integer> depths = new ArrayList<>();
                while (!peekWord().equals("default")) {
                    depths.add(integer());
                }
                word();
                return new Inst.BrTable(depths, integer());
            }
            case "return":
                return new Inst.Return();
            case "unreachable":
                return new Inst.Unreachable();
            case "nop":
                return new Inst.Nop();
            case "drop":
                return new Inst.Drop();
            case "select":
                return new Inst.Select(more() ? valType(word()) : null);
            case "memory.size":
                return new Inst.MemorySize();
            case "memory.grow":
                return new Inst.MemoryGrow();
            case "memory.copy":
                return new Inst.MemoryCopy();
            case "memory.fill":
                return new Inst.MemoryFill();
            default:
                throw error("unknown instruction `" + w + "`");
        }
    }

    /** {@code (param t*)? (result t*)?}, each possibly absent. */
    private List<List<ValType>> signature() throws WirParseException {
        List<ValType> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        while (more() && peekWord().equals("(")) {
            word();
            String k = word();
            List<ValType> into = k.equals("param") ? params : k.equals("result") ? results : null;
            if (into == null) {
                throw error("expected `param` or `result`");
            }
            while (!peekWord().equals(")")) {
                into.add(valType(word()));
            }
            word();
        }
        return List.of(params, results);
    }

    // ---- lexical ----

    private boolean nextLine() {
        while (lineNo < lines.length) {
            String line = lines[lineNo++];
            int semi = commentStart(line);
            tokenize(semi < 0 ? line : line.substring(0, semi));
            if (!toks.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A `;` outside a string starts a comment. */
    private static int commentStart(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (c == ';' && !inString) {
                return i;
            }
        }
        return -1;
    }

    private void tokenize(String line) {
        toks = new ArrayList<>();
        cols = new ArrayList<>();
        pos = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                toks.add(String.valueOf(c));
                cols.add(i + 1);
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != '"') {
                    j += line.charAt(j) == '\\' ? 3 : 1;
                }
                toks.add(line.substring(i, Math.min(line.length(), j + 1)));
                cols.add(i + 1);
                i = j + 1;
            } else {
                int j = i;
                while (j < line.length() && !Character.isWhitespace(line.charAt(j)) && line.charAt(j) != '('
                        && line.charAt(j) != ')') {
                    j++;
                }
                toks.add(line.substring(i, j));
                cols.add(i + 1);
                i = j;
            }
        }
    }

    private boolean more() {
        return pos < toks.size();
    }

    private String prevTok() {
        return toks.get(pos - 1);
    }

    private String peekWord() throws WirParseException {
        if (!more()) {
            throw error("unexpected end of line");
        }
        return toks.get(pos);
    }

    private String word() throws WirParseException {
        String w = peekWord();
        pos++;
        return w;
    }

    private void expectWord(String w) throws WirParseException {
        String got = word();
        if (!got.equals(w)) {
            throw error("expected `" + w + "`, found `" + got + "`");
        }
    }

    private String symbol() throws WirParseException {
        String w = word();
        if (!w.startsWith("$") || w.length() == 1) {
            throw error("expected a $name, found `" + w + "`");
        }
        return w.substring(1);
    }

    private int integer() throws WirParseException {
        String w = word();
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found `" + w + "`");
        }
    }

    private long longValue() throws WirParseException {
        String w = word();
        try {
            return Long.parseLong(w);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found `" + w + "`");
        }
    }

    private ValType valType(String w) throws WirParseException {
        ValType t = ValType.ofText(w);
        if (t == null) {
            throw error("expected a value type, found `" + w + "`");
        }
        return t;
    }

    private String string() throws WirParseException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    private byte[] bytes() throws WirParseException {
        String w = word();
        if (w.length() < 2 || !w.startsWith("\"") || !w.endsWith("\"")) {
            throw error("expected a string, found `" + w + "`");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i < w.length() - 1; i++) {
            char c = w.charAt(i);
            if (c == '\\') {
                if (i + 2 >= w.length() - 1 + 1) {
                    throw error("bad escape in string");
                }
                int hi = Character.digit(w.charAt(i + 1), 16);
                int lo = Character.digit(w.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw error("bad escape in string");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private WirParseException error(String message) {
        int col = toks != null && pos > 0 && pos - 1 < cols.size() ? cols.get(pos - 1) : 1;
        return new WirParseException(lineNo, col, message);
    }
}
