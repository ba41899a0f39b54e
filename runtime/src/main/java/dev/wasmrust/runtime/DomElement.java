package dev.wasmrust.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element of the browser profile's mocked document. Mutable, like the DOM it imitates. */
public final class DomElement {
    private final String tag;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<DomElement> children = new ArrayList<>();
    private DomElement parent;
    private String text = "";
    private Canvas2D context;

    public DomElement(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public List<DomElement> children() {
        return children;
    }

    public DomElement parent() {
        return parent;
    }

    /**
     * A {@code <canvas>}'s 2D context, made on first use at the size of its {@code width} and {@code height}
     * attributes (300 by 150 without them, as in browsers); null for other elements. Later changes of the
     * attributes do not resize it (a browser would clear and resize the canvas).
     */
    public Canvas2D context2d() {
        if (!tag.equals("canvas")) {
            return null;
        }
        if (context == null) {
            context = new Canvas2D(side("width", 300), side("height", 150));
        }
        return context;
    }

    private int side(String attribute, int otherwise) {
        try {
            return Integer.parseInt(attributes.getOrDefault(attribute, String.valueOf(otherwise)).trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Elements of the subtree (this one first) with the given tag, in document order, as {@code getElementsByTagName}. */
    public List<DomElement> byTag(String name) {
        List<DomElement> out = new ArrayList<>();
        if (tag.equals(name)) {
            out.add(this);
        }
        for (DomElement c : children) {
            out.addAll(c.byTag(name));
        }
        return out;
    }

    /** The element's own text (set by {@code textContent =}); children render after it. */
    public String ownText() {
        return text;
    }

    void setText(String t) {
        text = t;
        for (DomElement c : children) {
            c.parent = null;
        }
        children.clear();
    }

    /** The concatenated text of the subtree, as {@code textContent} reads it. */
    public String textContent() {
        StringBuilder sb = new StringBuilder(text);
        for (DomElement c : children) {
            sb.append(c.textContent());
        }
        return sb.toString();
    }

    void append(DomElement child) {
        for (DomElement a = this; a != null; a = a.parent) {
            if (a == child) {
                throw new IllegalArgumentException("appendChild: the new child contains the parent (HierarchyRequestError)");
            }
        }
        if (child.parent != null) {
            child.parent.children.remove(child);
        }
        child.parent = this;
        children.add(child);
    }

    DomElement findById(String id) {
        if (id.equals(attributes.get("id"))) {
            return this;
        }
        for (DomElement c : children) {
            DomElement f = c.findById(id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public String outerHtml() {
        StringBuilder sb = new StringBuilder("<").append(tag);
        attributes.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v.replace("\"", "&quot;")).append('"'));
        sb.append('>').append(text.replace("&", "&amp;").replace("<", "&lt;"));
        for (DomElement c : children) {
            sb.append(c.outerHtml());
        }
        return sb.append("</").append(tag).append('>').toString();
    }

    @Override
    public String toString() {
        return outerHtml();
    }
}
