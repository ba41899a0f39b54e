package dev.wasmrust.repl.engine;

/**
 * A session item. {@code kind} is its keyword ({@code fn}, {@code struct}, {@code enum}, {@code trait},
 * {@code impl}, {@code const}, {@code static}, {@code mod}, {@code use}, {@code type}, {@code macro_rules!});
 * {@code signature} its header as written ({@code fn area(w: u32) -> u32}).
 */
public record SessionItem(String name, String kind, String signature, String cell) {}
