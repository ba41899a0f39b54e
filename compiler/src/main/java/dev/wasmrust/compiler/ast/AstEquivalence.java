package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Token;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structural equality of syntax trees that ignores where things are: spans and file ids. Written once
 * over record components, so new AST nodes are covered without changes here. Tokens in token trees
 * compare by kind and text.
 *
 * <p>The walk keeps its own work stack: the parser builds arbitrarily long operator and method chains
 * in loops, and comparing them must not cost Java stack.
 */
public final class AstEquivalence {
    private AstEquivalence() {}

    public static boolean equivalent(Object a, Object b) {
        return new Walk().firstDifference(a, b) == null;
    }

    /**
     * Where the trees first differ, as a path from the roots such as
     * {@code Crate.items[0](Fn).body.stmts[2](ExprStmt).expr(Binary).op: ADD vs SUB}, or null when they
     * are equivalent.
     */
    public static String describeDifference(Object a, Object b) {
        return new Walk().firstDifference(a, b);
    }

    /** One pair of values to compare, with the way from the roots for the message. */
    private record Pair(Object a, Object b, Pair parent, String step) {}

    private static final class Walk {
        /** Record components to compare, per class; per walk, so nothing is shared between threads. */
        private final Map<Class<?>, List<RecordComponent>> components = new HashMap<>();

        String firstDifference(Object rootA, Object rootB) {
            Deque<Pair> work = new ArrayDeque<>();
            String rootName = rootA == null ? "root" : rootA.getClass().getSimpleName();
            work.push(new Pair(rootA, rootB, null, rootName));
            while (!work.isEmpty()) {
                Pair p = work.pop();
                Object a = p.a();
                Object b = p.b();
                if (a == b) {
                    continue;
                }
                if (a == null || b == null) {
                    return describe(p);
                }
                if (a instanceof List<?> la && b instanceof List<?> lb) {
                    if (la.size() != lb.size()) {
                        return describe(p) + " (sizes " + la.size() + " and " + lb.size() + ")";
                    }
                    // pushed backwards so that the first difference in source order is found first
                    for (int i = la.size() - 1; i >= 0; i--) {
                        work.push(new Pair(la.get(i), lb.get(i), p, "[" + i + "]"));
                    }
                    continue;
                }
                if (a.getClass() != b.getClass()) {
                    return describe(p);
                }
                if (a instanceof Span) {
                    continue;
                }
                if (a instanceof Token ta) {
                    Token tb = (Token) b;
                    if (ta.kind() != tb.kind() || !ta.text().equals(tb.text())) {
                        return describe(p);
                    }
                    continue;
                }
                if (a instanceof byte[] ba) {
                    if (!Arrays.equals(ba, (byte[]) b)) {
                        return describe(p);
                    }
                    continue;
                }
                if (a.getClass().isRecord()) {
                    List<RecordComponent> rcs = componentsOf(a.getClass());
                    for (int i = rcs.size() - 1; i >= 0; i--) {
                        RecordComponent rc = rcs.get(i);
                        work.push(new Pair(read(rc, a), read(rc, b), p, "." + rc.getName()));
                    }
                    continue;
                }
                if (!a.equals(b)) {
                    return describe(p);
                }
            }
            return null;
        }

        private List<RecordComponent> componentsOf(Class<?> c) {
            return components.computeIfAbsent(c, k -> {
                List<RecordComponent> kept = new ArrayList<>();
                for (RecordComponent rc : k.getRecordComponents()) {
                    boolean location = rc.getType() == Span.class
                            || rc.getName().equals("file") && rc.getType() == int.class;
                    if (!location) {
                        kept.add(rc);
                    }
                }
                return kept;
            });
        }

        private static Object read(RecordComponent rc, Object record) {
            try {
                return rc.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc, e);
            }
        }

        private static String describe(Pair p) {
            List<String> steps = new ArrayList<>();
            for (Pair q = p; q != null; q = q.parent()) {
                String step = q.step();
                if (q != p && q.a() != null && !(q.a() instanceof List) && q.parent() != null
                        && (q.a() instanceof Expr || q.a() instanceof Stmt || q.a() instanceof Item || q.a() instanceof Pat
                        || q.a() instanceof Ty)) {
                    step += "(" + q.a().getClass().getSimpleName() + ")";
                }
                steps.add(step);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = steps.size() - 1; i >= 0; i--) {
                sb.append(steps.get(i));
            }
            return sb.append(": ").append(brief(p.a())).append(" vs ").append(brief(p.b())).toString();
        }

        private static String brief(Object o) {
            if (o == null) {
                return "null";
            }
            if (o instanceof Token t) {
                return t.kind() + " `" + t.text() + "`";
            }
            if (o instanceof byte[] bytes) {
                return Arrays.toString(bytes);
            }
            if (!o.getClass().isRecord()) {
                return Objects.toString(o);
            }
            // a whole subtree's toString can be huge; show the values of leaves only
            StringBuilder sb = new StringBuilder(o.getClass().getSimpleName());
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                Object v = read(rc, o);
                if (v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>) {
                    sb.append(' ').append(rc.getName()).append('=').append(v);
                } else if (v instanceof Ident id) {
                    sb.append(' ').append(rc.getName()).append('=').append(id);
                }
            }
            return sb.toString();
        }
    }
}
