package dev.wasmrust.repl.engine;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.HostProfile;
import java.util.List;

/**
 * Everything the terminal REPL needs from a session engine, and nothing more: the REPL is a thin client.
 * The REPL owns the terminal (line editing, highlighting, history, commands, Ctrl-C); an engine owns the
 * session (cells, items, variables, modules, host profile).
 *
 * <p>Threading: every method except {@link #interrupt()} is called from the REPL's one thread, one at a
 * time. {@link #interrupt()} is called from a signal thread while {@link #evaluate} runs, and must make
 * that evaluation return promptly with {@link CellResult.Outcome#INTERRUPTED}, keeping the session usable.
 * No method may throw for bad input: problems are returned as diagnostics or messages.
 */
public interface ReplEngine extends AutoCloseable {
    /** One line for the banner: which engine this is. */
    String description();

    /**
     * Compiles and runs one cell (items, statements, optional trailing expression). Output is streamed to
     * {@code io} while the cell runs (a panic's message too, on stderr, as a native program prints it);
     * reads of stdin are answered by {@code io}. A cell that does not compile commits nothing; one that
     * panics commits its items only; one that completes commits everything.
     */
    CellResult evaluate(String source, CellIo io);

    /** Stops the running {@link #evaluate}, from any thread; a no-op when nothing runs. */
    void interrupt();

    /** Session variables (top-level {@code let} bindings of committed cells), newest binding of each name. */
    List<Variable> variables();

    /** Session items (functions, types, traits, constants, modules, uses, impls) in definition order. */
    List<SessionItem> items();

    /** The type of an expression in the session's scope, without running it. */
    TypeAnswer typeOf(String expression);

    /** The WebAssembly text of a cell's module ({@code target} = {@code 3}, {@code c3} or an item name; null: the last cell). */
    Artifact wat(String target);

    /** The WasmIR of a cell's module or of one item's functions (null: the last cell). */
    Artifact ir(String target);

    /** The module of every committed cell: size and what it needs from its host. */
    List<ModuleSize> sizes();

    HostProfile hostProfile();

    /** Switches the host profile, keeping the session; refused (changing nothing) when a module needs what it lacks. */
    HostSwitch switchHost(HostProfile profile);

    /** What the current profile offers and what the session's modules need. */
    Capabilities capabilities();

    /** The session as one dependency-ordered program that {@code wasmrust run} accepts and that reproduces the output. */
    SavedSession save();

    /** Removes an item (by name) from the session. */
    DropResult drop(String itemName);

    /** Forgets every cell, item and variable; keeps the host profile. */
    void reset();

    /** Fields and methods of the receiver expression's type (for {@code receiver.} completion). */
    List<Completion> members(String receiverExpression);

    /** Items inside a module path such as {@code std::collections} or a session {@code mod}. */
    List<Completion> pathMembers(String modulePath);

    /** Every name a fresh expression may start with: variables, items, prelude names. */
    List<Completion> names();

    @Override
    void close();
}
