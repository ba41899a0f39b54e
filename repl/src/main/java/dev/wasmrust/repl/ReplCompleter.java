package dev.wasmrust.repl;

import dev.wasmrust.repl.engine.Completion;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.HostProfile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: {@code :commands} and their arguments (files, profiles, error codes, items), members
 * after {@code receiver.} from the receiver's inferred type, items after {@code path::}, and otherwise
 * keywords, macros and the session's names. Candidates never get a trailing space (JLine's default), which
 * would give {@code println! (}.
 */
final class ReplCompleter implements Completer {
    private static final List<String> MACROS = List.of("println!", "print!", "eprintln!", "eprint!", "format!", "vec!",
            "panic!", "assert!", "assert_eq!", "assert_ne!", "write!", "writeln!", "unreachable!", "todo!",
            "unimplemented!", "matches!", "dbg!");

    private final ReplEngine engine;
    private final Path workingDir;
    private final Supplier<List<String>> explainCodes;

    ReplCompleter(ReplEngine engine, Path workingDir, Supplier<List<String>> explainCodes) {
        this.engine = engine;
        this.workingDir = workingDir;
        this.explainCodes = explainCodes;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        out.addAll(candidates(line.line(), line.cursor()));
    }

    /** The candidates for the input at the cursor; JLine filters them by the word typed so far. */
    List<Candidate> candidates(String text, int cursor) {
        RustLineParser.WordAtCursor w = RustLineParser.WordAtCursor.of(text, cursor);
        List<Candidate> out = new ArrayList<>();
        try {
            if (ReplCommands.isCommandLine(text)) {
                commandCandidates(w, out);
            } else {
                codeCandidates(w, out);
            }
        } catch (RuntimeException e) {
            // completion must never break the line editor; offering nothing is the safe answer
        }
        return out;
    }

    private void commandCandidates(RustLineParser.WordAtCursor w, List<Candidate> out) {
        String before = w.before().stripLeading();
        if (before.isEmpty()) {
            for (ReplCommands.Command c : ReplCommands.ALL) {
                out.add(new Candidate(c.name(), c.name(), "commands", c.description(), null, null, true));
            }
            return;
        }
        String name = before.split("\\s+")[0];
        ReplCommands.Command cmd = ReplCommands.find(name).orElse(null);
        if (cmd == null) {
            return;
        }
        switch (cmd.arg()) {
            case COMMAND -> ReplCommands.ALL.forEach(c -> out.add(
                    new Candidate(c.name().substring(1), c.name().substring(1), "commands", c.description(), null, null, true)));
            case PROFILE -> {
                for (HostProfile p : HostProfile.values()) {
                    out.add(new Candidate(p.cliName(), p.cliName(), "host profiles", profileDescription(p), null, null, true));
                }
            }
            case ON_OFF -> {
                out.add(new Candidate("on", "on", null, "show times and sizes after each cell", null, null, true));
                out.add(new Candidate("off", "off", null, "stop showing them", null, null, true));
            }
            case CODE -> explainCodes.get().forEach(c -> out.add(new Candidate(c, c, "error codes", null, null, null, true)));
            case ITEM, CELL_OR_ITEM -> {
                engine.items().forEach(i -> {
                    if (!i.name().isEmpty()) {
                        out.add(new Candidate(i.name(), i.name(), "items", i.signature(), null, null, true));
                    }
                });
                if (cmd.arg() == ReplCommands.Arg.CELL_OR_ITEM) {
                    engine.sizes().forEach(s -> out.add(new Candidate(s.cell(), s.cell(), "cells",
                            s.bytes() + " bytes", null, null, true)));
                }
            }
            case FILE -> fileCandidates(w.word(), out);
            case EXPR -> codeCandidates(w, out);
            default -> { }
        }
    }

    private static String profileDescription(HostProfile p) {
        return switch (p) {
            case WASMTIME -> "WASI preview 1: stdio, args, env, clocks, random";
            case NODE -> "WASI plus mocked process, console, Buffer; JS values as externref";
            case BROWSER -> "mocked console, window, document, fetch";
            case EMBEDDED -> "only the session ABI: no WASI, no console";
        };
    }

    private void fileCandidates(String word, List<Candidate> out) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
        Path dir = dirPart.startsWith("~/") ? Path.of(System.getProperty("user.home")).resolve(dirPart.substring(2))
                : workingDir.resolve(dirPart.isEmpty() ? "." : dirPart);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                boolean isDir = Files.isDirectory(p);
                if (!isDir && !name.endsWith(".rs")) {
                    continue;
                }
                String value = dirPart + name + (isDir ? "/" : "");
                out.add(new Candidate(value, name + (isDir ? "/" : ""), null, null, null, null, !isDir));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable directory simply offers nothing
        }
    }

    private void codeCandidates(RustLineParser.WordAtCursor w, List<Candidate> out) {
        String before = w.before();
        if (ReplCommands.isCommandLine(before)) {
            // `:type EXPR`: complete inside the expression only
            String stripped = before.stripLeading();
            int space = stripped.indexOf(' ');
            before = space < 0 ? "" : stripped.substring(space + 1);
        }
        CodeContext ctx = CodeContext.of(before);
        switch (ctx.kind()) {
            case MEMBER -> engine.members(ctx.qualifier()).forEach(c -> out.add(candidate(c, "members")));
            case PATH -> engine.pathMembers(ctx.qualifier()).forEach(c -> out.add(candidate(c, "paths")));
            case NAME -> {
                engine.names().forEach(c -> out.add(candidate(c, "session")));
                for (String k : RustHighlighter.KEYWORDS) {
                    out.add(new Candidate(k, k, "keywords", null, null, null, false));
                }
                for (String m : MACROS) {
                    out.add(new Candidate(m, m, "macros", null, null, null, false));
                }
                for (String t : RustHighlighter.PRIMITIVE_TYPES) {
                    out.add(new Candidate(t, t, "types", null, null, null, false));
                }
            }
        }
    }

    private static Candidate candidate(Completion c, String group) {
        String descr = c.description() == null || c.description().isEmpty() ? c.kind() : c.kind() + " " + c.description();
        return new Candidate(c.value(), c.value(), group, descr, null, null, false);
    }
}
