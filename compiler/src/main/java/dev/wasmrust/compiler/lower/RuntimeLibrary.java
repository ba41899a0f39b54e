package dev.wasmrust.compiler.lower;

import static dev.wasmrust.compiler.lower.MemoryLayout.DIGITS;
import static dev.wasmrust.compiler.lower.MemoryLayout.DIGITS_SIZE;
import static dev.wasmrust.compiler.lower.MemoryLayout.FILL;
import static dev.wasmrust.compiler.lower.MemoryLayout.IOVEC;
import static dev.wasmrust.compiler.lower.MemoryLayout.NWRITTEN;
import static dev.wasmrust.compiler.lower.MemoryLayout.OUT_BUF;
import static dev.wasmrust.compiler.lower.MemoryLayout.OUT_CAP;

import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.FuncType;
import dev.wasmrust.compiler.wasmir.Inst;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirGlobal;
import dev.wasmrust.compiler.wasmir.WirImport;
import dev.wasmrust.compiler.wasmir.WirLocal;
import java.util.ArrayList;
import java.util.List;

/**
 * The intrinsics the compiler supplies: output through WASI {@code fd_write}, the formatting buffer,
 * number-to-text conversion, padding, panics and process exit. Each function documents the invariant
 * it relies on. They are the only behaviour the compiler itself provides; everything else is lowered
 * from the program. (The standard library proper arrives as Rust source with the core-semantics issue.)
 */
final class RuntimeLibrary {
    static final String WRITE = "__rt_write";
    static final String BEGIN = "__rt_begin";
    static final String FLUSH = "__rt_flush";
    static final String PUSH = "__rt_push";
    static final String PUSH_BYTE = "__rt_push_byte";
    static final String PUSH_CHAR = "__rt_push_char";
    static final String PUSH_U128 = "__rt_push_u128";
    static final String PUSH_I128 = "__rt_push_i128";
    static final String PAD = "__rt_pad";
    static final String PAD_ZERO = "__rt_pad_zero";
    static final String PANIC_STATIC = "__rt_panic_static";
    static final String EXIT = "__rt_exit";
    /** Ends the program after a panic's message was written: exit status 101, or the session's panic in a cell. */
    static final String PANIC_EXIT = "__rt_panic_exit";
    /** A REPL cell's imports from the session (see the runtime's SessionAbi: module {@value #SESSION_RT}). */
    static final String SESSION_RT = "session:rt";
    static final String HOST_WRITE = "__rt_host_write";
    static final String HOST_PANIC = "__rt_host_panic";
    /** {@code session:rt read}: (ptr, capacity) -> bytes read, 0 at end of input. */
    static final String HOST_READ = "__rt_host_read";
    static final String HOST_OOM = "__rt_host_out_of_memory";
    static final String INTERRUPTED = "__rt_interrupted";
    /** Non-zero once the session asks the running cell to stop. */
    static final String INTERRUPT_FLAG = "__interrupt";
    static final String FD_WRITE = "fd_write";
    static final String PROC_EXIT = "proc_exit";
    static final String FD_READ = "fd_read";
    /** A program's read of standard input (ptr, capacity) -> bytes read, 0 at end, minus the errno on an error. */
    static final String READ = "__rt_read";
    /** Bytes in the output buffer. */
    static final String LEN = "__rt_len";
    /** The file descriptor the buffer is for. */
    static final String FD = "__rt_fd";
    /** Nesting depth of `{:#?}` output: each level indents by four spaces. */
    static final String INDENT = "__rt_indent";
    static final String NEWLINE = "__rt_newline";
    static final String STR_CMP = "__rt_str_cmp";
    /** The byte length of a string's first n characters (a precision truncates strings by characters). */
    static final String UTF8_PREFIX = "__rt_utf8_prefix";
    static final String POWI_F32 = "__rt_powi_f32";
    static final String POWI_F64 = "__rt_powi_f64";
    /** The shadow stack pointer. */
    static final String SP = "__stack_pointer";

    private static final ValType I32 = ValType.I32;
    private static final ValType I64 = ValType.I64;

    private RuntimeLibrary() {}

