package dev.wasmrust.compiler.source;

import java.util.ArrayList;
import java.util.List;

/** The files of one compilation or session; a {@link Span}'s {@code file} indexes into it. */
public final class SourceMap {
    private final List<SourceFile> files = new ArrayList<>();

    public synchronized SourceFile add(String name, String text) {
        SourceFile f = SourceFile.of(files.size(), name, text);
        files.add(f);
        return f;
    }

    public synchronized SourceFile file(int id) {
        return files.get(id);
    }

    public synchronized SourceFile file(Span span) {
        return span.isDummy() ? null : files.get(span.file());
    }

    public synchronized int size() {
        return files.size();
    }
}
