package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * A path such as {@code std::process::exit}, {@code Vec::<u8>::new} or {@code ::core::mem};
 * {@code global} for a leading {@code ::}. Segments include {@code self}, {@code super},
 * {@code crate} and {@code Self} spelled as identifiers.
 */
public record Path(boolean global, List<PathSegment> segments, Span span) {
    public Path {
        segments = List.copyOf(segments);
    }

    public PathSegment last() {
        return segments.get(segments.size() - 1);
    }

    /** True for a single segment without generic arguments, e.g. a local variable. */
    public boolean isSimple() {
        return !global && segments.size() == 1 && segments.get(0).args() == null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(global ? "::" : "");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                sb.append("::");
            }
            sb.append(segments.get(i).ident());
        }
        return sb.toString();
    }
}
