package vn.edu.ecenter.timetable.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.centre.Rules;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * The set-up of a school year's timetables in SQL: grid and rules (JSON; the standard grid and default rules until
 * the centre saves its own), rooms, course options, fixed activities, teachers' unavailable slots and subject-group
 * meetings.
 */
@Component
class SetupStore {

    /** Everything a school year's timetables are made with, besides the teaching assignments. */
    record Setup(
            WeekGrid grid,
            Rules rules,
            List<RoomRow> rooms,
            Map<String, OptionRow> options,
            List<FixedRow> fixed,
            List<TeacherSlotRow> teacherSlots,
            List<MeetingRow> meetings) {}

    record RoomRow(UUID id, String name, String kind, int capacity) {}

    /** Keyed by "classId/subjectId". */
    record OptionRow(
            UUID classId,
            UUID subjectId,
            @Nullable Integer periods,
            int doubles,
            @Nullable String roomKind) {}

    record FixedRow(
            UUID id,
            String name,
            @Nullable ClassSession session,
            DayOfWeek day,
            int period,
            int duration,
            boolean homeroomLeads) {}

    record TeacherSlotRow(UUID staffId, Slot slot, boolean elsewhere) {}

    record MeetingRow(UUID id, String name, List<String> subjectCodes, DayOfWeek day, ClassSession session) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SetupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    Setup setup(UUID schoolYearId) {
        record GridAndRules(WeekGrid grid, Rules rules) {}
        GridAndRules saved = jdbc.sql("SELECT grid, rules FROM timetable.setup WHERE school_year_id = ?")
                .param(schoolYearId)
                .query((rs, n) -> new GridAndRules(
                        json.readValue(rs.getString("grid"), WeekGrid.class),
                        json.readValue(rs.getString("rules"), Rules.class)))
                .optional()
                .orElse(new GridAndRules(WeekGrid.standard(true), Rules.defaults()));
        return new Setup(
                saved.grid(),
                saved.rules(),
                rooms(),
                options(),
                fixed(schoolYearId),
                teacherSlots(schoolYearId),
                meetings(schoolYearId));
    }