    static List<WirImport> imports() {
        return List.of(
                new WirImport(FD_WRITE, "wasi_snapshot_preview1", "fd_write",
                        FuncType.of(List.of(I32, I32, I32, I32), List.of(I32))),
                new WirImport(PROC_EXIT, "wasi_snapshot_preview1", "proc_exit", FuncType.of(List.of(I32), List.of())));
    }

    /**
     * What a program that reads standard input adds: WASI's {@code fd_read} and the function wrapping it. Only
     * such programs get them, so a program that never reads needs no stdin from its host (and its module's
     * function indices are as before).
     */
    static WirImport fdReadImport() {
        return new WirImport(FD_READ, "wasi_snapshot_preview1", "fd_read",
                FuncType.of(List.of(I32, I32, I32, I32), List.of(I32)));
    }

    /** A cell's read goes to the session, which answers it from the front end's input (Jupyter's input_request). */
    static WirImport hostReadImport() {
        return new WirImport(HOST_READ, SESSION_RT, "read", FuncType.of(List.of(I32, I32), List.of(I32)));
    }

    /** One {@code fd_read} of fd 0 into [ptr, ptr+cap): the count read, or minus the WASI errno. */
    static WirFunction read() {
        Emitter e = new Emitter(READ, params("ptr", I32, "cap", I32), List.of(I32));
        e.i32(IOVEC).get(0).store(Op.I32_STORE, 0);
        e.i32(IOVEC).get(1).store(Op.I32_STORE, 4);
        e.i32(NWRITTEN).i32(0).store(Op.I32_STORE, 0);
        e.i32(0).i32(IOVEC).i32(1).i32(NWRITTEN).call(FD_READ);
        int errno = e.newLocal("errno", I32);
        e.set(errno);
        e.get(errno);
        e.ifThen(BlockType.result(I32));
        e.i32(0).get(errno).op(Op.I32_SUB);
        e.elseBranch();
        e.i32(NWRITTEN).load(Op.I32_LOAD, 0);
        e.end();
        return e.finish(null);
    }

    /**
     * A cell's imports: standard streams, exit and panic from the session instead of WASI, so that a cell runs
     * under every host profile and a panic ends only the cell. {@code proc_exit}'s symbol is the session's exit.
     */
    static List<WirImport> cellImports() {
        return List.of(
                new WirImport(PROC_EXIT, SESSION_RT, "exit", FuncType.of(List.of(I32), List.of())),
                new WirImport(HOST_WRITE, SESSION_RT, "write", FuncType.of(List.of(I32, I32, I32), List.of())),
                new WirImport(HOST_PANIC, SESSION_RT, "panic", FuncType.of(List.of(I32, I32), List.of())),
                new WirImport(HOST_OOM, SESSION_RT, "out_of_memory", FuncType.of(List.of(I32), List.of())),
                new WirImport(INTERRUPTED, SESSION_RT, "interrupted", FuncType.of(List.of(), List.of())));
    }

    static List<WirGlobal> globals() {
        return List.of(new WirGlobal(LEN, I32, true, 0, null, null, null),
                new WirGlobal(FD, I32, true, 1, null, null, null),
                new WirGlobal(SP, I32, true, MemoryLayout.STACK_TOP, null, null, null),
                new WirGlobal(INDENT, I32, true, 0, null, null, null));
    }

    /** A cell's globals: the shadow stack pointer and the interrupt flag are the session's. */
    static List<WirGlobal> cellGlobals() {
        // the library's own state is the session's too: a cell runs library functions of earlier cells
        return List.of(new WirGlobal(SP, I32, true, 0, SESSION_RT, "__stack_pointer", null),
                new WirGlobal(INTERRUPT_FLAG, I32, true, 0, SESSION_RT, "__interrupt", null),
                new WirGlobal(LEN, I32, true, 0, SESSION_RT, LEN, null),
                new WirGlobal(FD, I32, true, 1, SESSION_RT, FD, null),
                new WirGlobal(INDENT, I32, true, 0, SESSION_RT, INDENT, null));
    }

    static List<WirFunction> functions() {
        return functions(false);
    }

    /** The names of a cell's runtime functions, which never change (so they are built once to learn them). */
    static List<String> cellFunctionNames() {
        return CellFunctionNames.NAMES;
    }

    private static final class CellFunctionNames {
        static final List<String> NAMES = functions(true).stream().map(WirFunction::name).toList();
    }

