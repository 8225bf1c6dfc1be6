package vn.edu.ecenter.timetable.xhstt;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The points of application of a constraint (events, event groups or resources, as indices), in the order the file
 * gives them and with repetitions kept: a resource named twice, say directly and through a group, is a point of
 * application twice and pays twice, as in the reference evaluator.
 */
public final class IndexList {

    private final int[] members;

    private IndexList(int[] members) {
        this.members = members;
    }

    public static IndexList of(int... indices) {
        return new IndexList(indices.clone());
    }

    public static IndexList of(List<Integer> indices) {
        return new IndexList(indices.stream().mapToInt(Integer::intValue).toArray());
    }

    public int size() {
        return members.length;
    }

    public int get(int position) {
        return members[position];
    }

    public IntStream stream() {
        return Arrays.stream(members);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexList list && Arrays.equals(members, list.members);
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
