package dev.wasmrust.compiler.wasmir;

import java.util.HashMap;
import java.util.Map;

/**
 * The numeric, conversion and memory-access opcodes of WebAssembly 2.0 (MVP, sign extension and
 * non-trapping float-to-int), with their text names and binary encodings. A flat table on purpose.
 */
public enum Op {
    I32_EQZ("i32.eqz", 0, 0x45, Kind.NUMERIC, 0),
    I32_EQ("i32.eq", 0, 0x46, Kind.NUMERIC, 0),
    I32_NE("i32.ne", 0, 0x47, Kind.NUMERIC, 0),
    I32_LT_S("i32.lt_s", 0, 0x48, Kind.NUMERIC, 0),
    I32_LT_U("i32.lt_u", 0, 0x49, Kind.NUMERIC, 0),
    I32_GT_S("i32.gt_s", 0, 0x4a, Kind.NUMERIC, 0),
    I32_GT_U("i32.gt_u", 0, 0x4b, Kind.NUMERIC, 0),
    I32_LE_S("i32.le_s", 0, 0x4c, Kind.NUMERIC, 0),
    I32_LE_U("i32.le_u", 0, 0x4d, Kind.NUMERIC, 0),
    I32_GE_S("i32.ge_s", 0, 0x4e, Kind.NUMERIC, 0),
    I32_GE_U("i32.ge_u", 0, 0x4f, Kind.NUMERIC, 0),
    I64_EQZ("i64.eqz", 0, 0x50, Kind.NUMERIC, 0),
    I64_EQ("i64.eq", 0, 0x51, Kind.NUMERIC, 0),
    I64_NE("i64.ne", 0, 0x52, Kind.NUMERIC, 0),
    I64_LT_S("i64.lt_s", 0, 0x53, Kind.NUMERIC, 0),
    I64_LT_U("i64.lt_u", 0, 0x54, Kind.NUMERIC, 0),
    I64_GT_S("i64.gt_s", 0, 0x55, Kind.NUMERIC, 0),
    I64_GT_U("i64.gt_u", 0, 0x56, Kind.NUMERIC, 0),
    I64_LE_S("i64.le_s", 0, 0x57, Kind.NUMERIC, 0),
    I64_LE_U("i64.le_u", 0, 0x58, Kind.NUMERIC, 0),
    I64_GE_S("i64.ge_s", 0, 0x59, Kind.NUMERIC, 0),
    I64_GE_U("i64.ge_u", 0, 0x5a, Kind.NUMERIC, 0),
    F32_EQ("f32.eq", 0, 0x5b, Kind.NUMERIC, 0),
    F32_NE("f32.ne", 0, 0x5c, Kind.NUMERIC, 0),
    F32_LT("f32.lt", 0, 0x5d, Kind.NUMERIC, 0),
    F32_GT("f32.gt", 0, 0x5e, Kind.NUMERIC, 0),
    F32_LE("f32.le", 0, 0x5f, Kind.NUMERIC, 0),
    F32_GE("f32.ge", 0, 0x60, Kind.NUMERIC, 0),
    F64_EQ("f64.eq", 0, 0x61, Kind.NUMERIC, 0),
    F64_NE("f64.ne", 0, 0x62, Kind.NUMERIC, 0),
    F64_LT("f64.lt", 0, 0x63, Kind.NUMERIC, 0),
    F64_GT("f64.gt", 0, 0x64, Kind.NUMERIC, 0),
    F64_LE("f64.le", 0, 0x65, Kind.NUMERIC, 0),
    F64_GE("f64.ge", 0, 0x66, Kind.NUMERIC, 0),
    I32_CLZ("i32.clz", 0, 0x67, Kind.NUMERIC, 0),
    I32_CTZ("i32.ctz", 0, 0x68, Kind.NUMERIC, 0),
    I32_POPCNT("i32.popcnt", 0, 0x69, Kind.NUMERIC, 0),
    I32_ADD("i32.add", 0, 0x6a, Kind.NUMERIC, 0),
    I32_SUB("i32.sub", 0, 0x6b, Kind.NUMERIC, 0),
    I32_MUL("i32.mul", 0, 0x6c, Kind.NUMERIC, 0),
    I32_DIV_S("i32.div_s", 0, 0x6d, Kind.NUMERIC, 0),
    I32_DIV_U("i32.div_u", 0, 0x6e, Kind.NUMERIC, 0),
    I32_REM_S("i32.rem_s", 0, 0x6f, Kind.NUMERIC, 0),
    I32_REM_U("i32.rem_u", 0, 0x70, Kind.NUMERIC, 0),
    I32_AND("i32.and", 0, 0x71, Kind.NUMERIC, 0),
    I32_OR("i32.or", 0, 0x72, Kind.NUMERIC, 0),
    I32_XOR("i32.xor", 0, 0x73, Kind.NUMERIC, 0),
    I32_SHL("i32.shl", 0, 0x74, Kind.NUMERIC, 0),
    I32_SHR_S("i32.shr_s", 0, 0x75, Kind.NUMERIC, 0),
    I32_SHR_U("i32.shr_u", 0, 0x76, Kind.NUMERIC, 0),
    I32_ROTL("i32.rotl", 0, 0x77, Kind.NUMERIC, 0),
    I32_ROTR("i32.rotr", 0, 0x78, Kind.NUMERIC, 0),
    I64_CLZ("i64.clz", 0, 0x79, Kind.NUMERIC, 0),
    I64_CTZ("i64.ctz", 0, 0x7a, Kind.NUMERIC, 0),
    I64_POPCNT("i64.popcnt", 0, 0x7b, Kind.NUMERIC, 0),
    I64_ADD("i64.add", 0, 0x7c, Kind.NUMERIC, 0),
    I64_SUB("i64.sub", 0, 0x7d, Kind.NUMERIC, 0),
    I64_MUL("i64.mul", 0, 0x7e, Kind.NUMERIC, 0),
    I64_DIV_S("i64.div_s", 0, 0x7f, Kind.NUMERIC, 0),
    I64_DIV_U("i64.div_u", 0, 0x80, Kind.NUMERIC, 0),
    I64_REM_S("i64.rem_s", 0, 0x81, Kind.NUMERIC, 0),
    I64_REM_U("i64.rem_u", 0, 0x82, Kind.NUMERIC, 0),
    I64_AND("i64.and", 0, 0x83, Kind.NUMERIC, 0),
    I64_OR("i64.or", 0, 0x84, Kind.NUMERIC, 0),
    I64_XOR("i64.xor", 0, 0x85, Kind.NUMERIC, 0),
    I64_SHL("i64.shl", 0, 0x86, Kind.NUMERIC, 0),
    I64_SHR_S("i64.shr_s", 0, 0x87, Kind.NUMERIC, 0),
    I64_SHR_U("i64.shr_u", 0, 0x88, Kind.NUMERIC, 0),
    I64_ROTL("i64.rotl", 0, 0x89, Kind.NUMERIC, 0),
    I64_ROTR("i64.rotr", 0, 0x8a, Kind.NUMERIC, 0),
    F32_ABS("f32.abs", 0, 0x8b, Kind.NUMERIC, 0),
    F32_NEG("f32.neg", 0, 0x8c, Kind.NUMERIC, 0),
    F32_CEIL("f32.ceil", 0, 0x8d, Kind.NUMERIC, 0),
    F32_FLOOR("f32.floor", 0, 0x8e, Kind.NUMERIC, 0),
    F32_TRUNC("f32.trunc", 0, 0x8f, Kind.NUMERIC, 0),
    F32_NEAREST("f32.nearest", 0, 0x90, Kind.NUMERIC, 0),
    F32_SQRT("f32.sqrt", 0, 0x91, Kind.NUMERIC, 0),
    F32_ADD("f32.add", 0, 0x92, Kind.NUMERIC, 0),
    F32_SUB("f32.sub", 0, 0x93, Kind.NUMERIC, 0),
    F32_MUL("f32.mul", 0, 0x94, Kind.NUMERIC, 0),
    F32_DIV("f32.div", 0, 0x95, Kind.NUMERIC, 0),
    F32_MIN("f32.min", 0, 0x96, Kind.NUMERIC, 0),
    F32_MAX("f32.max", 0, 0x97, Kind.NUMERIC, 0),
    F32_COPYSIGN("f32.copysign", 0, 0x98, Kind.NUMERIC, 0),
    F64_ABS("f64.abs", 0, 0x99, Kind.NUMERIC, 0),
    F64_NEG("f64.neg", 0, 0x9a, Kind.NUMERIC, 0),
    F64_CEIL("f64.ceil", 0, 0x9b, Kind.NUMERIC, 0),
    F64_FLOOR("f64.floor", 0, 0x9c, Kind.NUMERIC, 0),
    F64_TRUNC("f64.trunc", 0, 0x9d, Kind.NUMERIC, 0),
    F64_NEAREST("f64.nearest", 0, 0x9e, Kind.NUMERIC, 0),
    F64_SQRT("f64.sqrt", 0, 0x9f, Kind.NUMERIC, 0),
    F64_ADD("f64.add", 0, 0xa0, Kind.NUMERIC, 0),
    F64_SUB("f64.sub", 0, 0xa1, Kind.NUMERIC, 0),
    F64_MUL("f64.mul", 0, 0xa2, Kind.NUMERIC, 0),
    F64_DIV("f64.div", 0, 0xa3, Kind.NUMERIC, 0),
    F64_MIN("f64.min", 0, 0xa4, Kind.NUMERIC, 0),
    F64_MAX("f64.max", 0, 0xa5, Kind.NUMERIC, 0),
    F64_COPYSIGN("f64.copysign", 0, 0xa6, Kind.NUMERIC, 0),
    I32_WRAP_I64("i32.wrap_i64", 0, 0xa7, Kind.NUMERIC, 0),
    I32_TRUNC_F32_S("i32.trunc_f32_s", 0, 0xa8, Kind.NUMERIC, 0),
    I32_TRUNC_F32_U("i32.trunc_f32_u", 0, 0xa9, Kind.NUMERIC, 0),
    I32_TRUNC_F64_S("i32.trunc_f64_s", 0, 0xaa, Kind.NUMERIC, 0),
    I32_TRUNC_F64_U("i32.trunc_f64_u", 0, 0xab, Kind.NUMERIC, 0),
    I64_EXTEND_I32_S("i64.extend_i32_s", 0, 0xac, Kind.NUMERIC, 0),
    I64_EXTEND_I32_U("i64.extend_i32_u", 0, 0xad, Kind.NUMERIC, 0),
    I64_TRUNC_F32_S("i64.trunc_f32_s", 0, 0xae, Kind.NUMERIC, 0),
    I64_TRUNC_F32_U("i64.trunc_f32_u", 0, 0xaf, Kind.NUMERIC, 0),
    I64_TRUNC_F64_S("i64.trunc_f64_s", 0, 0xb0, Kind.NUMERIC, 0),
    I64_TRUNC_F64_U("i64.trunc_f64_u", 0, 0xb1, Kind.NUMERIC, 0),
    F32_CONVERT_I32_S("f32.convert_i32_s", 0, 0xb2, Kind.NUMERIC, 0),
    F32_CONVERT_I32_U("f32.convert_i32_u", 0, 0xb3, Kind.NUMERIC, 0),
    F32_CONVERT_I64_S("f32.convert_i64_s", 0, 0xb4, Kind.NUMERIC, 0),
    F32_CONVERT_I64_U("f32.convert_i64_u", 0, 0xb5, Kind.NUMERIC, 0),
    F32_DEMOTE_F64("f32.demote_f64", 0, 0xb6, Kind.NUMERIC, 0),
    F64_CONVERT_I32_S("f64.convert_i32_s", 0, 0xb7, Kind.NUMERIC, 0),
    F64_CONVERT_I32_U("f64.convert_i32_u", 0, 0xb8, Kind.NUMERIC, 0),
    F64_CONVERT_I64_S("f64.convert_i64_s", 0, 0xb9, Kind.NUMERIC, 0),
    F64_CONVERT_I64_U("f64.convert_i64_u", 0, 0xba, Kind.NUMERIC, 0),
    F64_PROMOTE_F32("f64.promote_f32", 0, 0xbb, Kind.NUMERIC, 0),
    I32_REINTERPRET_F32("i32.reinterpret_f32", 0, 0xbc, Kind.NUMERIC, 0),
    I64_REINTERPRET_F64("i64.reinterpret_f64", 0, 0xbd, Kind.NUMERIC, 0),
    F32_REINTERPRET_I32("f32.reinterpret_i32", 0, 0xbe, Kind.NUMERIC, 0),
    F64_REINTERPRET_I64("f64.reinterpret_i64", 0, 0xbf, Kind.NUMERIC, 0),
    I32_EXTEND8_S("i32.extend8_s", 0, 0xc0, Kind.NUMERIC, 0),
    I32_EXTEND16_S("i32.extend16_s", 0, 0xc1, Kind.NUMERIC, 0),
    I64_EXTEND8_S("i64.extend8_s", 0, 0xc2, Kind.NUMERIC, 0),
    I64_EXTEND16_S("i64.extend16_s", 0, 0xc3, Kind.NUMERIC, 0),
    I64_EXTEND32_S("i64.extend32_s", 0, 0xc4, Kind.NUMERIC, 0),
    I32_TRUNC_SAT_F32_S("i32.trunc_sat_f32_s", 0xFC, 0, Kind.NUMERIC, 0),
    I32_TRUNC_SAT_F32_U("i32.trunc_sat_f32_u", 0xFC, 1, Kind.NUMERIC, 0),
    I32_TRUNC_SAT_F64_S("i32.trunc_sat_f64_s", 0xFC, 2, Kind.NUMERIC, 0),
    I32_TRUNC_SAT_F64_U("i32.trunc_sat_f64_u", 0xFC, 3, Kind.NUMERIC, 0),
    I64_TRUNC_SAT_F32_S("i64.trunc_sat_f32_s", 0xFC, 4, Kind.NUMERIC, 0),
    I64_TRUNC_SAT_F32_U("i64.trunc_sat_f32_u", 0xFC, 5, Kind.NUMERIC, 0),
    I64_TRUNC_SAT_F64_S("i64.trunc_sat_f64_s", 0xFC, 6, Kind.NUMERIC, 0),
    I64_TRUNC_SAT_F64_U("i64.trunc_sat_f64_u", 0xFC, 7, Kind.NUMERIC, 0),
    I32_LOAD("i32.load", 0, 0x28, Kind.LOAD, 2),
    I64_LOAD("i64.load", 0, 0x29, Kind.LOAD, 3),
    F32_LOAD("f32.load", 0, 0x2a, Kind.LOAD, 2),
    F64_LOAD("f64.load", 0, 0x2b, Kind.LOAD, 3),
    I32_LOAD8_S("i32.load8_s", 0, 0x2c, Kind.LOAD, 0),
    I32_LOAD8_U("i32.load8_u", 0, 0x2d, Kind.LOAD, 0),
    I32_LOAD16_S("i32.load16_s", 0, 0x2e, Kind.LOAD, 1),
    I32_LOAD16_U("i32.load16_u", 0, 0x2f, Kind.LOAD, 1),
    I64_LOAD8_S("i64.load8_s", 0, 0x30, Kind.LOAD, 0),
    I64_LOAD8_U("i64.load8_u", 0, 0x31, Kind.LOAD, 0),
    I64_LOAD16_S("i64.load16_s", 0, 0x32, Kind.LOAD, 1),
    I64_LOAD16_U("i64.load16_u", 0, 0x33, Kind.LOAD, 1),
    I64_LOAD32_S("i64.load32_s", 0, 0x34, Kind.LOAD, 2),
    I64_LOAD32_U("i64.load32_u", 0, 0x35, Kind.LOAD, 2),
    I32_STORE("i32.store", 0, 0x36, Kind.STORE, 2),
    I64_STORE("i64.store", 0, 0x37, Kind.STORE, 3),
    F32_STORE("f32.store", 0, 0x38, Kind.STORE, 2),
    F64_STORE("f64.store", 0, 0x39, Kind.STORE, 3),
    I32_STORE8("i32.store8", 0, 0x3a, Kind.STORE, 0),
    I32_STORE16("i32.store16", 0, 0x3b, Kind.STORE, 1),
    I64_STORE8("i64.store8", 0, 0x3c, Kind.STORE, 0),
    I64_STORE16("i64.store16", 0, 0x3d, Kind.STORE, 1),
    I64_STORE32("i64.store32", 0, 0x3e, Kind.STORE, 2);

    /** Numeric ops take and leave operands on the stack; loads and stores also carry a memarg. */
    public enum Kind { NUMERIC, LOAD, STORE }

    private static final Map<String, Op> BY_TEXT = new HashMap<>();

    static {
        for (Op op : values()) {
            BY_TEXT.put(op.text, op);
        }
    }

    private final String text;
    private final int prefix;
    private final int code;
    private final Kind kind;
    private final int naturalAlignLog2;

    Op(String text, int prefix, int code, Kind kind, int naturalAlignLog2) {
        this.text = text;
        this.prefix = prefix;
        this.code = code;
        this.kind = kind;
        this.naturalAlignLog2 = naturalAlignLog2;
    }

    public String text() {
        return text;
    }

    /** 0 for single-byte opcodes, 0xFC for the prefixed saturating conversions. */
    public int prefix() {
        return prefix;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** log2 of the natural alignment of a load or store (the default {@code align=} of the text format). */
    public int naturalAlignLog2() {
        return naturalAlignLog2;
    }

    public static Op ofText(String text) {
        return BY_TEXT.get(text);
    }
}
