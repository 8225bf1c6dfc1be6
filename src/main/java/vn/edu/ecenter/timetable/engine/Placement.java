package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Where each lesson of a {@link Problem} starts and which resource each choice got, with the load of every resource
 * at every time and the cost of every monitor kept up to date: a move re-measures only the monitors that depend on what
 * moved. The solver moves lessons through it thousands of times a second; the timetable editor asks it what a move
 * by hand would break.
 */
public final class Placement {

    private final Problem problem;
    private final int[] start;
    private final int[] chosen;
    private final int[][] load;
    private final int[] pending;
    private final long[] monitorCost;
    /** The problem's monitors and their penalties as arrays: measuring is the engine's innermost loop. */
    private final Monitor[] monitors;

    private final Penalty[] penalties;
    private final int[][] monitorsOfLesson;
    private final int[][][] monitorsOfResourceTime;
    private final int[][] monitorsOfChoice;
    private final int[][] choicesOfLesson;
    private final boolean[] dirty;
    private final int[] dirtyList;
    private int dirtyCount;
    private long hard;
    private long soft;
    private long @Nullable [] boost;
    /**
     * What {@link #undo} takes back, oldest first: moves, choices and re-measured monitor costs since the earliest
     * open {@link #mark()}, each as its kind, its index and the value it had. Empty outside trials.
     */
    private byte[] journalKind = new byte[64];

    private int[] journalIndex = new int[64];
    private long[] journalOld = new long[64];
    private int journalSize;
    private int openMarks;
    /** The trial {@link #watchForUndo()} opened, or -1; with where each lesson and choice moved since was at its mark. */
    private int undoMark = -1;

    private int undoStamp;
    private int differing;
    private int @Nullable [] lessonStamp;
    private int @Nullable [] startAtMark;
    private int @Nullable [] choiceStamp;
    private int @Nullable [] chosenAtMark;
    private long boostedHard;
    private int unplaced;

    /** A placement with no lesson placed and no resource chosen, except pinned lessons at their fixed start. */
    public Placement(Problem problem) {
        this.problem = problem;
        int lessons = problem.lessons().size();
        start = new int[lessons];
        Arrays.fill(start, -1);
        unplaced = lessons;
        chosen = new int[problem.choices().size()];
        Arrays.fill(chosen, -1);
        load = new int[problem.resources().size()][problem.week().times()];
        pending = new int[load.length];
        for (Lesson lesson : problem.lessons()) {
            for (int resource : lesson.resources()) {
                pending[resource] += lesson.duration();
            }
        }
        int count = problem.monitors().size();
        monitorCost = new long[count];
        dirty = new boolean[count];
        dirtyList = new int[count];
        List<Monitor> all = problem.monitors();
        monitors = all.toArray(Monitor[]::new);
        penalties = all.stream().map(Monitor::penalty).toArray(Penalty[]::new);
        monitorsOfLesson = invert(lessons, count, m -> all.get(m).lessons());
        monitorsOfResourceTime = monitorsOfResourceTime(problem);
        monitorsOfChoice = invert(chosen.length, count, m -> all.get(m).choices());
        choicesOfLesson = invert(
                lessons, chosen.length, c -> new int[] {problem.choices().get(c).lesson()});
        for (int m = 0; m < count; m++) {
            markDirty(m);
        }
        for (Lesson lesson : problem.lessons()) {
            if (lesson.pinned()) {
                move(lesson.index(), lesson.fixedStart());
            }
        }
    }

    public Problem problem() {
        return problem;
    }

    /** The lesson's start, or -1 when it is not placed. */
    public int start(int lesson) {
        return start[lesson];
    }

    /** Whether every lesson has a start. */
    public boolean allPlaced() {
        return unplaced == 0;
    }

    /** The resource chosen, or -1 when none is. */
    public int chosen(int choice) {
        return chosen[choice];
    }

    /** How many lessons use the resource at each time. Read only. */
    int[] load(int resource) {
        return load[resource];
    }

    /** The times of the resource's lessons (by their fixed resources) that are not placed yet. */
    int pending(int resource) {
        return pending[resource];
    }

    int durationOfChoice(int choice) {
        return problem.lessons().get(problem.choices().get(choice).lesson()).duration();
    }

