package dev.wasmrust.compiler.backend;

import dev.wasmrust.compiler.wasmir.FuncType;
import java.util.List;
import java.util.Map;

/**
 * The module's bytes, its final type list (an extension of the prefix), where data and functions ended up,
 * and how many table slots its functions' addresses use (from the options' {@code tableBase}).
 */
public record BackendOutput(byte[] wasm, List<FuncType> types, Map<String, Integer> dataAddresses,
                            Map<String, Integer> functionIndices, int tableSlots) {}
