package dev.wasmrust.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session-wide allocator of static memory: session variables' slots and every cell's constant data.
 * Addresses are never reused, so what earlier cells placed stays valid. Equal data blobs share one address
 * (every cell carries the standard library's strings again; interning keeps the area from filling up).
 * A cell that fails before it is committed is rolled back, leaving no trace.
 */
final class StaticArea {
    private record Key(byte[] bytes, int align) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.align == align && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + align;
        }
    }

    private final int limit;
    private int top;
    private final Map<Key, Integer> interned = new HashMap<>();
    /** Interned since the last {@link #mark()}: removed again by {@link #rollback}. */
    private final List<Key> journal = new ArrayList<>();

    StaticArea(int base, int limit) {
        this.top = base;
        this.limit = limit;
    }

    int allocate(int size, int align) {
        int a = Math.max(1, align);
        int addr = (top + a - 1) / a * a;
        if (addr + size > limit) {
            throw new IllegalStateException("the session's static memory (" + (limit / 1024) + " KiB for data and variables) is full");
        }
        top = addr + Math.max(size, 0);
        return addr;
    }

    /** The address of a data blob with these bytes, placed on first request. */
    int intern(byte[] bytes, int align) {
        Key k = new Key(bytes, Math.max(1, align));
        Integer a = interned.get(k);
        if (a != null) {
            return a;
        }
        int addr = allocate(bytes.length, k.align());
        interned.put(k, addr);
        journal.add(k);
        return addr;
    }

    int mark() {
        journal.clear();
        return top;
    }

    void rollback(int mark) {
        for (Key k : journal) {
            interned.remove(k);
        }
        journal.clear();
        top = mark;
    }

    int used() {
        return top;
    }
}
