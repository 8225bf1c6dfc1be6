package vn.edu.ecenter.gradebook.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.MarkChange;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.rules.CommentLevel;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Score;

/**
 * Writes marks of one sheet with per-cell optimistic locking and appends each change to the change log, in two
 * statements whatever the number of cells: the cells are locked and read ({@code FOR UPDATE}), then written in one
 * upsert that only replaces the version it read (a cell inserted meanwhile by somebody else is not overwritten) and
 * logs what it wrote in the same statement. See docs/adr/0010-score-cells-versions-and-corrections.md.
 */
@Component
class MarkWriter {

    private final JdbcClient jdbc;

    MarkWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A cell of the sheet. */
    record Key(UUID learnerId, MarkSlot slot) {}

    /** A change to write: the cell as read, and its new mark (null clears it). */
    record Write(Key key, ScoreCell before, @Nullable Mark after) {}

    /** Why the writes happen: where they come from, whether after the lock, the reason and the approver. */
    record Provenance(
            MarkChange.Source source,
            boolean afterLock,
            @Nullable String reason,
            @Nullable UUID correctionId,
            @Nullable String approvedBy) {

        static Provenance entry(MarkChange.Source source) {
            return new Provenance(source, false, null, null, null);
        }
    }

    /** Locks the existing cells among the keys and returns them as they are now; absent cells are not there yet. */
    Map<Key, ScoreCell> lock(SheetHeader sheet, Collection<Key> keys) {
        Map<Key, ScoreCell> cells = new HashMap<>();
        if (keys.isEmpty()) {
            return cells;
        }
        jdbc.sql("""
                        SELECT s.learner_id, s.kind, s.idx, s.score, s.level, s.version, s.changed_at, s.changed_by
                        FROM gradebook.score s
                        JOIN unnest(?::uuid[], ?::text[], ?::int[]) AS k(learner_id, kind, idx)
                          ON s.learner_id = k.learner_id AND s.kind = k.kind AND s.idx = k.idx
                        WHERE s.class_id = ? AND s.subject_id = ? AND s.semester = ?
                        FOR UPDATE OF s
                        """)
                .params(
                        keys.stream().map(Key::learnerId).toArray(UUID[]::new),
                        keys.stream().map(k -> k.slot().kind().name()).toArray(String[]::new),
                        keys.stream().map(k -> k.slot().index()).toArray(Integer[]::new),
                        sheet.classId(),
                        sheet.subjectId(),
                        sheet.semester())
                .query(rs -> {
                    ScoreCell cell = SheetReads.cell(rs);
                    cells.put(new Key(rs.getObject("learner_id", UUID.class), cell.slot()), cell);
                });
        return cells;
    }

    /**
     * Locks every cell the learners have in the sheet ({@code FOR UPDATE}) and returns them as they are now, by learner:
     * the cells a save writes, and the others its averages need.
     */
    Map<UUID, Map<MarkSlot, ScoreCell>> lockLearners(SheetHeader sheet, Collection<UUID> learners) {
        Map<UUID, Map<MarkSlot, ScoreCell>> cells = new HashMap<>();
        if (learners.isEmpty()) {
            return cells;
        }
        jdbc.sql("""
                        SELECT s.learner_id, s.kind, s.idx, s.score, s.level, s.version, s.changed_at, s.changed_by
                        FROM gradebook.score s
                        JOIN unnest(?::uuid[]) AS k(learner_id) ON s.learner_id = k.learner_id
                        WHERE s.class_id = ? AND s.subject_id = ? AND s.semester = ?
                        FOR UPDATE OF s
                        """)
                .params(learners.toArray(UUID[]::new), sheet.classId(), sheet.subjectId(), sheet.semester())
                .query(rs -> {
                    ScoreCell cell = SheetReads.cell(rs);
                    cells.computeIfAbsent(rs.getObject("learner_id", UUID.class), k -> new HashMap<>())
                            .put(cell.slot(), cell);
                });
        return cells;
    }

