package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * Where a {@code match} is in the source, for its diagnostics.
 *
 * @param scrutinee the matched expression
 * @param braces from the end of the scrutinee to the end of the match ({@code  {}}), where an empty
 *     match gets its suggested arm
 * @param arms each arm from the start of its pattern to the end of its body, without a trailing comma
 *     (the patterns' own spans travel with the patterns, {@link CPat#span()})
 */
public record MatchSite(Span scrutinee, Span braces, List<Span> arms) {
    public MatchSite {
        arms = List.copyOf(arms);
    }
}
