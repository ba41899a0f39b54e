package dev.wasmrust.runtime;

import java.util.PriorityQueue;

/**
 * The browser profile's {@code setTimeout} queue. Nothing runs concurrently with a cell: callbacks run
 * after the cell's entry function returns, in order of due time on a virtual clock (no real waiting),
 * as an event loop would run them once the cell's task is done.
 */
final class TimerQueue {
    /** A callback: a function-table slot of type (i32) -> () and its argument. */
    record Timer(int id, long due, long seq, int tableIndex, int arg) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    private long now;
    private long seq;
    private int nextId = 1;

    int schedule(int tableIndex, int delayMillis, int arg) {
        int id = nextId++;
        queue.add(new Timer(id, now + Math.max(0, delayMillis), seq++, tableIndex, arg));
        return id;
    }

    void cancel(int id) {
        queue.removeIf(t -> t.id() == id);
    }

    /** The next due callback, advancing the virtual clock to it; null when none is left. */
    Timer next() {
        Timer t = queue.poll();
        if (t != null) {
            now = Math.max(now, t.due());
        }
        return t;
    }

    int pending() {
        return queue.size();
    }

    void clear() {
        queue.clear();
    }
}