    void saveGridAndRules(UUID schoolYearId, WeekGrid grid, Rules rules, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO timetable.setup (centre_id, school_year_id, grid, rules, updated_at, updated_by)
                VALUES (platform.current_centre(), ?, ?::jsonb, ?::jsonb, ?, ?)
                ON CONFLICT (centre_id, school_year_id) DO UPDATE
                  SET grid = EXCLUDED.grid, rules = EXCLUDED.rules, updated_at = EXCLUDED.updated_at,
                      updated_by = EXCLUDED.updated_by
                """)
                .params(
                        schoolYearId,
                        json.writeValueAsString(grid),
                        json.writeValueAsString(rules),
                        java.sql.Timestamp.from(now),
                        actor)
                .update();
    }

    List<RoomRow> rooms() {
        return jdbc.sql("SELECT id, name, kind, capacity FROM timetable.room ORDER BY kind, name")
                .query((rs, n) -> new RoomRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getInt("capacity")))
                .list();
    }

    Optional<RoomRow> room(UUID id) {
        return rooms().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    void addRoom(RoomRow room) {
        jdbc.sql("INSERT INTO timetable.room (centre_id, id, name, kind, capacity) "
                        + "VALUES (platform.current_centre(), ?, ?, ?, ?)")
                .params(room.id(), room.name(), room.kind(), room.capacity())
                .update();
    }

    int removeRoom(UUID id) {
        return jdbc.sql("DELETE FROM timetable.room WHERE id = ?").param(id).update();
    }

    Map<String, OptionRow> options() {
        Map<String, OptionRow> options = new HashMap<>();
        jdbc.sql("SELECT class_id, subject_id, periods, doubles, room_kind FROM timetable.course_option")
                .query((rs, n) -> new OptionRow(
                        rs.getObject("class_id", UUID.class),
                        rs.getObject("subject_id", UUID.class),
                        (Integer) rs.getObject("periods"),
                        rs.getInt("doubles"),
                        rs.getString("room_kind")))
                .list()
                .forEach(o -> options.put(o.classId() + "/" + o.subjectId(), o));
        return options;
    }

    /** Forgets a course option: the assignment is timetabled by default again. */
    void removeOption(UUID classId, UUID subjectId) {
        jdbc.sql("DELETE FROM timetable.course_option WHERE class_id = ? AND subject_id = ?")
                .params(classId, subjectId)
                .update();
    }

    void saveOption(OptionRow option) {
        jdbc.sql("""
                INSERT INTO timetable.course_option (centre_id, class_id, subject_id, periods, doubles, room_kind)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?)
                ON CONFLICT (centre_id, class_id, subject_id) DO UPDATE
                  SET periods = EXCLUDED.periods, doubles = EXCLUDED.doubles, room_kind = EXCLUDED.room_kind
                """)
                .params(option.classId(), option.subjectId(), option.periods(), option.doubles(), option.roomKind())
                .update();
    }

    List<FixedRow> fixed(UUID schoolYearId) {
        return jdbc.sql("""
                SELECT id, name, session, day, period, duration, homeroom_leads FROM timetable.fixed_activity
                WHERE school_year_id = ? ORDER BY day, session NULLS FIRST, period, name
                """)
                .param(schoolYearId)
                .query((rs, n) -> new FixedRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        session(rs, "session"),
                        DayOfWeek.of(rs.getInt("day")),
                        rs.getInt("period"),
                        rs.getInt("duration"),
                        rs.getBoolean("homeroom_leads")))
                .list();
    }

    void addFixed(UUID schoolYearId, FixedRow row) {
        jdbc.sql("""
                INSERT INTO timetable.fixed_activity
                  (centre_id, id, school_year_id, name, session, day, period, duration, homeroom_leads)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        row.id(),
                        schoolYearId,
                        row.name(),
                        row.session() == null ? null : row.session().name(),
                        row.day().getValue(),
                        row.period(),
                        row.duration(),
                        row.homeroomLeads())
                .update();
    }

    Optional<FixedRow> fixedActivity(UUID id) {
        return jdbc.sql("SELECT school_year_id FROM timetable.fixed_activity WHERE id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .flatMap(year ->
                        fixed(year).stream().filter(f -> f.id().equals(id)).findFirst());
    }

    int removeFixed(UUID id) {
        return jdbc.sql("DELETE FROM timetable.fixed_activity WHERE id = ?")
                .param(id)
                .update();
    }

    List<TeacherSlotRow> teacherSlots(UUID schoolYearId) {
        return jdbc.sql("SELECT staff_id, day, session, period, kind FROM timetable.teacher_slot "
                        + "WHERE school_year_id = ?")
                .param(schoolYearId)
                .query((rs, n) -> new TeacherSlotRow(
                        rs.getObject("staff_id", UUID.class),
                        new Slot(DayOfWeek.of(rs.getInt("day")), session(rs, "session"), rs.getInt("period")),
                        rs.getString("kind").equals("ELSEWHERE")))
                .list();
    }

    /** Replaces a teacher's unavailable slots of the school year. */
    void replaceTeacherSlots(UUID schoolYearId, UUID staffId, List<TeacherSlotRow> slots) {
        jdbc.sql("DELETE FROM timetable.teacher_slot WHERE school_year_id = ? AND staff_id = ?")
                .params(schoolYearId, staffId)
                .update();
        for (TeacherSlotRow row : slots) {
            jdbc.sql("""
                    INSERT INTO timetable.teacher_slot (centre_id, school_year_id, staff_id, day, session, period, kind)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            schoolYearId,
                            staffId,
                            row.slot().day().getValue(),
                            row.slot().session().name(),
                            row.slot().period(),
                            row.elsewhere() ? "ELSEWHERE" : "BUSY")
                    .update();
        }
    }

    List<MeetingRow> meetings(UUID schoolYearId) {
        return jdbc.sql("SELECT id, name, subject_codes, day, session FROM timetable.group_meeting "
                        + "WHERE school_year_id = ? ORDER BY day, session, name")
                .param(schoolYearId)
                .query((rs, n) -> new MeetingRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        texts(rs.getArray("subject_codes")),
                        DayOfWeek.of(rs.getInt("day")),
                        session(rs, "session")))
                .list();
    }

    void addMeeting(UUID schoolYearId, MeetingRow row) {
        jdbc.sql("""
                INSERT INTO timetable.group_meeting (centre_id, id, school_year_id, name, subject_codes, day, session)
                VALUES (platform.current_centre(), ?, ?, ?, ?::text[], ?, ?)
                """)
                .params(
                        row.id(),
                        schoolYearId,
                        row.name(),
                        "{" + String.join(",", row.subjectCodes()) + "}",
                        row.day().getValue(),
                        row.session().name())
                .update();
    }

    Optional<MeetingRow> meeting(UUID id) {
        return jdbc.sql("SELECT school_year_id FROM timetable.group_meeting WHERE id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .flatMap(year ->
                        meetings(year).stream().filter(m -> m.id().equals(id)).findFirst());
    }

    int removeMeeting(UUID id) {
        return jdbc.sql("DELETE FROM timetable.group_meeting WHERE id = ?")
                .param(id)
                .update();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    @SuppressWarnings("NullAway")
    private static ClassSession session(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : ClassSession.valueOf(value);
    }
}