    static List<WirFunction> functions(boolean cell) {
        List<WirFunction> fs = new ArrayList<>();
        fs.add(cell ? cellWrite() : write());
        fs.add(cell ? cellPanicExit() : panicExit());
        fs.add(begin());
        fs.add(flush());
        fs.add(push());
        fs.add(pushByte());
        fs.add(pushChar());
        fs.add(pushU128());
        fs.add(pushI128());
        fs.add(pad());
        fs.add(padZero());
        fs.add(panicStatic());
        fs.add(exit());
        fs.add(newline());
        fs.add(strCmp());
        fs.add(utf8Prefix());
        fs.add(powi(POWI_F32, ValType.F32));
        fs.add(powi(POWI_F64, ValType.F64));
        fs.addAll(Int128.functions());
        return fs;
    }

    private static List<WirLocal> params(Object... nameType) {
        List<WirLocal> ps = new ArrayList<>();
        for (int i = 0; i < nameType.length; i += 2) {
            ps.add(new WirLocal((String) nameType[i], (ValType) nameType[i + 1]));
        }
        return ps;
    }

    /** In a cell: the session's streams take the whole text at once. */
    private static WirFunction cellWrite() {
        Emitter e = new Emitter(WRITE, params("fd", I32, "ptr", I32, "len", I32), List.of());
        e.get(0).get(1).get(2).call(HOST_WRITE);
        return e.finish(null);
    }

    private static WirFunction panicExit() {
        Emitter e = new Emitter(PANIC_EXIT, List.of(), List.of());
        e.i32(101).call(PROC_EXIT);
        return e.finish(null);
    }

    /** In a cell the message is already on stderr: the session's panic (with no text of its own) ends the cell. */
    private static WirFunction cellPanicExit() {
        Emitter e = new Emitter(PANIC_EXIT, List.of(), List.of());
        e.i32(0).i32(0).call(HOST_PANIC);
        return e.finish(null);
    }

    /** Writes all of [ptr, ptr+len) to fd, retrying partial writes; gives up silently on a WASI error (like a closed pipe). */
    private static WirFunction write() {
        Emitter e = new Emitter(WRITE, params("fd", I32, "ptr", I32, "len", I32), List.of());
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(2).op(Op.I32_EQZ).brIf(brk);
        e.i32(IOVEC).get(1).store(Op.I32_STORE, 0);
        e.i32(IOVEC).get(2).store(Op.I32_STORE, 4);
        e.get(0).i32(IOVEC).i32(1).i32(NWRITTEN).call(FD_WRITE);
        e.brIf(brk);
        e.i32(NWRITTEN).load(Op.I32_LOAD, 0).op(Op.I32_EQZ).brIf(brk);
        e.get(1).i32(NWRITTEN).load(Op.I32_LOAD, 0).op(Op.I32_ADD).set(1);
        e.get(2).i32(NWRITTEN).load(Op.I32_LOAD, 0).op(Op.I32_SUB).set(2);
        e.br(top);
        e.end();
        e.end();
        return e.finish(null);
    }

    private static WirFunction begin() {
        Emitter e = new Emitter(BEGIN, params("fd", I32), List.of());
        e.get(0).globalSet(FD).i32(0).globalSet(LEN);
        return e.finish(null);
    }

