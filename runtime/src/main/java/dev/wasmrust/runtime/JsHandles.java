package dev.wasmrust.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The mocked JavaScript world's values as seen by wasm: externref handles. Chicory stores an externref
 * as a 32-bit int in tables and compiled code, so a handle is a 31-bit index into this table; -1 is
 * {@code ref.null extern}. Handles live until {@code js.drop} or the end of the session.
 */
public final class JsHandles {
    public static final long NULL = -1;

    private final List<Object> values = new ArrayList<>();
    private final List<Integer> free = new ArrayList<>();

    /** A handle for the value (null gives the null reference). */
    public long put(Object value) {
        if (value == null) {
            return NULL;
        }
        if (!free.isEmpty()) {
            int h = free.remove(free.size() - 1);
            values.set(h, value);
            return h;
        }
        values.add(value);
        return values.size() - 1;
    }

    /** The value behind a handle; null for the null reference. */
    public Object get(long handle) {
        if (handle == NULL) {
            return null;
        }
        if (handle < 0 || handle >= values.size() || values.get((int) handle) == null) {
            throw new IllegalArgumentException("externref " + handle + " is not a live JS value");
        }
        return values.get((int) handle);
    }

    public <T> T get(long handle, Class<T> type, String what) {
        Object v = get(handle);
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("externref " + handle + " is " + describe(v) + ", not " + what);
        }
        return type.cast(v);
    }

    public void drop(long handle) {
        if (handle >= 0 && handle < values.size() && values.get((int) handle) != null) {
            values.set((int) handle, null);
            free.add((int) handle);
        }
    }

    public int live() {
        return values.size() - free.size();
    }

    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof DomElement e) {
            return "an element <" + e.tag() + ">";
        }
        return "a " + v.getClass().getSimpleName();
    }

    /** How {@code console.log} shows a JS value. */
    static String display(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21 ? String.valueOf(d.longValue())
                    : d.toString();
        }
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("<Buffer");
            for (byte x : b) {
                sb.append(String.format(" %02x", x & 0xff));
            }
            return sb.append('>').toString();
        }
        if (v instanceof DomElement e) {
            return e.outerHtml();
        }
        return v.toString();
    }
}