    /** Places the lesson at the start (-1 takes it out of the timetable). */
    public void move(int lesson, int newStart) {
        int oldStart = start[lesson];
        if (oldStart == newStart) {
            return;
        }
        Lesson l = problem.lessons().get(lesson);
        if (newStart >= 0 && !problem.week().fits(newStart, l.duration())) {
            throw new IllegalArgumentException("lesson " + l.name() + " cannot start at " + newStart);
        }
        note(MOVED, lesson, oldStart);
        shift(lesson, newStart, true);
        if (undoMark >= 0) {
            watched(lessonStamp, startAtMark, lesson, oldStart, newStart);
        }
    }

    /** Moves the lesson, re-measuring what depends on it later only when {@code measure}. */
    private void shift(int lesson, int newStart, boolean measure) {
        int oldStart = start[lesson];
        Lesson l = problem.lessons().get(lesson);
        forEachResource(lesson, resource -> {
            occupy(resource, oldStart, l.duration(), -1, measure);
            occupy(resource, newStart, l.duration(), +1, measure);
        });
        if (oldStart < 0) {
            unplaced--;
            addPending(l, -l.duration());
        } else if (newStart < 0) {
            unplaced++;
            addPending(l, l.duration());
        }
        start[lesson] = newStart;
        if (measure) {
            markAll(monitorsOfLesson[lesson]);
        }
    }

    /** Gives the choice a resource (-1: none). */
    public void choose(int choice, int resource) {
        int old = chosen[choice];
        if (old == resource) {
            return;
        }
        note(CHOSEN, choice, old);
        assign(choice, resource, true);
        if (undoMark >= 0) {
            watched(choiceStamp, chosenAtMark, choice, old, resource);
        }
    }

    private void assign(int choice, int resource, boolean measure) {
        int old = chosen[choice];
        int lesson = problem.choices().get(choice).lesson();
        int duration = problem.lessons().get(lesson).duration();
        if (old >= 0) {
            occupy(old, start[lesson], duration, -1, measure);
        }
        if (resource >= 0) {
            occupy(resource, start[lesson], duration, +1, measure);
        }
        chosen[choice] = resource;
        if (measure) {
            markAll(monitorsOfChoice[choice]);
        }
    }

    private static final byte MOVED = 0;
    private static final byte CHOSEN = 1;
    private static final byte MEASURED = 2;

    /**
     * Begins a trial: what changes from here on can be taken back with {@link #undo} at no measuring cost (the costs
     * measured meanwhile are put back as they were). Trials nest; each ends with {@link #undo} or {@link #keep}, the
     * latest first.
     */
    int mark() {
        refresh();
        openMarks++;
        return journalSize;
    }

    /** Puts every lesson, choice and cost back as it was at the mark, and ends that trial. */
    void undo(int mark) {
        for (int i = journalSize - 1; i >= mark; i--) {
            int index = journalIndex[i];
            int old = (int) journalOld[i];
            switch (journalKind[i]) {
                case MOVED -> shift(index, old, false);
                case CHOSEN -> assign(index, old, false);
                default -> setCost(index, journalOld[i]);
            }
        }
        journalSize = mark;
        for (int i = 0; i < dirtyCount; i++) {
            dirty[dirtyList[i]] = false;
        }
        dirtyCount = 0;
        endTrial();
    }

    /** Ends the trial begun at the mark, keeping what changed (an enclosing trial may still take it back). */
    void keep(int mark) {
        endTrial();
    }

    private void endTrial() {
        if (--openMarks == 0) {
            journalSize = 0;
        }
    }

    /**
     * Opens a trial that closes itself: as soon as every lesson and choice is back where it is now, the costs measured
     * meanwhile are put back as {@link #undo} puts them, without measuring again, and a new such trial begins. A search
     * that scores a move and then takes it back (Timefold does so for every move it weighs) thus measures each move
     * once instead of twice. Called again at each step of the search: what changed since the last call stays.
     */
    void watchForUndo() {
        if (undoMark >= 0) {
            keep(undoMark);
        } else {
            lessonStamp = new int[start.length];
            startAtMark = new int[start.length];
            choiceStamp = new int[chosen.length];
            chosenAtMark = new int[chosen.length];
        }
        undoMark = mark();
        undoStamp++;
        differing = 0;
    }

    private void watched(int[] stamps, int[] atMark, int index, int old, int now) {
        if (stamps[index] != undoStamp) {
            stamps[index] = undoStamp;
            atMark[index] = old;
        }
        differing += (now != atMark[index] ? 1 : 0) - (old != atMark[index] ? 1 : 0);
        if (differing == 0) {
            undo(undoMark);
            undoMark = mark();
            undoStamp++;
        }
    }