    /**
     * Writes the changes (each onto the version it was read at) and logs each written cell in the change log, in one
     * statement. When a concurrent writer got to a cell first, the caller rolls the transaction back, log included.
     *
     * @return the keys a concurrent writer got to first (inserted meanwhile); empty when all were written
     */
    Set<Key> write(SheetHeader sheet, List<Write> writes, String actor, Instant at, Provenance why) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        Timestamp time = Timestamp.from(at);
        Set<Key> written = new HashSet<>();
        jdbc.sql("""
                        WITH input AS (
                          SELECT * FROM unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::text[], ?::int[], ?::text[],
                                               ?::text[])
                            WITH ORDINALITY AS u(learner_id, kind, idx, score, level, version, old_score, old_level, n)
                        ), written AS (
                          INSERT INTO gradebook.score AS s (centre_id, class_id, subject_id, semester, learner_id, kind,
                                                            idx, school_year_id, score, level, version, changed_at,
                                                            changed_by)
                          SELECT platform.current_centre(), ?::uuid, ?::uuid, ?::smallint, u.learner_id, u.kind, u.idx,
                                 ?::uuid, u.score::numeric, u.level, u.version, ?::timestamptz, ?::text
                          FROM input u
                          ON CONFLICT (centre_id, class_id, subject_id, semester, learner_id, kind, idx) DO UPDATE
                            SET score = EXCLUDED.score, level = EXCLUDED.level, version = EXCLUDED.version,
                                changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by
                            WHERE s.version = EXCLUDED.version - 1
                          RETURNING s.centre_id, s.class_id, s.subject_id, s.semester, s.learner_id, s.kind, s.idx,
                                    s.changed_at, s.changed_by
                        ), logged AS (
                          INSERT INTO gradebook.score_change (centre_id, class_id, subject_id, semester, learner_id,
                            kind, idx, old_score, old_level, new_score, new_level, changed_at, changed_by, source,
                            after_lock, reason, correction_id, approved_by)
                          SELECT w.centre_id, w.class_id, w.subject_id, w.semester, w.learner_id, w.kind, w.idx,
                                 u.old_score::numeric, u.old_level, u.score::numeric, u.level, w.changed_at,
                                 w.changed_by, ?::text, ?::boolean, ?::text, ?::uuid, ?::text
                          FROM written w JOIN input u USING (learner_id, kind, idx)
                          ORDER BY u.n
                        )
                        SELECT learner_id, kind, idx FROM written
                        """)
                .params(
                        writes.stream().map(w -> w.key().learnerId()).toArray(UUID[]::new),
                        writes.stream().map(w -> w.key().slot().kind().name()).toArray(String[]::new),
                        writes.stream().map(w -> w.key().slot().index()).toArray(Integer[]::new),
                        writes.stream().map(w -> scoreText(w.after())).toArray(String[]::new),
                        writes.stream().map(w -> levelText(w.after())).toArray(String[]::new),
                        writes.stream().map(w -> w.before().version() + 1).toArray(Integer[]::new),
                        writes.stream().map(w -> scoreText(w.before().mark())).toArray(String[]::new),
                        writes.stream().map(w -> levelText(w.before().mark())).toArray(String[]::new),
                        sheet.classId(),
                        sheet.subjectId(),
                        sheet.semester(),
                        sheet.schoolClass().schoolYearId(),
                        time,
                        actor,
                        why.source().name(),
                        why.afterLock(),
                        new SqlParameterValue(Types.VARCHAR, why.reason()),
                        new SqlParameterValue(Types.OTHER, why.correctionId()),
                        new SqlParameterValue(Types.VARCHAR, why.approvedBy()))
                .query(rs -> {
                    written.add(new Key(rs.getObject("learner_id", UUID.class), SheetReads.slot(rs)));
                });
        Set<Key> lost = new HashSet<>();
        for (Write write : writes) {
            if (!written.contains(write.key())) {
                lost.add(write.key());
            }
        }
        return lost;
    }

    /** The changes of a sheet, newest first. */
    List<LoggedChange> changes(SheetHeader sheet, int limit) {
        return new ArrayList<>(jdbc.sql("""
                        SELECT c.*, l.full_name FROM gradebook.score_change c
                        JOIN people.learner l ON l.centre_id = c.centre_id AND l.id = c.learner_id
                        WHERE c.class_id = ? AND c.subject_id = ? AND c.semester = ?
                        ORDER BY c.seq DESC LIMIT ?
                        """)
                .params(sheet.classId(), sheet.subjectId(), sheet.semester(), limit)
                .query((rs, n) -> new LoggedChange(
                        SheetReads.instant(rs, "changed_at"),
                        rs.getString("changed_by"),
                        rs.getObject("learner_id", UUID.class),
                        rs.getString("full_name"),
                        SheetReads.slot(rs),
                        SheetReads.mark(rs, "old_score", "old_level"),
                        SheetReads.mark(rs, "new_score", "new_level"),
                        MarkChange.Source.valueOf(rs.getString("source")),
                        rs.getBoolean("after_lock"),
                        rs.getString("reason"),
                        rs.getString("approved_by")))
                .list());
    }

    /** A row of the change log, as read. */
    record LoggedChange(
            @Nullable Instant at,
            String by,
            UUID learnerId,
            String learnerName,
            MarkSlot slot,
            @Nullable Mark before,
            @Nullable Mark after,
            MarkChange.Source source,
            boolean afterLock,
            @Nullable String reason,
            @Nullable String approvedBy) {}

    static @Nullable String scoreText(@Nullable Mark mark) {
        return mark instanceof Score score ? score.value().toPlainString() : null;
    }

    static @Nullable String levelText(@Nullable Mark mark) {
        return mark instanceof CommentLevel level ? level.name() : null;
    }
}
