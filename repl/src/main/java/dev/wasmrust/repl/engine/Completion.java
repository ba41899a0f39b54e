package dev.wasmrust.repl.engine;

/**
 * One completion an engine offers: the text to insert, its kind ({@code fn}, {@code method}, {@code field},
 * {@code struct}, {@code var}, {@code mod}, ...) and a short description (a signature or type).
 */
public record Completion(String value, String kind, String description) {}