    private static WirFunction flush() {
        Emitter e = new Emitter(FLUSH, List.of(), List.of());
        // fd -1: the text is being built into a String (format!), which must fit the buffer
        e.globalGet(FD).i32(-1).op(Op.I32_EQ);
        e.ifThen(BlockType.EMPTY);
        byte[] msg = "\nerror: format! produced more than 64 KiB of text, which WasmRust does not support yet\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < msg.length; i++) {
            e.i32(DIGITS + i).i32(msg[i]).store(Op.I32_STORE8, 0);
        }
        e.i32(2).i32(DIGITS).i32(msg.length).call(WRITE);
        e.i32(134).call(PROC_EXIT);
        e.end();
        e.globalGet(FD).i32(OUT_BUF).globalGet(LEN).call(WRITE);
        e.i32(0).globalSet(LEN);
        return e.finish(null);
    }

    /** Appends bytes; when the buffer would overflow it is flushed first, and a chunk larger than the buffer is written directly. */
    private static WirFunction push() {
        Emitter e = new Emitter(PUSH, params("ptr", I32, "len", I32), List.of());
        e.globalGet(LEN).get(1).op(Op.I32_ADD).i32(OUT_CAP).op(Op.I32_GT_U);
        e.ifThen(BlockType.EMPTY);
        e.call(FLUSH);
        e.end();
        e.get(1).i32(OUT_CAP).op(Op.I32_GT_U);
        e.ifThen(BlockType.EMPTY);
        e.call(FLUSH);
        e.globalGet(FD).get(0).get(1).call(WRITE).ret();
        e.end();
        e.i32(OUT_BUF).globalGet(LEN).op(Op.I32_ADD).get(0).get(1).emit(new Inst.MemoryCopy());
        e.globalGet(LEN).get(1).op(Op.I32_ADD).globalSet(LEN);
        return e.finish(null);
    }

    private static WirFunction pushByte() {
        Emitter e = new Emitter(PUSH_BYTE, params("b", I32), List.of());
        e.globalGet(LEN).i32(OUT_CAP).op(Op.I32_GE_U);
        e.ifThen(BlockType.EMPTY);
        e.call(FLUSH);
        e.end();
        e.i32(OUT_BUF).globalGet(LEN).op(Op.I32_ADD).get(0).store(Op.I32_STORE8, 0);
        e.globalGet(LEN).i32(1).op(Op.I32_ADD).globalSet(LEN);
        return e.finish(null);
    }

    /** UTF-8 encodes a Unicode scalar value (the type system guarantees it is one). */
    private static WirFunction pushChar() {
        Emitter e = new Emitter(PUSH_CHAR, params("cp", I32), List.of());
        e.get(0).i32(0x80).op(Op.I32_LT_U);
        e.ifThen(BlockType.EMPTY);
        e.get(0).call(PUSH_BYTE).ret();
        e.end();
        e.get(0).i32(0x800).op(Op.I32_LT_U);
        e.ifThen(BlockType.EMPTY);
        e.get(0).i32(6).op(Op.I32_SHR_U).i32(0xC0).op(Op.I32_OR).call(PUSH_BYTE);
        continuation(e, 0);
        e.ret();
        e.end();
        e.get(0).i32(0x10000).op(Op.I32_LT_U);
        e.ifThen(BlockType.EMPTY);
        e.get(0).i32(12).op(Op.I32_SHR_U).i32(0xE0).op(Op.I32_OR).call(PUSH_BYTE);
        continuation(e, 6);
        continuation(e, 0);
        e.ret();
        e.end();
        e.get(0).i32(18).op(Op.I32_SHR_U).i32(0xF0).op(Op.I32_OR).call(PUSH_BYTE);
        continuation(e, 12);
        continuation(e, 6);
        continuation(e, 0);
        return e.finish(null);
    }

    private static void continuation(Emitter e, int shift) {
        e.get(0).i32(shift).op(Op.I32_SHR_U).i32(0x3F).op(Op.I32_AND).i32(0x80).op(Op.I32_OR).call(PUSH_BYTE);
    }

    /**
     * Appends an unsigned 128-bit number in a radix of 2..16. The value is divided by the radix limb by
     * limb (32-bit limbs, so each step's dividend fits in 64 bits); digits are produced backwards into
     * the scratch area and then appended in order.
     */
    private static WirFunction pushU128() {
        Emitter e = new Emitter(PUSH_U128, params("lo", I64, "hi", I64, "radix", I32, "upper", I32), List.of());
        int pos = e.newLocal("pos", I32);
        int rem = e.newLocal("rem", I64);
        int cur = e.newLocal("cur", I64);
        int r = e.newLocal("r", I64);
        int d = e.newLocal("digit", I32);
        e.get(2).op(Op.I64_EXTEND_I32_U).set(r);
        e.i32(DIGITS + DIGITS_SIZE).set(pos);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.i64(0).set(rem);
        // hi's upper limb
        divLimb(e, 1, 32, true, rem, cur, r);
        divLimb(e, 1, 0, false, rem, cur, r);
        divLimb(e, 0, 32, true, rem, cur, r);
        divLimb(e, 0, 0, false, rem, cur, r);
        e.get(rem).op(Op.I32_WRAP_I64).set(d);
        e.get(pos).i32(1).op(Op.I32_SUB).set(pos);
        e.get(pos);
        e.get(d).i32(10).op(Op.I32_LT_U);
        e.ifThen(BlockType.result(I32));
        e.get(d).i32('0').op(Op.I32_ADD);
        e.elseBranch();
        e.get(d).i32(10).op(Op.I32_SUB);
        e.i32('A').i32('a').get(3).emit(new Inst.Select(null));
        e.op(Op.I32_ADD);
        e.end();
        e.store(Op.I32_STORE8, 0);
        e.get(0).get(1).op(Op.I64_OR).op(Op.I64_EQZ).brIf(brk);
        e.br(top);
        e.end();
        e.end();
        e.get(pos).i32(DIGITS + DIGITS_SIZE).get(pos).op(Op.I32_SUB).call(PUSH);
        return e.finish(null);
    }

    /** One step of long division: replaces 32 bits of {@code local} (upper when {@code upper}) with the quotient limb. */
    private static void divLimb(Emitter e, int local, int shift, boolean upper, int rem, int cur, int radix) {
        // cur = (rem << 32) | limb
        e.get(rem).i64(32).op(Op.I64_SHL);
        e.get(local);
        if (upper) {
            e.i64(32).op(Op.I64_SHR_U);
        } else {
            e.i64(0xFFFFFFFFL).op(Op.I64_AND);
        }
        e.op(Op.I64_OR).set(cur);
        // local = (local & ~limbMask) | (cur / radix) << shift
        e.get(local);
        e.i64(upper ? 0xFFFFFFFFL : 0xFFFFFFFF00000000L).op(Op.I64_AND);
        e.get(cur).get(radix).op(Op.I64_DIV_U).i64(shift).op(Op.I64_SHL);
        e.op(Op.I64_OR).set(local);
        e.get(cur).get(radix).op(Op.I64_REM_U).set(rem);
    }

    /** Signed decimal: a minus sign and the magnitude (two's-complement negation is exact as unsigned, even for the minimum). */
    private static WirFunction pushI128() {
        Emitter e = new Emitter(PUSH_I128, params("lo", I64, "hi", I64), List.of());
        e.get(1).i64(0).op(Op.I64_LT_S);
        e.ifThen(BlockType.EMPTY);
        e.i32('-').call(PUSH_BYTE);
        Int128.neg(e, 0, 1);
        e.end();
        e.get(0).get(1).i32(10).i32(0).call(PUSH_U128);
        return e.finish(null);
    }

    /**
     * Pads the text written since {@code mark} to {@code width} characters with {@code fill}; align 1 = left,
     * 2 = right, 3 = center (extra fill goes right, as in Rust). Assumes the text is still in the buffer.
     */
    private static WirFunction pad() {
        Emitter e = new Emitter(PAD, params("mark", I32, "width", I32, "fill", I32, "align", I32), List.of());
        int count = e.newLocal("count", I32);
        int p = e.newLocal("p", I32);
        int before = e.newLocal("before", I32);
        int after = e.newLocal("after", I32);
        int flen = e.newLocal("flen", I32);
        int save = e.newLocal("save", I32);
        int i = e.newLocal("i", I32);
        // count characters (bytes that are not UTF-8 continuation bytes)
        e.get(0).set(p);
        int cb = e.block(BlockType.EMPTY);
        int cl = e.loop(BlockType.EMPTY);
        e.get(p).globalGet(LEN).op(Op.I32_GE_U).brIf(cb);
        e.i32(OUT_BUF).get(p).op(Op.I32_ADD).load(Op.I32_LOAD8_U, 0).i32(0xC0).op(Op.I32_AND).i32(0x80).op(Op.I32_NE);
        e.get(count).op(Op.I32_ADD).set(count);
        e.get(p).i32(1).op(Op.I32_ADD).set(p);
        e.br(cl);
        e.end();
        e.end();
        e.get(count).get(1).op(Op.I32_GE_U);
        e.ifThen(BlockType.EMPTY);
        e.ret();
        e.end();
        e.get(1).get(count).op(Op.I32_SUB).set(after);
        e.get(3).i32(2).op(Op.I32_EQ);
        e.ifThen(BlockType.EMPTY);
        e.get(after).set(before).i32(0).set(after);
        e.end();
        e.get(3).i32(3).op(Op.I32_EQ);
        e.ifThen(BlockType.EMPTY);
        e.get(after).i32(1).op(Op.I32_SHR_U).set(before);
        e.get(after).get(before).op(Op.I32_SUB).set(after);
        e.end();
        // encode the fill character into the scratch area by pushing it and taking it back
        e.globalGet(LEN).set(save);
        e.get(2).call(PUSH_CHAR);
        e.globalGet(LEN).get(save).op(Op.I32_SUB).set(flen);
        e.i32(FILL).i32(OUT_BUF).get(save).op(Op.I32_ADD).get(flen).emit(new Inst.MemoryCopy());
        e.get(save).globalSet(LEN);
        // move the text right to make room for the leading fill
        e.i32(OUT_BUF).get(0).op(Op.I32_ADD).get(before).get(flen).op(Op.I32_MUL).op(Op.I32_ADD);
        e.i32(OUT_BUF).get(0).op(Op.I32_ADD);
        e.globalGet(LEN).get(0).op(Op.I32_SUB);
        e.emit(new Inst.MemoryCopy());
        e.i32(0).set(i);
        int fb = e.block(BlockType.EMPTY);
        int fl = e.loop(BlockType.EMPTY);
        e.get(i).get(before).op(Op.I32_GE_U).brIf(fb);
        e.i32(OUT_BUF).get(0).op(Op.I32_ADD).get(i).get(flen).op(Op.I32_MUL).op(Op.I32_ADD);
        e.i32(FILL).get(flen).emit(new Inst.MemoryCopy());
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(fl);
        e.end();
        e.end();
        e.globalGet(LEN).get(before).get(flen).op(Op.I32_MUL).op(Op.I32_ADD).globalSet(LEN);
        e.i32(0).set(i);
        int ab = e.block(BlockType.EMPTY);
        int al = e.loop(BlockType.EMPTY);
        e.get(i).get(after).op(Op.I32_GE_U).brIf(ab);
        e.i32(FILL).get(flen).call(PUSH);
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(al);
        e.end();
        e.end();
        return e.finish(null);
    }

    /** {@code {:0N}}: zeros after the sign and a {@code 0x}-style prefix of {@code prefix} bytes, up to {@code width}. */
    private static WirFunction padZero() {
        Emitter e = new Emitter(PAD_ZERO, params("mark", I32, "width", I32, "prefix", I32), List.of());
        int b = e.newLocal("b", I32);
        e.i32(OUT_BUF).get(0).op(Op.I32_ADD).load(Op.I32_LOAD8_U, 0).set(b);
        e.get(b).i32('-').op(Op.I32_EQ).get(b).i32('+').op(Op.I32_EQ).op(Op.I32_OR);
        e.ifThen(BlockType.EMPTY);
        e.get(0).i32(1).op(Op.I32_ADD).set(0);
        e.get(1).i32(1).op(Op.I32_SUB).set(1);
        e.end();
        e.get(0).get(2).op(Op.I32_ADD);
        e.get(1).get(2).op(Op.I32_SUB);
        e.i32('0').i32(2).call(PAD);
        return e.finish(null);
    }

    /** Writes a prepared panic message to stderr and exits with 101, as a Rust binary does after a panic. */
    private static WirFunction panicStatic() {
        Emitter e = new Emitter(PANIC_STATIC, params("ptr", I32, "len", I32), List.of());
        e.i32(2).get(0).get(1).call(WRITE);
        e.call(PANIC_EXIT);
        return e.finish(null);
    }

    private static WirFunction exit() {
        Emitter e = new Emitter(EXIT, params("code", I32), List.of());
        e.get(0).call(PROC_EXIT);
        return e.finish(null);
    }

    /** A line break followed by four spaces per `{:#?}` nesting level. */
    private static WirFunction newline() {
        Emitter e = new Emitter(NEWLINE, List.of(), List.of());
        int i = e.newLocal("i", I32);
        e.i32('\n').call(PUSH_BYTE);
        e.globalGet(INDENT).i32(4).op(Op.I32_MUL).set(i);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i).op(Op.I32_EQZ).brIf(brk);
        e.i32(' ').call(PUSH_BYTE);
        e.get(i).i32(1).op(Op.I32_SUB).set(i);
        e.br(top);
        e.end();
        e.end();
        return e.finish(null);
    }

    private static WirFunction utf8Prefix() {
        Emitter e = new Emitter(UTF8_PREFIX, params("ptr", I32, "len", I32, "n", I32), List.of(I32));
        int i = e.newLocal("i", I32);
        int chars = e.newLocal("chars", I32);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i).get(1).op(Op.I32_GE_U).brIf(brk);
        // a byte that is not a continuation byte starts a character
        e.get(0).get(i).op(Op.I32_ADD).load(Op.I32_LOAD8_U, 0).i32(0xC0).op(Op.I32_AND).i32(0x80).op(Op.I32_NE);
        e.ifThen(BlockType.EMPTY);
        e.get(chars).get(2).op(Op.I32_EQ).brIf(brk);
        e.get(chars).i32(1).op(Op.I32_ADD).set(chars);
        e.end();
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(top);
        e.end();
        e.end();
        e.get(i);
        return e.finish(null);
    }

    /** Byte-wise three-way comparison of two strings (-1, 0, 1), as `str`'s `Ord` compares. */
    private static WirFunction strCmp() {
        Emitter e = new Emitter(STR_CMP, params("ap", I32, "al", I32, "bp", I32, "bl", I32), List.of(I32));
        int i = e.newLocal("i", I32);
        int n = e.newLocal("n", I32);
        int x = e.newLocal("x", I32);
        int y = e.newLocal("y", I32);
        e.get(1).get(3).get(1).get(3).op(Op.I32_LT_U).emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null)).set(n);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i).get(n).op(Op.I32_GE_U).brIf(brk);
        e.get(0).get(i).op(Op.I32_ADD).load(Op.I32_LOAD8_U, 0).set(x);
        e.get(2).get(i).op(Op.I32_ADD).load(Op.I32_LOAD8_U, 0).set(y);
        e.get(x).get(y).op(Op.I32_NE);
        e.ifThen(BlockType.EMPTY);
        e.i32(-1).i32(1).get(x).get(y).op(Op.I32_LT_U).emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null)).ret();
        e.end();
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(top);
        e.end();
        e.end();
        // equal prefixes: the shorter string is less
        e.get(1).get(3).op(Op.I32_GT_U).get(1).get(3).op(Op.I32_LT_U).op(Op.I32_SUB);
        return e.finish(null);
    }

    /** {@code x.powi(n)} by repeated squaring, with a reciprocal for negative exponents (compiler-rt's algorithm). */
    private static WirFunction powi(String name, ValType t) {
        boolean f32 = t == ValType.F32;
        Emitter e = new Emitter(name, params("x", t, "n", I32), List.of(t));
        int r = e.newLocal("r", t);
        int m = e.newLocal("m", I32);
        e.emit(new dev.wasmrust.compiler.wasmir.Inst.Const(t, f32 ? Float.floatToRawIntBits(1f) : Double.doubleToRawLongBits(1.0))).set(r);
        e.get(1).set(m);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(m).i32(1).op(Op.I32_AND);
        e.ifThen(BlockType.EMPTY);
        e.get(r).get(0).op(f32 ? Op.F32_MUL : Op.F64_MUL).set(r);
        e.end();
        e.get(m).i32(2).op(Op.I32_DIV_S).set(m);
        e.get(m).op(Op.I32_EQZ).brIf(brk);
        e.get(0).get(0).op(f32 ? Op.F32_MUL : Op.F64_MUL).set(0);
        e.br(top);
        e.end();
        e.end();
        e.get(1).i32(0).op(Op.I32_LT_S);
        e.ifThen(BlockType.result(t));
        e.emit(new dev.wasmrust.compiler.wasmir.Inst.Const(t, f32 ? Float.floatToRawIntBits(1f) : Double.doubleToRawLongBits(1.0)));
        e.get(r).op(f32 ? Op.F32_DIV : Op.F64_DIV);
        e.elseBranch();
        e.get(r);
        e.end();
        return e.finish(null);
    }
}
