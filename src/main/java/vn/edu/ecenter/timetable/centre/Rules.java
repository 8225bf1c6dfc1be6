package vn.edu.ecenter.timetable.centre;

import java.util.EnumMap;
import java.util.Map;
import vn.edu.ecenter.timetable.engine.Penalty;

/** The setting of every {@link Rule}: on or off, hard or soft, its weight and its limit. */
public record Rules(Map<Rule, Setting> settings) {

    /**
     * How one rule counts.
     *
     * @param weight the cost of each unit of deviation (a clash, a period too many …)
     * @param limit the rule's number where it has one (periods per day, idle periods), else 0
     */
    public record Setting(boolean enabled, boolean hard, int weight, int limit) {

        public Setting {
            if (weight < 1 || weight > 1000) {
                throw new IllegalArgumentException("weight outside 1…1000");
            }
            if (limit < 0) {
                throw new IllegalArgumentException("limit < 0");
            }
        }

        Penalty penalty() {
            return hard ? Penalty.hard(weight) : Penalty.soft(weight);
        }
    }

    public Rules {
        EnumMap<Rule, Setting> all = new EnumMap<>(Rule.class);
        all.putAll(DEFAULTS);
        all.putAll(settings);
        settings = Map.copyOf(all);
    }

    private static final Map<Rule, Setting> DEFAULTS = defaultSettings();

    /**
     * The defaults, what most Vietnamese schools expect: no clash, no lesson while a teacher is elsewhere or in the
     * group meeting, no double period across the break, at most 5 periods a day for a class (one session), no empty
     * period inside a class's session, the room a lesson needs — all hard; a teacher's wishes, at most 6 periods a day
     * and 1 idle period a day for teachers, one lesson of a subject a day, and rooms large enough — soft.
     */
    public static Rules defaults() {
        return new Rules(Map.of());
    }

    public Setting get(Rule rule) {
        return settings.get(rule);
    }

    /** These rules with one setting changed. */
    public Rules with(Rule rule, Setting setting) {
        EnumMap<Rule, Setting> changed = new EnumMap<>(settings);
        changed.put(rule, setting);
        return new Rules(changed);
    }

    private static Map<Rule, Setting> defaultSettings() {
        EnumMap<Rule, Setting> defaults = new EnumMap<>(Rule.class);
        Setting hard = new Setting(true, true, 1, 0);
        defaults.put(Rule.TEACHER_CLASH, hard);
        defaults.put(Rule.CLASS_CLASH, hard);
        defaults.put(Rule.ROOM_CLASH, hard);
        defaults.put(Rule.TEACHER_UNAVAILABLE, new Setting(true, false, 10, 0));
        defaults.put(Rule.TEACHER_ELSEWHERE, hard);
        defaults.put(Rule.GROUP_MEETING, hard);
        defaults.put(Rule.DOUBLE_ACROSS_BREAK, hard);
        defaults.put(Rule.CLASS_MAX_PER_DAY, new Setting(true, true, 1, 5));
        defaults.put(Rule.TEACHER_MAX_PER_DAY, new Setting(true, false, 5, 6));
        defaults.put(Rule.TEACHER_MAX_IDLE, new Setting(true, false, 1, 1));
        defaults.put(Rule.CLASS_IDLE, hard);
        defaults.put(Rule.SUBJECT_SPREAD, new Setting(true, false, 5, 0));
        defaults.put(Rule.ROOM_NEEDED, hard);
        defaults.put(Rule.ROOM_CAPACITY, new Setting(true, false, 5, 0));
        return defaults;
    }
}
