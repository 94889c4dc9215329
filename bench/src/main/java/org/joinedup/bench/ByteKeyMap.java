package org.joinedup.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** An open-addressing map from short byte strings (codes, ids) to ints, looked up without allocating. */
final class ByteKeyMap {
    private byte[][] keys;
    private int[] values;
    private int size;

    ByteKeyMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new byte[capacity][];
        values = new int[capacity];
    }

    void put(String key, int value) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("map full");
        }
        int mask = keys.length - 1;
        int i = hash(bytes, 0, bytes.length) & mask;
        while (keys[i] != null) {
            if (Arrays.equals(keys[i], bytes)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = bytes;
        values[i] = value;
        size++;
    }

    /** The value for bytes [from, to), or -1. */
    int get(byte[] buffer, int from, int to) {
        int mask = keys.length - 1;
        int i = hash(buffer, from, to) & mask;
        byte[] key;
        while ((key = keys[i]) != null) {
            if (Arrays.equals(key, 0, key.length, buffer, from, to)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private static int hash(byte[] buffer, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ buffer[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
