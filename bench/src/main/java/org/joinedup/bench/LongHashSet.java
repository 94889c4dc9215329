package org.joinedup.bench;

/** An open-addressing set of longs (never Long.MIN_VALUE), growing as needed. */
final class LongHashSet {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    LongHashSet(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1];
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds the key; false if it was already there. */
    boolean add(long key) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = spread(key) & mask;
        long k;
        while ((k = slots[i]) != EMPTY) {
            if (k == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = spread(key) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
            }
        }
    }

    private static int spread(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }
}