    private void note(byte kind, int index, long old) {
        if (openMarks == 0) {
            return;
        }
        if (journalSize == journalKind.length) {
            int size = journalSize * 2;
            journalKind = Arrays.copyOf(journalKind, size);
            journalIndex = Arrays.copyOf(journalIndex, size);
            journalOld = Arrays.copyOf(journalOld, size);
        }
        journalKind[journalSize] = kind;
        journalIndex[journalSize] = index;
        journalOld[journalSize++] = old;
    }

    /** The cost of the placement as it is now. */
    public Cost cost() {
        refresh();
        return new Cost(hard, soft).plus(problem.fixedCost());
    }

    /** The cost of each monitor now, by monitor index. */
    long[] monitorCosts() {
        refresh();
        return monitorCost.clone();
    }

    /** The cost of one monitor now. */
    long monitorCost(int monitor) {
        refresh();
        return monitorCost[monitor];
    }

    /** The monitors that cost something now, with their cost, most expensive first (hard before soft). */
    public List<Violation> violations() {
        refresh();
        List<Violation> violations = new ArrayList<>();
        for (int m = 0; m < monitorCost.length; m++) {
            if (monitorCost[m] > 0) {
                violations.add(new Violation(problem.monitors().get(m), monitorCost[m]));
            }
        }
        violations.sort(Violation.WORST_FIRST);
        return violations;
    }

    /**
     * The placed lessons a monitor's cost comes from: a clash's lessons at the times the resource is double-booked, an
     * unavailable resource's lessons at the forbidden times, every placed lesson of the resource for its other rules
     * (idle times, busy days …), the lessons (or the lessons of the choices) that a rule about lessons names.
     */
    public int[] lessonsBehind(Monitor monitor) {
        if (!(monitor instanceof Monitor.OfResource ofResource)) {
            return IntStream.concat(
                            Arrays.stream(monitor.lessons()),
                            Arrays.stream(monitor.choices())
                                    .map(c -> problem.choices().get(c).lesson()))
                    .filter(lesson -> start[lesson] >= 0)
                    .distinct()
                    .sorted()
                    .toArray();
        }
        int resource = ofResource.resource();
        BitSet times = new BitSet();
        switch (monitor) {
            case Monitor.Clashes m -> {
                for (int t = 0; t < load[resource].length; t++) {
                    times.set(t, load[resource][t] > 1);
                }
            }
            case Monitor.BusyAt m -> times.or(m.times());
            default -> times.set(0, problem.week().times());
        }
        return IntStream.range(0, start.length)
                .filter(lesson -> start[lesson] >= 0 && uses(lesson, resource))
                .filter(lesson -> {
                    int firstCounted = times.nextSetBit(start[lesson]);
                    return firstCounted >= 0
                            && firstCounted
                                    < start[lesson]
                                            + problem.lessons().get(lesson).duration();
                })
                .toArray();
    }

