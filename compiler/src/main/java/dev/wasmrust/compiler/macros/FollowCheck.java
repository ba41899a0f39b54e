package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.syntax.Token;
import java.util.List;
import java.util.Map;

/**
 * rustc's follow-set rule: a fragment that the parser may extend ({@code expr}, {@code ty}, {@code pat} ...)
 * can only be followed by tokens that can never continue it, so that future syntax cannot change what a
 * macro matches. Only a token right after the fragment is checked (the common mistake).
 */
final class FollowCheck {
    private FollowCheck() {}

    private static final List<String> EXPR = List.of("=>", ",", ";");
    private static final List<String> PAT = List.of("=>", ",", "=", "if", "in");
    private static final List<String> PAT_PARAM = List.of("=>", ",", "=", "|", "if", "in");
    private static final List<String> TY = List.of("{", "[", "=>", ",", ">", "=", ":", ";", "|", "as", "where");
    private static final Map<String, List<String>> ALLOWED = Map.of("expr", EXPR, "expr_2021", EXPR, "stmt", EXPR,
            "pat", PAT, "pat_param", PAT_PARAM, "ty", TY, "path", TY);

    static boolean check(List<Pattern.M> ms, Diagnostics diags) {
        boolean ok = true;
        for (int i = 0; i + 1 < ms.size(); i++) {
            if (ms.get(i) instanceof Pattern.M.Frag f && ms.get(i + 1) instanceof Pattern.M.Tok next) {
                ok &= allowed(f, next.token(), diags);
            }
        }
        for (Pattern.M m : ms) {
            if (m instanceof Pattern.M.Rep r && r.sep() != null && !r.inner().isEmpty()
                    && r.inner().get(r.inner().size() - 1) instanceof Pattern.M.Frag f) {
                ok &= allowed(f, r.sep(), diags);
            }
        }
        return ok;
    }

    private static boolean allowed(Pattern.M.Frag f, Token next, Diagnostics diags) {
        List<String> allowed = ALLOWED.get(f.kind());
        String text = next.text();
        if (allowed == null || allowed.contains(text) || text.equals(">>") && allowed.contains(">")) {
            return true;
        }
        diags.report(Diagnostic.error("`$" + f.name() + ":" + f.kind() + "` is followed by `" + text
                        + "`, which is not allowed for `" + f.kind() + "` fragments")
                .primary(next.span(), "not allowed after `" + f.kind() + "` fragments")
                .note("allowed there are: " + list(allowed)));
        return false;
    }

    private static String list(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(i == items.size() - 1 ? " or " : ", ");
            }
            sb.append('`').append(items.get(i)).append('`');
        }
        return sb.toString();
    }
}
