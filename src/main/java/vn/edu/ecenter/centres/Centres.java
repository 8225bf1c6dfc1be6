package vn.edu.ecenter.centres;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The centres of the deployment and the calendar of the current centre. */
public interface Centres {

    /** Every centre, for the system administrator. */
    List<CentreView> allCentres();

    /** One centre, for the system administrator (any centre) or a member of that centre. */
    Optional<CentreView> centre(UUID id);

    /**
     * The other active centres of the deployment, by name, for a director who invites them (to a contest round between
     * centres); a centre's name, code and contact details are not private to it.
     */
    List<CentreView> otherCentres();

    /** Creates a centre (system administrator only); rejects a code already in use. */
    CentreView createCentre(CreateCentre command);

    /** The school year marked current in the signed-in user's centre. */
    Optional<SchoolYearView> currentSchoolYear();

    /** The school years of the signed-in user's centre, newest first. */
    List<SchoolYearView> schoolYears();

    /** Adds a school year to the current centre; rejects a name already used there. */
    SchoolYearView addSchoolYear(CreateSchoolYear command);
}
