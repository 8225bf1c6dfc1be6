package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What the drawn moves ({@link ResourceSwaps}, {@link KempeChains}) and the mending search ({@link ConflictSearch})
 * need to know of each entity (lessons that start together, {@link Together}; in the order of a plan's entities),
 * computed once per phase or search: its lessons, their durations in order, its resources, its allowed starts, whether
 * it may move, and for each resource the entities that use it. The moves take each entity's start now as a function,
 * so that they follow the search without copying its placement.
 */
final class LessonShapes {

    /** Draws before giving up finding a move (nearly never reached: most draws give one). */
    static final int DRAWS = 1000;

    /** The most entities one Kempe chain may move. */
    static final int MAX_CHAIN = 24;

    /** The lessons of each entity, in ascending order. */
    final int[][] members;

    final int[][] resources;
    final int[][] durations;
    final int[][] starts;
    final boolean[] movable;
    final int[][] users;
    private final int[] lengths;

    /** For each entity, the number of the chain that took it last (so that a chain need not clear a set). */
    private final int[] inChain;

    private int chains;

    /** The shapes of a problem's entities: lessons that start together ({@link Together}), in the order of a plan's. */
    LessonShapes(Problem problem) {
        List<Lesson> lessons = problem.lessons();
        members = Together.groups(problem);
        int n = members.length;
        resources = new int[n][];
        durations = new int[n][];
        starts = new int[n][];
        movable = new boolean[n];
        List<List<Integer>> byResource = new ArrayList<>();
        for (int i = 0; i < problem.resources().size(); i++) {
            byResource.add(new ArrayList<>());
        }
        for (int e = 0; e < n; e++) {
            int[] group = members[e];
            resources[e] = Arrays.stream(group)
                    .flatMap(m -> Arrays.stream(lessons.get(m).resources()))
                    .distinct()
                    .toArray();
            durations[e] =
                    Arrays.stream(group).map(m -> lessons.get(m).duration()).toArray();
            starts[e] = Together.starts(lessons, group);
            movable[e] = starts[e].length > 1
                    && Arrays.stream(group).noneMatch(m -> lessons.get(m).pinned());
            for (int resource : resources[e]) {
                byResource.get(resource).add(e);
            }
        }
        users = byResource.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        lengths = Arrays.stream(durations)
                .mapToInt(d -> Arrays.stream(d).max().orElse(0))
                .toArray();
        inChain = new int[n];
    }

    /** How many times the entity takes from its start: its longest lesson's duration. */
    int length(int entity) {
        return lengths[entity];
    }

    /**
     * Two entities that may swap starts, drawn at random: the first among all, the second among the users of one of
     * the first's resources; or null when {@link #DRAWS} draws found none.
     *
     * @param startOf each entity's start now, -1 when not placed
     */
    int @Nullable [] swap(RandomGenerator random, IntUnaryOperator startOf) {
        int n = movable.length;
        for (int draw = 0; draw < DRAWS; draw++) {
            int a = random.nextInt(n);
            if (!movable[a] || resources[a].length == 0) {
                continue;
            }
            int[] sharing = users[resources[a][random.nextInt(resources[a].length)]];
            int b = sharing[random.nextInt(sharing.length)];
            if (swappable(a, b, startOf.applyAsInt(a), startOf.applyAsInt(b))) {
                return new int[] {a, b};
            }
        }
        return null;
    }

    /**
     * Whether placed, movable entities {@code a} and {@code b} may take each other's starts, and the swap changes
     * anything.
     */
    boolean swappable(int a, int b, int startA, int startB) {
        return a != b
                && movable[a]
                && movable[b]
                && startA >= 0
                && startB >= 0
                && startA != startB
                && Arrays.equals(durations[a], durations[b])
                && Arrays.binarySearch(starts[a], startB) >= 0
                && Arrays.binarySearch(starts[b], startA) >= 0;
    }

    /** Entities that swap between two starts: those at {@code first} go to {@code second}, and back. */
    record Chain(int first, int second, int[] entities) {

        int target(int start) {
            return start == first ? second : first;
        }
    }

    /**
     * A Kempe chain drawn at random: a movable entity, another start it allows, and every entity that must then swap
     * between the two starts so that no resource becomes busy twice at either — those at the other start that share a
     * resource with one going there, and so on. An entity in the way that may not take the other start (pinned, of
     * other durations, or not allowed there), or a chain longer than {@link #MAX_CHAIN}, ends the draw; null when
     * {@link #DRAWS} draws found no chain.
     *
     * @param startOf each entity's start now, -1 when not placed
     */
    @Nullable
    Chain chain(RandomGenerator random, IntUnaryOperator startOf) {
        int n = movable.length;
        for (int draw = 0; draw < DRAWS; draw++) {
            int a = random.nextInt(n);
            int first = startOf.applyAsInt(a);
            if (!movable[a] || first < 0) {
                continue;
            }
            int second = starts[a][random.nextInt(starts[a].length)];
            if (second == first) {
                continue;
            }
            Chain drawn = chain(a, second, startOf);
            if (drawn != null) {
                return drawn;
            }
        }
        return null;
    }

    /**
     * The Kempe chain of a placed, movable entity going to {@code second}: the entity, and every entity that must then
     * swap between its start and {@code second} so that no resource becomes busy twice at either — those at the other
     * start that share a resource with one going there, and so on; null when an entity in the way may not take the
     * other start (pinned, of other durations, or not allowed there) or the chain would be longer than {@link
     * #MAX_CHAIN}.
     */
    @Nullable
    Chain chain(int a, int second, IntUnaryOperator startOf) {
        int first = startOf.applyAsInt(a);
        if (++chains == Integer.MAX_VALUE) {
            // After some billions of chains (hours of search), start the numbering again rather than wrap around.
            Arrays.fill(inChain, 0);
            chains = 1;
        }
        int[] chain = new int[MAX_CHAIN];
        inChain[a] = chains;
        chain[0] = a;
        int size = 1;
        for (int i = 0; i < size; i++) {
            int e = chain[i];
            int from = startOf.applyAsInt(e);
            int to = from == first ? second : first;
            for (int r : resources[e]) {
                for (int f : users[r]) {
                    if (inChain[f] == chains || startOf.applyAsInt(f) != to) {
                        continue;
                    }
                    if (!movable[f]
                            || size == MAX_CHAIN
                            || !Arrays.equals(durations[f], durations[a])
                            || Arrays.binarySearch(starts[f], from) < 0) {
                        return null;
                    }
                    inChain[f] = chains;
                    chain[size++] = f;
                }
            }
        }
        return new Chain(first, second, Arrays.copyOf(chain, size));
    }
}
