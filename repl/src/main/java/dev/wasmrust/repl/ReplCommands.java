package dev.wasmrust.repl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The REPL's {@code :commands}: names, arguments and one-line descriptions (shown by {@code :help} and Tab). */
final class ReplCommands {
    /** What a command's argument is, so Tab can complete it. */
    enum Arg { NONE, EXPR, CELL_OR_ITEM, ITEM, PROFILE, ON_OFF, CODE, FILE, COMMAND }

    record Command(String name, String args, Arg arg, String description) {}

    static final List<Command> ALL = List.of(
            new Command(":help", "[COMMAND]", Arg.COMMAND, "list the commands, or explain one"),
            new Command(":vars", "", Arg.NONE, "the session's variables and their types"),
            new Command(":items", "", Arg.NONE, "the session's items (fn, struct, enum, trait, impl, use, ...)"),
            new Command(":type", "EXPR", Arg.EXPR, "the type of an expression, without running it"),
            new Command(":wat", "[CELL|ITEM]", Arg.CELL_OR_ITEM, "the WebAssembly text of a cell's module (default: the last)"),
            new Command(":ir", "[ITEM]", Arg.CELL_OR_ITEM, "the WasmIR of an item or a cell (default: the last cell)"),
            new Command(":size", "", Arg.NONE, "the size of every cell's module, its sections and what it needs"),
            new Command(":host", "[PROFILE]", Arg.PROFILE, "show or switch the host profile (wasmtime, node, browser, embedded)"),
            new Command(":caps", "", Arg.NONE, "the host profile's capabilities and what the session's modules need"),
            new Command(":timing", "on|off", Arg.ON_OFF, "print compile and run times and module size after each cell"),
            new Command(":explain", "[CODE]", Arg.CODE, "the long explanation of an error code (default: the last error)"),
            new Command(":save", "FILE", Arg.FILE, "write the session as a program that `wasmrust run` reproduces"),
            new Command(":load", "FILE", Arg.FILE, "run a file's cells in this session (a file with fn main: also main)"),
            new Command(":drop", "ITEM", Arg.ITEM, "remove an item from the session"),
            new Command(":reset", "", Arg.NONE, "forget every cell, item and variable (keeps the host profile)"),
            new Command(":quit", "", Arg.NONE, "leave the REPL (also Ctrl-D on an empty line)"));

    private ReplCommands() {}

    /** A line is a command when it starts with {@code :} (but {@code ::std::mem::swap(..)} is Rust). */
    static boolean isCommandLine(String line) {
        String s = line.stripLeading();
        return s.startsWith(":") && !s.startsWith("::");
    }

    /** The command named exactly, or by an unambiguous prefix ({@code :q}, {@code :ty}). */
    static Optional<Command> find(String name) {
        String n = name.startsWith(":") ? name : ":" + name;
        List<Command> prefixed = new ArrayList<>();
        for (Command c : ALL) {
            if (c.name().equals(n)) {
                return Optional.of(c);
            }
            if (c.name().startsWith(n) && n.length() > 1) {
                prefixed.add(c);
            }
        }
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** Commands whose names are close to a mistyped one, best first (at most three). */
    static List<String> didYouMean(String name) {
        String n = name.startsWith(":") ? name.substring(1) : name;
        return ALL.stream()
                .map(c -> c.name().substring(1))
                .filter(c -> dev.wasmrust.repl.engine.Names.distance(c, n) <= Math.max(1, Math.min(3, c.length() / 2)) || c.startsWith(n) && !n.isEmpty())
                .sorted(Comparator.comparingInt(c -> dev.wasmrust.repl.engine.Names.distance(c, n)))
                .limit(3)
                .map(c -> ":" + c)
                .toList();
    }
}
