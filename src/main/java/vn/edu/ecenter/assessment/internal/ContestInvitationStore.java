package vn.edu.ecenter.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.Audience;

/**
 * Invitations of centres to a host's round between centres ({@code assessment.contest_invitation}: the host reads and
 * writes its own, a guest reads those addressed to it), and the few reads of the host's entries that a guest centre
 * needs before it knows its host — each filtered by the guest's own centre and run by the caller in the system scope.
 */
@Component
class ContestInvitationStore {

    /** An invitation, with what the guest's pages show of the round (copied: a round does not change once added). */
    record InvitationRow(
            UUID hostCentreId,
            UUID roundId,
            UUID guestCentreId,
            String hostCentreName,
            String guestCentreName,
            String contestName,
            String roundName,
            Audience audience,
            Instant opensAt,
            Instant closesAt,
            int durationMinutes,
            int questions,
            Instant invitedAt) {}

    private final JdbcClient jdbc;

    ContestInvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the host's invitation of the centre to the round; true when there was one. */
    boolean delete(UUID roundId, UUID guestCentreId) {
        return jdbc.sql("DELETE FROM assessment.contest_invitation WHERE round_id = ? AND guest_centre_id = ?")
                        .params(roundId, guestCentreId)
                        .update()
                == 1;
    }

    /** Writes the invitation in the host's scope unless the centre is invited already; true when new. */
    boolean insert(InvitationRow invitation, String by) {
        return jdbc.sql("""
                                INSERT INTO assessment.contest_invitation
                                  (centre_id, round_id, guest_centre_id, host_centre_name, guest_centre_name, contest_name,
                                   round_name, audience, opens_at, closes_at, duration_minutes, questions, invited_at,
                                   invited_by)
                                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT DO NOTHING
                                """)
                        .params(
                                invitation.roundId(),
                                invitation.guestCentreId(),
                                invitation.hostCentreName(),
                                invitation.guestCentreName(),
                                invitation.contestName(),
                                invitation.roundName(),
                                invitation.audience().name(),
                                Timestamp.from(invitation.opensAt()),
                                Timestamp.from(invitation.closesAt()),
                                invitation.durationMinutes(),
                                invitation.questions(),
                                Timestamp.from(invitation.invitedAt()),
                                by)
                        .update()
                == 1;
    }

    /** The centres the current centre invited to its round, by name. */
    List<InvitationRow> ofRound(UUID roundId) {
        return jdbc.sql("""
                        SELECT * FROM assessment.contest_invitation
                        WHERE centre_id = platform.current_centre() AND round_id = ? ORDER BY guest_centre_name
                        """).param(roundId).query((rs, n) -> invitation(rs)).list();
    }

    /** The invitations addressed to the current centre, the latest round first. */
    List<InvitationRow> toThisCentre() {
        return jdbc.sql("""
                        SELECT * FROM assessment.contest_invitation
                        WHERE guest_centre_id = platform.current_centre() ORDER BY opens_at DESC, round_id
                        """).query((rs, n) -> invitation(rs)).list();
    }

    /** The current centre's invitation to another centre's round. */
    Optional<InvitationRow> toThisCentre(UUID roundId) {
        return jdbc.sql("""
                        SELECT * FROM assessment.contest_invitation
                        WHERE guest_centre_id = platform.current_centre() AND round_id = ?
                        """).param(roundId).query((rs, n) -> invitation(rs)).optional();
    }

    // ---- Read in the system scope, always for one guest centre.

    /** The round of an entry of another centre that the guest centre nominated. */
    Optional<UUID> roundOfNominee(UUID entryId, UUID guestCentreId) {
        return jdbc.sql("SELECT round_id FROM assessment.contest_entry WHERE id = ? AND origin_centre_id = ?")
                .params(entryId, guestCentreId)
                .query(UUID.class)
                .optional();
    }

    /** A person's entries in other centres' rounds, nominated by their centre: entry by round. */
    Map<UUID, UUID> entriesOfNominee(UUID guestCentreId, String kind, UUID personId) {
        Map<UUID, UUID> entries = new HashMap<>();
        jdbc.sql("""
                        SELECT round_id, id FROM assessment.contest_entry
                        WHERE origin_centre_id = ? AND participant_kind = ? AND participant_id = ?
                        """).params(guestCentreId, kind, personId).query(rs -> {
            entries.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return entries;
    }

    /** How many the guest centre nominated, by round. */
    Map<UUID, Integer> nomineesOf(UUID guestCentreId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT round_id, count(*) FROM assessment.contest_entry
                        WHERE origin_centre_id = ? GROUP BY round_id
                        """).param(guestCentreId).query(rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        return counts;
    }

    private static InvitationRow invitation(ResultSet rs) throws SQLException {
        return new InvitationRow(
                rs.getObject("centre_id", UUID.class),
                rs.getObject("round_id", UUID.class),
                rs.getObject("guest_centre_id", UUID.class),
                rs.getString("host_centre_name"),
                rs.getString("guest_centre_name"),
                rs.getString("contest_name"),
                rs.getString("round_name"),
                Audience.valueOf(rs.getString("audience")),
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                rs.getInt("duration_minutes"),
                rs.getInt("questions"),
                rs.getTimestamp("invited_at").toInstant());
    }
}
