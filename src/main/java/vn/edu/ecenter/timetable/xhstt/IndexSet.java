package vn.edu.ecenter.timetable.xhstt;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * An immutable set of indices into one of an {@link Instance}'s lists (times, resources, events, ...), kept sorted so
 * that a solver can walk it in order and test membership in constant time. Two sets with the same members are equal,
 * which lets whole instances be compared after a write and a read.
 */
public final class IndexSet {

    private static final IndexSet EMPTY = new IndexSet(new int[0]);

    private final int[] members;
    private final BitSet lookup;

    private IndexSet(int[] sortedDistinct) {
        this.members = sortedDistinct;
        this.lookup = new BitSet();
        for (int member : sortedDistinct) {
            lookup.set(member);
        }
    }

    public static IndexSet of(int... indices) {
        return indices.length == 0
                ? EMPTY
                : new IndexSet(IntStream.of(indices).sorted().distinct().toArray());
    }

    public static IndexSet of(BitSet indices) {
        return indices.isEmpty() ? EMPTY : new IndexSet(indices.stream().toArray());
    }

    public static IndexSet empty() {
        return EMPTY;
    }

    public boolean contains(int index) {
        return index >= 0 && lookup.get(index);
    }

    public int size() {
        return members.length;
    }

    public boolean isEmpty() {
        return members.length == 0;
    }

    /** The {@code position}-th smallest member. */
    public int get(int position) {
        return members[position];
    }

    public IntStream stream() {
        return Arrays.stream(members);
    }

    /** A copy of the members in ascending order. */
    public int[] toArray() {
        return members.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexSet set && Arrays.equals(members, set.members);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(members);
    }

    @Override
    public String toString() {
        return Arrays.toString(members);
    }
}
