package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** rustc's diagnostics for one program, as gen-match-cases.sh stored them. */
record Expected(String level, String code, String message, List<SpanFact> labels, List<Child> children, String rendered) {

    /** A labelled span: 1-based lines and columns, end column exclusive; {@code replacement} for suggestions. */
    record SpanFact(long line, long col, long endLine, long endCol, boolean primary, String label, String replacement) {}

    record Child(String level, String message, List<SpanFact> spans) {}

    @SuppressWarnings("unchecked")
    static List<Expected> parse(String json) {
        List<Expected> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.parse(json)) {
            Map<String, Object> m = (Map<String, Object>) o;
            List<Child> children = new ArrayList<>();
            for (Object c : (List<Object>) m.get("children")) {
                Map<String, Object> cm = (Map<String, Object>) c;
                children.add(new Child((String) cm.get("level"), (String) cm.get("message"), spans(cm.get("spans"))));
            }
            out.add(new Expected((String) m.get("level"), (String) m.get("code"), (String) m.get("message"),
                    spans(m.get("labels")), children, (String) m.get("rendered")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<SpanFact> spans(Object o) {
        List<SpanFact> out = new ArrayList<>();
        for (Object s : (List<Object>) o) {
            Map<String, Object> m = (Map<String, Object>) s;
            out.add(new SpanFact((Long) m.get("line"), (Long) m.get("col"), (Long) m.get("endLine"), (Long) m.get("endCol"),
                    (Boolean) m.get("primary"), (String) m.get("label"), (String) m.get("replacement")));
        }
        return out;
    }
}
