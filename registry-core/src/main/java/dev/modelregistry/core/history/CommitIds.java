package dev.modelregistry.core.history;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The ids of a {@link ModelChangeTable}'s commits by position, kept as raw bytes and looked up
 * through an open-addressing table built on first lookup. It knows nothing of JGit, so that a
 * history the index answers loads no JGit class.
 */
final class CommitIds {

    /** The length of a raw SHA-1 commit id. */
    static final int LENGTH = 20;

    private byte[] raw = new byte[LENGTH * 1024];
    private int size;
    private int[] slots;

    /** The number of ids. */
    int size() {
        return size;
    }

    /** Adds the raw id {@code id} as the next position. */
    void add(byte[] id) {
        if ((size + 1) * LENGTH > raw.length) {
            raw = Arrays.copyOf(raw, raw.length * 2);
        }
        System.arraycopy(id, 0, raw, size * LENGTH, LENGTH);
        size++;
        if (slots != null) {
            if (size * 2 > slots.length) {
                slots = null;
            } else {
                place(size - 1);
            }
        }
    }

    /** The position of the raw id {@code id}, or -1 when there is none. */
    int positionOf(byte[] id) {
        if (size > 0 && sameAs(size - 1, id)) {
            return size - 1;
        }
        if (slots == null) {
            slots = new int[Integer.highestOneBit(Math.max(size, 8)) * 4];
            for (int position = 0; position < size; position++) {
                place(position);
            }
        }
        for (int slot = slotOf(id, 0); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (sameAs(slots[slot] - 1, id)) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    /** The raw id at {@code position}, copied into {@code target}. */
    void copyTo(int position, byte[] target) {
        System.arraycopy(raw, position * LENGTH, target, 0, LENGTH);
    }

    /** The id at {@code position} as 40 lowercase hexadecimal digits, as Git prints it. */
    String name(int position) {
        return HexFormat.of().formatHex(raw, position * LENGTH, (position + 1) * LENGTH);
    }

    /**
     * The raw bytes of {@code name}, 40 hexadecimal digits.
     *
     * @throws IllegalArgumentException when it is not such a name
     */
    static byte[] parse(String name) {
        if (name.length() != LENGTH * 2) {
            throw new IllegalArgumentException("not a commit id: " + name);
        }
        return HexFormat.of().parseHex(name);
    }

    private void place(int position) {
        int slot = slotOf(raw, position * LENGTH);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = position + 1;
    }

    private int slotOf(byte[] bytes, int offset) {
        int hash = (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | bytes[offset + 3] & 0xff;
        return hash & (slots.length - 1);
    }

    private boolean sameAs(int position, byte[] id) {
        return Arrays.equals(raw, position * LENGTH, (position + 1) * LENGTH, id, 0, LENGTH);
    }
}