    private boolean uses(int lesson, int resource) {
        for (int r : problem.lessons().get(lesson).resources()) {
            if (r == resource) {
                return true;
            }
        }
        for (int choice : choicesOfLesson[lesson]) {
            if (chosen[choice] == resource) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cost the search steers by: each hard monitor's cost multiplied by its boost (see {@link #boost(long[])}),
     * the soft cost as it is. It is without hard cost exactly when {@link #cost()} is.
     */
    Cost searchCost() {
        refresh();
        return new Cost(boost == null ? hard : boostedHard, soft).plus(problem.fixedCost());
    }

    /**
     * Makes the search weigh each hard monitor's cost by a factor (at least 1, by monitor index): the array is kept,
     * and {@link #raiseBoosts()} raises it. The true cost ({@link #cost()}) is unchanged.
     */
    void boost(long[] factors) {
        refresh();
        boost = factors;
        boostedHard = 0;
        for (int m = 0; m < monitorCost.length; m++) {
            if (penalties[m].hard()) {
                boostedHard += monitorCost[m] * factors[m];
            }
        }
    }

    /** Raises by one the boost of every hard monitor that costs something now. */
    void raiseBoosts() {
        refresh();
        if (boost == null || hard == 0) {
            return;
        }
        for (int m = 0; m < monitorCost.length; m++) {
            if (monitorCost[m] > 0 && penalties[m].hard()) {
                boost[m]++;
                boostedHard += monitorCost[m];
            }
        }
    }

    /** The starts of all lessons and the resources of all choices, to restore with {@link #restore}. */
    int[][] snapshot() {
        return new int[][] {start.clone(), chosen.clone()};
    }

    /** The placement a {@link #snapshot()} was taken of. */
    static Placement restored(Problem problem, int[][] snapshot) {
        Placement placement = new Placement(problem);
        placement.restore(snapshot);
        return placement;
    }

    /** Puts every lesson and choice back where a {@link #snapshot()} of this placement's problem has them. */
    void restore(int[][] snapshot) {
        for (int c = 0; c < snapshot[1].length; c++) {
            choose(c, -1);
        }
        for (int l = 0; l < snapshot[0].length; l++) {
            move(l, snapshot[0][l]);
        }
        for (int c = 0; c < snapshot[1].length; c++) {
            choose(c, snapshot[1][c]);
        }
    }

    private void refresh() {
        for (int i = 0; i < dirtyCount; i++) {
            int m = dirtyList[i];
            dirty[m] = false;
            long cost = penalties[m].of(monitors[m].deviation(this));
            if (cost != monitorCost[m]) {
                note(MEASURED, m, monitorCost[m]);
                setCost(m, cost);
            }
        }
        dirtyCount = 0;
    }

    private void setCost(int m, long cost) {
        long change = cost - monitorCost[m];
        monitorCost[m] = cost;
        if (penalties[m].hard()) {
            hard += change;
            if (boost != null) {
                boostedHard += change * boost[m];
            }
        } else {
            soft += change;
        }
    }

    private void occupy(int resource, int from, int duration, int change, boolean measure) {
        if (from < 0) {
            return;
        }
        int[] row = load[resource];
        int[][] watching = monitorsOfResourceTime[resource];
        for (int t = from; t < from + duration; t++) {
            row[t] += change;
            if (measure) {
                markAll(watching[t]);
            }
        }
    }

    private void addPending(Lesson lesson, int change) {
        for (int resource : lesson.resources()) {
            pending[resource] += change;
        }
    }

    private void forEachResource(int lesson, IntConsumer action) {
        for (int resource : problem.lessons().get(lesson).resources()) {
            action.accept(resource);
        }
        for (int choice : choicesOfLesson[lesson]) {
            if (chosen[choice] >= 0) {
                action.accept(chosen[choice]);
            }
        }
    }

    private void markAll(int[] monitors) {
        for (int m : monitors) {
            markDirty(m);
        }
    }

    private void markDirty(int monitor) {
        if (!dirty[monitor]) {
            dirty[monitor] = true;
            dirtyList[dirtyCount++] = monitor;
        }
    }

    /**
     * For each resource and time, the monitors that read the resource's load at that time ({@link
     * Monitor.OfResource#watchedTimes()}; every time for the others): a lesson moving re-measures only the rules of
     * its resources that read the times it leaves or takes, e.g. the gaps of those two days, not of the whole week.
     */
    private static int[][][] monitorsOfResourceTime(Problem problem) {
        int times = problem.week().times();
        List<List<List<Integer>>> lists = new ArrayList<>();
        for (int r = 0; r < problem.resources().size(); r++) {
            List<List<Integer>> row = new ArrayList<>(times);
            for (int t = 0; t < times; t++) {
                row.add(new ArrayList<>());
            }
            lists.add(row);
        }
        List<Monitor> monitors = problem.monitors();
        for (int m = 0; m < monitors.size(); m++) {
            Monitor monitor = monitors.get(m);
            BitSet watched = monitor instanceof Monitor.OfResource ofResource ? ofResource.watchedTimes() : null;
            for (int r : monitor.resources()) {
                for (int t = 0; t < times; t++) {
                    if (watched == null || watched.get(t)) {
                        lists.get(r).get(t).add(m);
                    }
                }
            }
        }
        return lists.stream()
                .map(row -> row.stream()
                        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                        .toArray(int[][]::new))
                .toArray(int[][][]::new);
    }

    /**
     * Inverts a relation: for each of {@code size} keys, the items (0 … {@code items} − 1) whose {@code keysOf} name it;
     * e.g. for each lesson, the monitors that depend on it.
     */
    private static int[][] invert(int size, int items, IntFunction<int[]> keysOf) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        for (int item = 0; item < items; item++) {
            for (int key : keysOf.apply(item)) {
                lists.get(key).add(item);
            }
        }
        return lists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }
}
