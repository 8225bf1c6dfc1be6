package vn.edu.ecenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.NewSubjectRequest;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PersonalData;
import vn.edu.ecenter.people.RecordConsent;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.SignedIn;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.Timetables;

/**
 * Who may open what: every route of the application, requested by a visitor who is not signed in and by one user of
 * each role, answers as {@link #ROUTES} says. Pages are opened in a real session after signing in through the sign-in
 * form; forms are posted with a valid CSRF token; {@code /api/**} is called with a bearer token of that user.
 *
 * <p>A second test compares the table with the routes the application really registers, so a new page without a row
 * here fails the build.
 *
 * <h2>Adding a route</h2>
 *
 * <ol>
 *   <li>Add one row to {@link #ROUTES}: method, route exactly as mapped (with {@code {id}} placeholders), then the
 *       expected answer for each column. An answer is a status ({@code 200}, {@code 400}, {@code 401}, {@code 403},
 *       {@code 404}) or a redirect with its target ({@code 302>/login}, {@code 302>/}). A visitor who is not signed in
 *       is sent to the sign-in page ({@code 302>/login}); a signed-in user without the right role gets {@code 403}.
 *   <li>If the route has a path variable or needs a request body, add a {@code case} to {@link #sample}: the concrete
 *       path, and the form fields of a valid submission. Rows without a case are requested as they are, without a
 *       body. For example {@code GET /jobs/{id}} needs the id of an existing job, and {@code GET
 *       /admin/accounts/export.xlsx} needs no case at all.
 * </ol>
 */
@EcenterTest
@DisplayName("Quyền truy cập từng địa chỉ theo vai trò")
class RouteAccessTests {

    private static final String ANONYMOUS = "anonymous";

    /** An import run that does not exist: the import wizard answers 404 to those allowed to ask. */
    private static final UUID NO_RUN = UUID.fromString("00000000-0000-4000-8000-000000000001");

    /** Column order of the table after method and route. */
    private static final List<String> VISITORS = List.of(
            ANONYMOUS,
            "SYSTEM_ADMIN",
            "DIRECTOR",
            "CLERK",
            "ACCOUNTANT",
            "LIBRARIAN",
            "TEACHER",
            "LEARNER",
            "GUARDIAN");

    static final String ROUTES = """
            method route                                anonymous   SYSTEM_ADMIN        DIRECTOR CLERK ACCOUNTANT LIBRARIAN TEACHER LEARNER GUARDIAN
            GET    /login                               200         302>/               302>/    302>/ 302>/      302>/     302>/   302>/   302>/
            GET    /                                    302>/login  200                 200      200   200        200       200     200     200
            GET    /account/password                    302>/login  200                 200      200   200        200       200     200     200
            POST   /account/password                    302>/login  200                 200      200   200        200       200     200     200
            GET    /admin/accounts                      302>/login  200                 200      403   403        403       403     403     403
            POST   /admin/accounts                      302>/login  200                 302>/admin/accounts 403   403        403       403     403     403
            POST   /admin/accounts/{id}/reset-password  302>/login  302>/admin/accounts 302>/admin/accounts 403   403        403       403     403     403
            GET    /admin/accounts/export.xlsx          302>/login  302>/admin/accounts 200      403   403        403       403     403     403
            GET    /admin/accounts/export.pdf           302>/login  302>/admin/accounts 200      403   403        403       403     403     403
            GET    /admin/centres                       302>/login  200                 403      403   403        403       403     403     403
            POST   /admin/centres                       302>/login  302>/admin/centres  403      403   403        403       403     403     403
            POST   /admin/centres/{id}/act              302>/login  302>/               403      403   403        403       403     403     403
            POST   /admin/centres/leave                 302>/login  302>/admin/centres  403      403   403        403       403     403     403
            GET    /admin/audit                         302>/login  200                 200      403   403        403       403     403     403
            POST   /admin/audit/verify                  302>/login  302>/admin/audit    302      403   403        403       403     403     403
            GET    /jobs/{id}                           302>/login  404                 200      403   403        403       403     403     403
            GET    /jobs/{id}/status                    302>/login  404                 200      403   403        403       403     403     403
            POST   /jobs/{id}/cancel                    302>/login  404                 302>/jobs/{job} 403 403     403       403     403     403
            GET    /learners                            302>/login  200                 200      200   200        200       200     403     403
            GET    /learners/export.xlsx                302>/login  200                 200      200   200        200       200     403     403
            GET    /learners/new                        302>/login  200                 200      200   403        403       403     403     403
            POST   /learners                            302>/login  200                 200      200   403        403       403     403     403
            POST   /learners/passwords                  302>/login  200                 200      200   403        403       403     403     403
            GET    /learners/{id}                       302>/login  404                 200      200   200        200       200     403     403
            GET    /learners/{id}/edit                  302>/login  404                 200      200   403        403       403     403     403
            POST   /learners/{id}                       302>/login  200                 200      200   403        403       403     403     403
            POST   /learners/{id}/reveal-id             302>/login  302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            POST   /learners/{id}/guardians             302>/login  302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            POST   /learners/{id}/guardians/{guardianId}/unlink 302>/login 302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            GET    /learners/{id}/photo                 302>/login  404                 404      404   404        404       404     403     403
            POST   /learners/{id}/photo                 302>/login  302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            POST   /learners/{id}/id-image              302>/login  302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            POST   /learners/{id}/id-image/view         302>/login  302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            POST   /learners/{id}/consents              302>/login  302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            POST   /learners/{id}/consents/{consentId}/withdraw 302>/login 302>/learners/{learner} 302>/learners/{learner} 302>/learners/{learner} 403 403 403 403 403
            GET    /learners/{id}/export.json           302>/login  404                 200      200   403        403       403     403     403
            GET    /learners/{id}/export.pdf            302>/login  404                 200      200   403        403       403     403     403
            POST   /learners/{id}/deidentify            302>/login  302>/learners/{learner} 302>/learners/{learner} 403 403 403       403     403     403
            GET    /my/learners                         302>/login  403                 403      403   403        403       403     200     200
            GET    /contests                            302>/login  403                 200      403   403        403       200     200     403
            POST   /contests                            302>/login  403                 302>/contests 403 403      403       403     403     403
            GET    /contests/{contestId}                302>/login  403                 404      403   403        403       404     404     403
            POST   /contests/{contestId}/rounds         302>/login  403                 404      403   403        403       403     403     403
            POST   /contests/{contestId}/register       302>/login  403                 403      403   403        403       302>/contests/00000000-0000-4000-8000-00000000c001 302>/contests/00000000-0000-4000-8000-00000000c001 403
            POST   /contests/{contestId}/register-class 302>/login  403                 302>/contests/00000000-0000-4000-8000-00000000c001 403 403 403 403 403 403
            POST   /contests/rounds/{roundId}/enter     302>/login  403                 403      403   403        403       302>/contests 302>/contests 403
            GET    /contests/rounds/{roundId}/leaderboard 302>/login 403                404      403   403        403       404     404     403
            GET    /contests/rounds/{roundId}/leaderboard/board 302>/login 403          404      403   403        403       404     404     403
            GET    /contests/rounds/{roundId}/leaderboard.json 302>/login 403           404      403   403        403       404     404     403
            POST   /contests/rounds/{roundId}/close     302>/login  403                 302>/contests/rounds/00000000-0000-4000-8000-00000000c002/leaderboard 403 403 403 403 403 403
            GET    /contests/rounds/{roundId}/certificates.pdf 302>/login 403           404      403   403        403       403     403     403
            GET    /contests/rounds/{roundId}/qualified.xlsx 302>/login 403             404      403   403        403       403     403     403
            GET    /contests/rounds/{roundId}/centres   302>/login  403                 404      403   403        403       403     403     403
            POST   /contests/rounds/{roundId}/centres   302>/login  403                 302>/contests/rounds/00000000-0000-4000-8000-00000000c002/centres 403 403 403 403 403 403
            POST   /contests/rounds/{roundId}/centres/{centreId}/uninvite 302>/login 403    302>/contests/rounds/00000000-0000-4000-8000-00000000c002/centres 403 403 403 403 403 403
            GET    /contests/invitations/{roundId}      302>/login  403                 404      403   403        403       403     403     403
            POST   /contests/invitations/{roundId}/qualifiers 302>/login 403            302>/contests/invitations/00000000-0000-4000-8000-00000000c002 403 403 403 403 403 403
            POST   /contests/invitations/{roundId}/nominees 302>/login 403              302>/contests/invitations/00000000-0000-4000-8000-00000000c002 403 403 403 403 403 403
            POST   /contests/invitations/{roundId}/nominees/{entryId}/withdraw 302>/login 403 302>/contests/invitations/00000000-0000-4000-8000-00000000c002 403 403 403 403 403 403
            GET    /contests/entries/{entryId}/{session} 302>/login 403               403      403   403        403       404     404     403
            POST   /contests/entries/{entryId}/{session} 302>/login 403               403      403   403        403       302>/contests/entries/00000000-0000-4000-8000-00000000c003/00000000-0000-4000-8000-00000000c004 302>/contests/entries/00000000-0000-4000-8000-00000000c003/00000000-0000-4000-8000-00000000c004 403
            GET    /contests/entries/{entryId}/{session}/state 302>/login 403         403      403   403        403       404     404     403
            PUT    /contests/entries/{entryId}/{session}/answers/{questionId} 302>/login 403 403 403 403 403  404     404     403
            POST   /contests/entries/{entryId}/{session}/submit 302>/login 403        403      403   403        403       302>/contests/entries/00000000-0000-4000-8000-00000000c003/00000000-0000-4000-8000-00000000c004 302>/contests/entries/00000000-0000-4000-8000-00000000c003/00000000-0000-4000-8000-00000000c004 403
            GET    /my/tests                            302>/login  403                 403      403   403        403       403     200     403
            POST   /my/tests/{testId}/start             302>/login  403                 403      403   403        403       403     403     403
            GET    /my/attempts/{attemptId}             302>/login  403                 403      403   403        403       403     404     403
            POST   /my/attempts/{attemptId}             302>/login  403                 403      403   403        403       403     404     403
            GET    /my/attempts/{attemptId}/state       302>/login  403                 403      403   403        403       403     404     403
            PUT    /my/attempts/{attemptId}/answers/{questionId} 302>/login 403         403      403   403        403       403     403     403
            POST   /my/attempts/{attemptId}/submit      302>/login  403                 403      403   403        403       403     403     403
            GET    /staff                               302>/login  200                 200      200   200        200       200     403     403
            GET    /staff/export.xlsx                   302>/login  200                 200      200   200        200       200     403     403
            GET    /staff/new                           302>/login  200                 200      200   403        403       403     403     403
            POST   /staff                               302>/login  200                 200      200   403        403       403     403     403
            GET    /staff/{id}                          302>/login  404                 200      200   200        200       200     403     403
            GET    /staff/{id}/edit                     302>/login  404                 200      200   403        403       403     403     403
            POST   /staff/{id}                          302>/login  200                 200      200   403        403       403     403     403
            GET    /admin/access-log                    302>/login  200                 200      403   403        403       403     403     403
            GET    /admin/access-log/export.xlsx        302>/login  200                 200      403   403        403       403     403     403
            GET    /admin/data-requests                 302>/login  200                 200      200   403        403       403     403     403
            GET    /admin/data-requests/export.xlsx     302>/login  200                 200      200   403        403       403     403     403
            POST   /admin/data-requests                 302>/login  302>/admin/data-requests 302>/admin/data-requests 302>/admin/data-requests 403 403 403 403 403
            POST   /admin/data-requests/{id}/acknowledge 302>/login 302>/admin/data-requests 302>/admin/data-requests 302>/admin/data-requests 403 403 403 403 403
            POST   /admin/data-requests/{id}/complete   302>/login  302>/admin/data-requests 302>/admin/data-requests 302>/admin/data-requests 403 403 403 403 403
            GET    /api/v1/learners                     401         200                 200      200   200        200       200     403     403
            POST   /api/v1/auth/token                   401         200                 200      200   200        200       200     200     200
            GET    /api/v1/me                           401         200                 200      200   200        200       200     200     200
            GET    /imports                             302>/login  403                 200      200   403        403       403     403     403
            POST   /imports                             302>/login  403                 400      400   403        403       403     403     403
            GET    /imports/templates/{kind}.xlsx       302>/login  403                 200      200   403        403       403     403     403
            GET    /imports/runs/{id}                   302>/login  403                 404      404   403        403       403     403     403
            GET    /imports/runs/{id}/status            302>/login  403                 404      404   403        403       403     403     403
            POST   /imports/runs/{id}/confirm           302>/login  403                 404      404   403        403       403     403     403
            GET    /imports/runs/{id}/errors.xlsx       302>/login  403                 404      404   403        403       403     403     403
            GET    /api/v1/learners/import/template     401         403                 200      200   403        403       403     403     403
            POST   /api/v1/learners/import              401         403                 400      400   403        403       403     403     403
            GET    /academics/classes                   302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/classes                   302>/login  403                 302>/academics/classes 302>/academics/classes 403 403 403 403 403
            GET    /academics/classes/export.xlsx       302>/login  403                 200      200   403        403       200     403     403
            GET    /academics/classes/{id}              302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/classes/{id}              302>/login  403                 302      302   403        403       403     403     403
            POST   /academics/classes/{id}/enrol        302>/login  403                 302      302   403        403       403     403     403
            GET    /academics/classes/{id}/export.xlsx  302>/login  403                 200      200   403        403       200     403     403
            GET    /academics/classes/{id}/export.pdf   302>/login  403                 200      200   403        403       200     403     403
            GET    /academics/learners/{id}             302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/learners/{id}/transfer    302>/login  403                 302      302   403        403       403     403     403
            POST   /academics/learners/{id}/leave       302>/login  403                 302      302   403        403       403     403     403
            POST   /academics/learners/{id}/drop-out    302>/login  403                 302      302   403        403       403     403     403
            POST   /academics/learners/{id}/readmit     302>/login  403                 302      302   403        403       403     403     403
            GET    /academics/subjects                  302>/login  403                 200      200   403        403       200     403     403
            GET    /academics/subjects/export.xlsx      302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/subjects                  302>/login  403                 302>/academics/subjects 403 403 403 403 403 403
            GET    /academics/combinations              302>/login  403                 200      200   403        403       200     403     403
            GET    /academics/combinations/export.xlsx  302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/combinations              302>/login  403                 302>/academics/combinations 403 403 403 403 403 403
            GET    /academics/topics                    302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/topics                    302>/login  403                 302>/academics/topics 302>/academics/topics 403 403 403 403 403
            POST   /academics/topics/classes/{classId}  302>/login  403                 302>/academics/topics 302>/academics/topics 403 403 403 403 403
            POST   /academics/subjects/install          302>/login  403                 302>/academics/subjects 403 403 403 403 403 403
            POST   /academics/subjects/periods          302>/login  403                 302>/academics/subjects 403 403 403 403 403 403
            GET    /academics/calendar                  302>/login  403                 200      200   403        403       200     403     403
            GET    /academics/calendar/export.xlsx      302>/login  403                 200      200   403        403       200     403     403
            POST   /academics/calendar                  302>/login  403                 302>/academics/calendar 403 403 403 403 403 403
            POST   /academics/calendar/unmark           302>/login  403                 302>/academics/calendar 403 403 403 403 403 403
            GET    /timetable                           302>/login  403                 200      200   200        200       200     200     200
            POST   /timetable/versions                  302>/login  403                 302>/timetable 302>/timetable 403 403 403 403 403
            GET    /timetable/versions/{id}             302>/login  403                 404      404   404        404       404     403     403
            POST   /timetable/versions/{id}/solve       302>/login  403                 302>/timetable/versions/{version} 302>/timetable/versions/{version} 403 403 403 403 403
            POST   /timetable/versions/{id}/submit      302>/login  403                 302>/timetable/versions/{version} 302>/timetable/versions/{version} 403 403 403 403 403
            POST   /timetable/versions/{id}/reopen      302>/login  403                 302>/timetable/versions/{version} 302>/timetable/versions/{version} 403 403 403 403 403
            POST   /timetable/versions/{id}/publish     302>/login  403                 302>/timetable/versions/{version} 403 403 403 403 403 403
            POST   /timetable/versions/{id}/delete      302>/login  403                 302>/timetable/versions/{version} 302>/timetable/versions/{version} 403 403 403 403 403
            GET    /timetable/versions/{id}/lessons/{lessonId} 302>/login 403           404      404   403        403       403     403     403
            POST   /timetable/versions/{id}/lessons/{lessonId}/move 302>/login 403      302>/timetable/versions/{version}/lessons/{lesson} 302>/timetable/versions/{version}/lessons/{lesson} 403 403 403 403 403
            POST   /timetable/versions/{id}/lessons/{lessonId}/pin 302>/login 403       302>/timetable/versions/{version}/lessons/{lesson} 302>/timetable/versions/{version}/lessons/{lesson} 403 403 403 403 403
            GET    /academics/assignments               302>/login  403                 200      200   403        403       403     403     403
            POST   /academics/assignments               302>/login  403                 302>/academics/assignments 302>/academics/assignments 403 403 403 403 403
            GET    /academics/assignments/export.xlsx   302>/login  403                 200      200   403        403       403     403     403
            GET    /academics/workload                  302>/login  403                 200      200   403        403       403     403     403
            GET    /academics/workload/export.xlsx      302>/login  403                 200      200   403        403       403     403     403
            POST   /academics/workload/reductions       302>/login  403                 302>/academics/workload 403 403 403 403 403 403
            POST   /academics/workload/rule             302>/login  403                 302>/academics/workload 403 403 403 403 403 403
            POST   /academics/workload/reductions/{id}/delete 302>/login 403            302>/academics/workload 403 403 403 403 403 403
            GET    /academics/rollover                  302>/login  403                 200      200   403        403       403     403     403
            GET    /academics/rollover/export.xlsx      302>/login  403                 200      200   403        403       403     403     403
            POST   /academics/rollover                  302>/login  403                 302>/academics/rollover 302>/academics/rollover 403 403 403 403 403
            POST   /academics/rollover/decide           302>/login  403                 302      302   403        403       403     403     403
            GET    /attendance                          302>/login  403                 200      200   403        403       200     403     403
            GET    /attendance/classes/{classId}        302>/login  403                 302      302   403        403       302     403     403
            GET    /attendance/classes/{classId}/days/{date} 302>/login 403             200      200   403        403       200     403     403
            POST   /attendance/classes/{classId}/days/{date} 302>/login 403             200      403   403        403       200     403     403
            GET    /attendance/classes/{classId}/months/{month} 302>/login 403          200      200   403        403       200     403     403
            GET    /attendance/classes/{classId}/months/{month}/export.xlsx 302>/login 403 200   200   403        403       200     403     403
            GET    /my/attendance                       302>/login  403                 403      403   403        403       403     200     200
            GET    /api/v1/attendance/classes/{classId}/days/{date} 401 403             200      200   403        403       200     403     403
            PUT    /api/v1/attendance/classes/{classId}/days/{date} 401 403             400      403   403        403       400     403     403
            GET    /api/v1/subjects                     401         403                 200      200   200        200       200     403     403
            GET    /api/v1/classes                      401         403                 200      200   200        200       200     403     403
            GET    /api/v1/classes/{id}/learners        401         403                 200      200   403        403       200     403     403
            GET    /api/v1/classes/{id}/assignments     401         403                 200      200   403        403       200     403     403
            GET    /api/v1/learning-topics              401         403                 200      200   200        200       200     403     403
            GET    /api/v1/classes/{id}/topics          401         403                 200      200   403        403       200     403     403
            PUT    /api/v1/classes/{id}/topics          401         403                 200      200   403        403       403     403     403
            GET    /gradebook                           302>/login  403                 200      403   403        403       200     403     403
            GET    /gradebook/corrections               302>/login  403                 200      403   403        403       200     403     403
            POST   /gradebook/corrections/{id}/approve  302>/login  403                 302>/gradebook/corrections 403 403 403   403     403     403
            POST   /gradebook/corrections/{id}/reject   302>/login  403                 302>/gradebook/corrections 403 403 403   403     403     403
            POST   /gradebook/semesters/{semester}/lock 302>/login  403                 302>/gradebook 403    403        403       403     403     403
            POST   /gradebook/semesters/{semester}/unlock 302>/login 403                302>/gradebook 403    403        403       403     403     403
            GET    /gradebook/classes/{classId}         302>/login  403                 200      403   403        403       200     403     403
            POST   /gradebook/classes/{classId}/semesters/{semester}/lock 302>/login 403 302     403   403        403       403     403     403
            POST   /gradebook/classes/{classId}/semesters/{semester}/unlock 302>/login 403 302   403   403        403       403     403     403
            GET    /gradebook/classes/{classId}/conduct/{semester} 302>/login 403       200      403   403        403       200     403     403
            POST   /gradebook/classes/{classId}/conduct/{semester} 302>/login 403       403      403   403        403       302     403     403
            GET    /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester} 302>/login 403 200 403 403 403  200     403     403
            PUT    /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester} 302>/login 403 403 403 403 403  200     403     403
            GET    /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/export.xlsx 302>/login 403 200 403 403 403 200 403 403
            POST   /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/import 302>/login 403 302 403 403 403 302 403 403
            POST   /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/import/errors.xlsx 302>/login 403 200 403 403 403 200 403 403
            GET    /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/changes 302>/login 403 200 403 403 403 200 403 403
            POST   /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/corrections 302>/login 403 403 403 403 403 302 403 403
            GET    /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester} 401 403 200 403 403 403 200 403 403
            PUT    /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester} 401 403 403 403 403 403 200 403 403
            PUT    /api/v1/gradebook/classes/{classId}/conduct/{semester} 401 403     403      403   403        403       200     403     403
            GET    /gradebook/classes/{classId}/remarks 302>/login  403                 200      403   403        403       200     403     403
            POST   /gradebook/classes/{classId}/remarks 302>/login  403                 403      403   403        403       302     403     403
            GET    /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks 302>/login 403 200 403 403 403 200 403 403
            POST   /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks 302>/login 403 403 403 403 403 302 403 403
            GET    /api/v1/gradebook/classes/{classId}/remarks 401 403             200      403   403        403       200     403     403
            PUT    /api/v1/gradebook/classes/{classId}/remarks 401 403             403      403   403        403       200     403     403
            GET    /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks 401 403 200 403 403 403 200 403 403
            PUT    /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks 401 403 403 403 403 403 200 403 403
            GET    /api/v1/gradebook/classes/{classId}/summary 401 403             200      403   403        403       200     403     403
            GET    /gradebook/classes/{classId}/summary 302>/login 403              200      403   403        403       200     403     403
            GET    /api/v1/gradebook/classes/{classId}/summary.pdf 401 403         200      403   403        403       200     403     403
            GET    /api/v1/learners/{id}/hoc-ba.pdf     401         403                 200      403   403        403       200     403     403
            GET    /gradebook/classes/{classId}/summary/export.xlsx 302>/login 403  200      403   403        403       200     403     403
            GET    /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/book.pdf 401 403 200 403 403 403 200 403 403
            GET    /gradebook/classes/{classId}/subjects/{subjectId}/book.pdf 302>/login 403 200 403 403 403 200 403 403
            POST   /gradebook/classes/{classId}/hoc-ba  302>/login  403                 302      403   403        403       302     403     403
            GET    /gradebook/hoc-ba/{jobId}            302>/login  403                 404      403   403        403       403     403     403
            GET    /gradebook/hoc-ba/{jobId}/file.pdf   302>/login  403                 404      403   403        403       403     403     403
            GET    /gradebook/classes/{classId}/learners/{learnerId}/results 302>/login 403 200 403 403      403       200     403     403
            POST   /gradebook/classes/{classId}/learners/{learnerId}/retests 302>/login 403 302 403 403      403       302     403     403
            GET    /gradebook/overview                  302>/login  403                 200      403   403        403       403     403     403
            GET    /my/results                          302>/login  403                 403      403   403        403       403     200     200
            POST   /api/v1/gradebook/classes/{classId}/semesters/{semester}/lock 401 403 200     403   403        403       403     403     403
            GET    /assessment/tests/{testId}/papers    302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/tests/{testId}/papers    302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/tests/{testId}/papers/papers.pdf 302>/login 403          404      403   403        403       404     403     403
            GET    /assessment/tests/{testId}/papers/answer-sheet.pdf 302>/login 403    404      403   403        403       404     403     403
            GET    /assessment/tests/{testId}/papers/key.pdf 302>/login 403             404      403   403        403       404     403     403
            GET    /api/v1/assessment/banks             401         403                 200      403   403        403       200     403     403
            POST   /api/v1/assessment/banks             401         403                 400      403   403        403       400     403     403
            GET    /api/v1/assessment/banks/{bankId}/questions 401  403                 404      403   403        403       404     403     403
            POST   /api/v1/assessment/banks/{bankId}/import 401     403                 400      403   403        403       400     403     403
            GET    /api/v1/assessment/banks/{bankId}/export 401     403                 404      403   403        403       404     403     403
            GET    /api/v1/assessment/question-template.xlsx 401    403                 200      403   403        403       200     403     403
            GET    /assessment/banks                    302>/login  403                 200      403   403        403       200     403     403
            POST   /assessment/banks                    302>/login  403                 302>/assessment/banks 403 403    403       302>/assessment/banks 403 403
            GET    /assessment/banks/{id}               302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/banks/{id}/import        302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/banks/{id}/import        302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/banks/{id}/export        302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/banks/{id}/export/{format} 302>/login 403                404      403   403        403       404     403     403
            GET    /assessment/question-template.xlsx   302>/login  403                 200      403   403        403       200     403     403
            GET    /assessment/banks/{bankId}/questions/new 302>/login 403              404      403   403        403       404     403     403
            POST   /assessment/banks/{bankId}/questions 302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/questions/{id}           302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/questions/{id}           302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/questions/{id}/edit      302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/questions/{id}/review    302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/questions/{id}/retire    302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/images/{id}              302>/login  404                 404      404   404        404       404     404     404
            GET    /assessment/tests                    302>/login  403                 200      403   403        403       200     403     403
            POST   /assessment/tests                    302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/tests/{id}               302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/tests/{id}/extra-time    302>/login  403                 404      403   403        403       404     403     403
            POST   /api/v1/assessment/tests             401         403                 400      403   403        403       400     403     403
            POST   /api/v1/assessment/tests/{testId}/attempts 401   403                 403      403   403        403       403     403     403
            GET    /api/v1/assessment/attempts/{attemptId} 401      403                 404      403   403        403       404     404     403
            PUT    /api/v1/assessment/attempts/{attemptId}/answers/{questionId} 401 403 403      403   403        403       403     403     403
            POST   /api/v1/assessment/attempts/{attemptId}/submit 401 403               403      403   403        403       403     403     403
            GET    /assessment/tests/{testId}/results 302>/login 403           404      403   403        403       404     403     403
            GET    /assessment/tests/{testId}/results/export.xlsx 302>/login 403 404     403   403        403       404     403     403
            POST   /assessment/tests/{testId}/results/publish 302>/login 403   404      403   403        403       404     403     403
            GET    /assessment/attempts/{attemptId}/marking 302>/login 403     404      403   403        403       404     403     403
            POST   /assessment/attempts/{attemptId}/marking/{questionId} 302>/login 403 404 403 403     403       404     403     403
            GET    /assessment/tests/{testId}/transfer  302>/login  403                 404      403   403        403       404     403     403
            POST   /assessment/tests/{testId}/transfer  302>/login  403                 404      403   403        403       404     403     403
            GET    /assessment/tests/{testId}/transfers/{transferId} 302>/login 403 404   403   403        403       404     403     403
            GET    /my/tests/results                    302>/login  403                 403      403   403        403       403     200     200
            GET    /my/tests/attempts/{attemptId}       302>/login  403                 403      403   403        403       403     404     404
            GET    /gradebook/classes/{classId}/hoc-ba 302>/login 403               200      403   403        403       200     403     403
            POST   /gradebook/classes/{classId}/hoc-ba/check 302>/login 403         302      403   403        403       403     403     403
            POST   /gradebook/classes/{classId}/hoc-ba/sign-homeroom 302>/login 403 403      403   403        403       302     403     403
            POST   /gradebook/classes/{classId}/hoc-ba/sign-director 302>/login 403 302      403   403        403       403     403     403
            GET    /api/v1/gradebook/classes/{classId}/hoc-ba 401 403               200      403   403        403       200     403     403
            GET    /gradebook/learners/{learnerId}/hoc-ba 302>/login 403            200      200   403        403       200     403     403
            GET    /gradebook/learners/{learnerId}/hoc-ba/versions/{versionId}/download 302>/login 403 404 404 403 403 404   403     403
            POST   /gradebook/learners/{learnerId}/hoc-ba/versions/{versionId}/issue 302>/login 403 404 404 403 403 403   403     403
            GET    /timetable/versions/{id}/print/classes 302>/login 403            200      200   403        403       404     403     403
            GET    /timetable/versions/{id}/print/teachers 302>/login 403           200      200   403        403       404     403     403
            GET    /timetable/versions/{id}/print/rooms 302>/login  403                 200      200   403        403       404     403     403
            GET    /timetable/versions/{id}/print/centre 302>/login 403             200      200   403        403       404     403     403
            GET    /timetable/versions/{id}/export.xlsx 302>/login  403                 200      200   403        403       404     403     403
            GET    /timetable/versions/{id}/export.fet  302>/login  403                 200      200   403        403       403     403     403
            GET    /timetable/versions/{id}/workload    302>/login  403                 200      200   403        403       403     403     403
            GET    /timetable/versions/{id}/workload/export.xlsx 302>/login 403     200      200   403        403       403     403     403
            GET    /timetable/feeds                     302>/login  403                 200      200   403        403       200     200     200
            POST   /timetable/feeds                     302>/login  403                 403      403   403        403       200     200     200
            POST   /timetable/feeds/{feedId}/revoke     302>/login  403                 404      404   403        403       404     404     404
            GET    /ical/{centreId}/{token}.ics         404         404                 404      404   404        404       404     404     404
            GET    /timetable/setup                     302>/login  403                 200      200   403        403       403     403     403
            GET    /timetable/setup/grid                302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/grid                302>/login  403                 302>/timetable/setup/grid 302>/timetable/setup/grid 403 403 403 403 403
            GET    /timetable/setup/rules               302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/rules               302>/login  403                 302>/timetable/setup/rules 302>/timetable/setup/rules 403 403 403 403 403
            POST   /timetable/setup/rules/defaults      302>/login  403                 302>/timetable/setup/rules 302>/timetable/setup/rules 403 403 403 403 403
            GET    /timetable/setup/rooms               302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/rooms               302>/login  403                 302>/timetable/setup/rooms 302>/timetable/setup/rooms 403 403 403 403 403
            POST   /timetable/setup/rooms/{id}/delete   302>/login  403                 302>/timetable/setup/rooms 302>/timetable/setup/rooms 403 403 403 403 403
            GET    /timetable/setup/activities          302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/activities          302>/login  403                 302>/timetable/setup/activities 302>/timetable/setup/activities 403 403 403 403 403
            POST   /timetable/setup/activities/usual    302>/login  403                 302>/timetable/setup/activities 302>/timetable/setup/activities 403 403 403 403 403
            POST   /timetable/setup/activities/{id}/delete 302>/login 403               302>/timetable/setup/activities 302>/timetable/setup/activities 403 403 403 403 403
            GET    /timetable/setup/meetings            302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/meetings            302>/login  403                 302>/timetable/setup/meetings 302>/timetable/setup/meetings 403 403 403 403 403
            POST   /timetable/setup/meetings/{id}/delete 302>/login 403                 302>/timetable/setup/meetings 302>/timetable/setup/meetings 403 403 403 403 403
            GET    /timetable/setup/teachers            302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/teachers/{staffId}  302>/login  403                 302>/timetable/setup/teachers?staffId=00000000-0000-4000-8000-000000000001 302>/timetable/setup/teachers?staffId=00000000-0000-4000-8000-000000000001 403 403 403 403 403
            GET    /timetable/setup/courses             302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/courses             302>/login  403                 302>/timetable/setup/courses 302>/timetable/setup/courses 403 403 403 403 403
            GET    /timetable/setup/import              302>/login  403                 200      200   403        403       403     403     403
            POST   /timetable/setup/import              302>/login  403                 302>/timetable/setup/import 302>/timetable/setup/import 403 403 403 403 403
            POST   /timetable/setup/import/confirm      302>/login  403                 302>/timetable/setup/import 302>/timetable/setup/import 403 403 403 403 403
            """;

    /** Routes that the application serves but that are not its own pages. */
    private static final List<String> NOT_OURS = List.of("/error", "/v3/api-docs", "/swagger-ui", "/actuator");

    private static final Map<Role, String> USERNAMES = new EnumMap<>(Map.of(
            Role.SYSTEM_ADMIN, "admin",
            Role.DIRECTOR, "giamdoc",
            Role.CLERK, "vanthu",
            Role.ACCOUNTANT, "ketoan",
            Role.LIBRARIAN, "thuvien",
            Role.TEACHER, "gv.toan"));

    private static final Map<Role, String> PASSWORDS = new EnumMap<>(Role.class);

    /** An account whose password the walk may reset. */
    private static UUID resetTarget;

    private static UUID demoCentre;

    /** People of the demo centre that the walk opens: a learner with a guardian and a consent, a staff member. */
    private static UUID learner;

    private static UUID staffMember;
    private static UUID dataRequest;

    /** A background job of the demo centre, started by the director (the audit integrity check). */
    private static UUID job;

    /** A timetable version and a lesson that do not exist. */
    private static final UUID NO_VERSION = UUID.randomUUID();

    private static final UUID NO_LESSON = UUID.randomUUID();

    /** A class of the current year whose homeroom teacher is gv.toan, with one learner. */
    private static UUID academicsClass;

    private static UUID academicsLearner;

    /** A school year that is not current, for the rollover preview's export. */
    private static UUID rolloverTarget;

    /** Mathematics, which gv.toan teaches in the sample class. */
    private static UUID mathematics;

    /** An empty draft timetable of the current school year: the office prints it, a teacher does not see it. */
    private static UUID timetableVersion;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openAcademicsSamples(
            @Autowired AcademicsFixture fixture,
            @Autowired Academics academics,
            @Autowired TestAccounts accounts,
            @Autowired Tenancy tenancy,
            @Autowired JdbcClient jdbc) {
        UUID account = accounts.idOf("gv.toan");
        UUID staff = tenancy.inCentre(fixture.centre(), () -> jdbc.sql(
                                "SELECT id FROM people.staff_member WHERE account_id = ? LIMIT 1")
                        .param(account)
                        .query(UUID.class)
                        .optional())
                .orElseGet(() -> fixture.teacher("Nguyễn Thị Ánh Tuyết", account, 17));
        var year = fixture.currentYear();
        fixture.asDirector(() -> academics.installStandardProgramme());
        academicsClass = fixture.asDirector(() -> academics.createClass(new CreateClass(
                        year.id(), "RA" + AcademicsFixture.unique(), 10, ClassSession.MORNING, null, staff)))
                .id();
        academicsLearner = fixture.learner("Trần Văn Quyền");
        fixture.asDirector(() -> academics.enrol(new Enrol(academicsLearner, academicsClass, year.startsOn(), null)));
        rolloverTarget = fixture.schoolYear(2046).id();
        mathematics = fixture.asDirector(() -> academics.subjects().stream()
                .filter(subject -> subject.code().equals("TOAN"))
                .findFirst()
                .orElseThrow()
                .id());
        fixture.asDirector(() ->
                academics.assign(new Assign(academicsClass, mathematics, staff, java.math.BigDecimal.valueOf(3))));
    }

    @BeforeAll
    static void openTimetableDraft(@Autowired AcademicsFixture fixture, @Autowired Timetables timetables) {
        var year = fixture.currentYear();
        timetableVersion = fixture.asDirector(() -> timetables.createDraft(year.id(), year.startsOn(), null))
                .id();
    }

    @BeforeAll
    static void openAccountsForRolesWithoutDemoAccount(
            @Autowired Identity identity, @Autowired Tenancy tenancy, @Autowired JdbcClient jdbc) {
        var accounts = new TestAccounts(identity, tenancy, jdbc);
        USERNAMES.keySet().forEach(role -> PASSWORDS.put(role, TestAccounts.DEMO_PASSWORD));
        for (Role role : List.of(Role.LEARNER, Role.GUARDIAN)) {
            USERNAMES.put(role, accounts.open(role));
            PASSWORDS.put(role, TestAccounts.PASSWORD);
        }
        resetTarget = accounts.idOf(accounts.open(Role.TEACHER));
        demoCentre = accounts.demoCentre();
    }

    @BeforeAll
    static void registerPeopleToOpen(
            @Autowired People people, @Autowired PersonalData personalData, @Autowired TestAccounts accounts) {
        var clerk = SignedIn.as("vanthu", accounts.demoCentre(), Role.CLERK);
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        SignedIn.call(clerk, () -> {
            var registered = people.registerLearner(new LearnerDetails(
                    "RA" + unique,
                    PersonName.parse("Trần Văn Quyền"),
                    LocalDate.of(2005, 5, 5),
                    Sex.MALE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Address.NONE,
                    null,
                    null,
                    null,
                    null));
            learner = registered.id();
            people.linkGuardian(
                    learner,
                    new GuardianDetails(
                            PersonName.parse("Trần Văn Cha"),
                            "098" + (1_000_000 + new java.util.Random().nextInt(8_999_999)),
                            null,
                            null),
                    Relation.FATHER);
            personalData.recordConsent(
                    learner,
                    new RecordConsent("Quản lý hồ sơ học tập", null, "PAPER", "Phiếu 1", LocalDate.of(2026, 9, 1)));
            dataRequest = personalData
                    .receiveRequest(learner, new NewSubjectRequest("ACCESS", "Trần Văn Quyền", null, null))
                    .id();
            staffMember = people.registerStaff(new StaffDetails(
                            "nv." + unique,
                            PersonName.parse("Lê Thị Kho"),
                            null,
                            Sex.FEMALE,
                            null,
                            null,
                            null,
                            "OTHER",
                            null,
                            null,
                            Set.of(),
                            0))
                    .id();
            return null;
        });
    }

    private void ensureDirectorJob() {
        if (job == null) {
            Page started = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD)
                    .post("/admin/audit/verify");
            job = UUID.fromString(started.location().substring("/jobs/".length()));
        }
    }

    @ParameterizedTest(name = "{0} {1} — {2} → {3}")
    @MethodSource("walk")
    @DisplayName("Mỗi vai trò nhận đúng câu trả lời ở mỗi địa chỉ")
    void answersEachVisitorAsTheTableSays(String method, String route, String visitor, String expected) {
        ensureDirectorJob();
        Sample sample = sample(method, route, visitor);
        Page page = route.startsWith("/api/") ? callApi(method, sample, visitor) : openPage(method, sample, visitor);

        String[] expectation = expected.split(">", 2);
        assertThat(page.status()).as("%s %s as %s", method, route, visitor).isEqualTo(Integer.parseInt(expectation[0]));
        if (expectation.length == 2) {
            assertThat(page.location())
                    .as("redirect target")
                    .isEqualTo(expectation[1]
                            .replace("{job}", job.toString())
                            .replace("{learner}", learner.toString())
                            .replace("{version}", NO_VERSION.toString())
                            .replace("{lesson}", NO_LESSON.toString()));
        }
        page.showsNoJavaInternals();
    }

    @Test
    @DisplayName("Bảng quyền liệt kê đúng mọi địa chỉ ứng dụng phục vụ")
    void tableListsEveryRouteTheApplicationRegisters(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        Set<String> registered = mapping.getHandlerMethods().keySet().stream()
                .flatMap(RouteAccessTests::routesOf)
                .filter(route -> NOT_OURS.stream().noneMatch(prefix -> route.split(" ")[1].startsWith(prefix)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inTable = rows().map(row -> row[0] + " " + row[1]).collect(Collectors.toCollection(TreeSet::new));

        assertThat(inTable)
                .as("routes in RouteAccessTests.ROUTES (add a row for each new route, see the class Javadoc)")
                .isEqualTo(registered);
    }

    static Stream<Arguments> walk() {
        return rows().flatMap(row -> IntStream.range(0, VISITORS.size())
                .mapToObj(column -> Arguments.of(row[0], row[1], VISITORS.get(column), row[column + 2])));
    }

    private static Stream<String[]> rows() {
        return ROUTES.lines()
                .skip(1)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    String[] cells = line.split("\\s+");
                    assertThat(cells).as("cells in row: %s", line).hasSize(VISITORS.size() + 2);
                    return cells;
                });
    }

    private static Stream<String> routesOf(RequestMappingInfo info) {
        Set<String> methods =
                info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
        Set<String> named = methods.isEmpty() ? Set.of("ANY") : methods;
        return info.getPatternValues().stream()
                .flatMap(pattern -> named.stream().map(method -> method + " " + pattern));
    }

    /** A concrete request for a route: the path with its variables filled in, and a valid form or JSON body. */
    record Sample(String path, String... form) {}

    private static Sample sample(String method, String route, String visitor) {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return switch (method + " " + route) {
            case "POST /account/password" ->
                // Incomplete on purpose: the form comes back with its messages and no password changes.
                new Sample(route, "currentPassword", "", "newPassword", "", "confirmation", "");
            case "POST /admin/accounts" ->
                new Sample(
                        route, "username", "hv." + unique, "fullName", "Lê Văn Học", "email", "", "roles", "LEARNER");
            case "POST /admin/accounts/{id}/reset-password" ->
                new Sample("/admin/accounts/" + resetTarget + "/reset-password", "reason", "Kiểm tra quyền truy cập");
            case "POST /admin/centres" ->
                new Sample(route, "code", "T" + unique.toUpperCase(), "name", "Trung tâm thử");
            case "POST /admin/centres/{id}/act" -> new Sample("/admin/centres/" + demoCentre + "/act");
            case "GET /jobs/{id}" -> new Sample("/jobs/" + job);
            // A timetable version and lesson that do not exist: those allowed get "not found" (a page) or are sent
            // back to the version with the message; forms without their fields are rejected and change nothing.
            case "GET /timetable/versions/{id}",
                    "POST /timetable/versions/{id}/solve",
                    "POST /timetable/versions/{id}/submit",
                    "POST /timetable/versions/{id}/reopen",
                    "POST /timetable/versions/{id}/publish",
                    "POST /timetable/versions/{id}/delete" -> new Sample(route.replace("{id}", NO_VERSION.toString()));
            case "GET /timetable/versions/{id}/lessons/{lessonId}",
                    "POST /timetable/versions/{id}/lessons/{lessonId}/move",
                    "POST /timetable/versions/{id}/lessons/{lessonId}/pin" ->
                new Sample(route.replace("{id}", NO_VERSION.toString()).replace("{lessonId}", NO_LESSON.toString()));
            case "GET /jobs/{id}/status" -> new Sample("/jobs/" + job + "/status");
            case "POST /jobs/{id}/cancel" -> new Sample("/jobs/" + job + "/cancel");
            case "POST /api/v1/auth/token" -> new Sample(route, credentials(visitor));
            // Contests: a contest, round and paper that do not exist; forms without their fields are refused and change
            // nothing (the director's new contest has no name), and each refusal is a message on the page sent back to.
            case "POST /contests" -> new Sample(route, "name", "");
            case "GET /contests/{contestId}",
                    "POST /contests/{contestId}/rounds",
                    "POST /contests/{contestId}/register",
                    "POST /contests/{contestId}/register-class" ->
                new Sample(route.replace("{contestId}", "00000000-0000-4000-8000-00000000c001"));
            case "POST /contests/rounds/{roundId}/enter",
                    "GET /contests/rounds/{roundId}/leaderboard",
                    "GET /contests/rounds/{roundId}/leaderboard/board",
                    "GET /contests/rounds/{roundId}/leaderboard.json",
                    "POST /contests/rounds/{roundId}/close",
                    "GET /contests/rounds/{roundId}/certificates.pdf",
                    "GET /contests/rounds/{roundId}/qualified.xlsx",
                    "GET /contests/rounds/{roundId}/centres",
                    "GET /contests/invitations/{roundId}" ->
                new Sample(route.replace("{roundId}", "00000000-0000-4000-8000-00000000c002"));
            // Rounds between centres: a round that does not exist (or that the director's centre is not invited to);
            // each refusal is a message on the page sent back to, and nothing is written.
            case "POST /contests/rounds/{roundId}/centres" ->
                new Sample(
                        route.replace("{roundId}", "00000000-0000-4000-8000-00000000c002"),
                        "centreId",
                        "00000000-0000-4000-8000-00000000c005");
            case "POST /contests/rounds/{roundId}/centres/{centreId}/uninvite" ->
                new Sample(route.replace("{roundId}", "00000000-0000-4000-8000-00000000c002")
                        .replace("{centreId}", "00000000-0000-4000-8000-00000000c005"));
            case "POST /contests/invitations/{roundId}/qualifiers" ->
                new Sample(
                        route.replace("{roundId}", "00000000-0000-4000-8000-00000000c002"),
                        "contestId",
                        "00000000-0000-4000-8000-00000000c001");
            case "POST /contests/invitations/{roundId}/nominees" ->
                new Sample(
                        route.replace("{roundId}", "00000000-0000-4000-8000-00000000c002"),
                        "personId",
                        "00000000-0000-4000-8000-00000000c006");
            case "POST /contests/invitations/{roundId}/nominees/{entryId}/withdraw" ->
                new Sample(route.replace("{roundId}", "00000000-0000-4000-8000-00000000c002")
                        .replace("{entryId}", "00000000-0000-4000-8000-00000000c003"));
            case "GET /contests/entries/{entryId}/{session}",
                    "POST /contests/entries/{entryId}/{session}",
                    "GET /contests/entries/{entryId}/{session}/state",
                    "POST /contests/entries/{entryId}/{session}/submit" ->
                new Sample(route.replace("{entryId}", "00000000-0000-4000-8000-00000000c003")
                        .replace("{session}", "00000000-0000-4000-8000-00000000c004"));
            case "PUT /contests/entries/{entryId}/{session}/answers/{questionId}" ->
                new Sample(
                        route.replace("{entryId}", "00000000-0000-4000-8000-00000000c003")
                                .replace("{session}", "00000000-0000-4000-8000-00000000c004")
                                .replace("{questionId}", UUID.randomUUID().toString()),
                        "{\"text\": \"x\"}");
            // Paper versions of a test that does not exist.
            case "GET /assessment/tests/{testId}/papers",
                    "POST /assessment/tests/{testId}/papers",
                    "GET /assessment/tests/{testId}/papers/papers.pdf",
                    "GET /assessment/tests/{testId}/papers/answer-sheet.pdf",
                    "GET /assessment/tests/{testId}/papers/key.pdf" ->
                new Sample(route.replace("{testId}", UUID.randomUUID().toString()), "count", "2");
            // The learner's test pages: tests and attempts that do not exist; the walk's learner account is linked to
            // no learner, so it has no tests and its own actions are refused.
            case "POST /my/tests/{testId}/start",
                    "GET /my/attempts/{attemptId}",
                    "POST /my/attempts/{attemptId}",
                    "GET /my/attempts/{attemptId}/state",
                    "POST /my/attempts/{attemptId}/submit" ->
                new Sample(route.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString()));
            case "PUT /my/attempts/{attemptId}/answers/{questionId}" ->
                new Sample(route.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString()), "{\"text\": \"x\"}");
            // Assessment pages: a bank form without a subject goes back to the list with a message; banks, questions
            // and tests that do not exist are not found by those allowed (nothing is written).
            case "POST /assessment/banks" -> new Sample(route, "name", "");
            case "GET /assessment/banks/{id}/export/{format}" ->
                new Sample(route.replace("{id}", UUID.randomUUID().toString()).replace("{format}", "moodlexml"));
            case "POST /assessment/banks/{bankId}/questions" ->
                new Sample(route.replace("{bankId}", UUID.randomUUID().toString()), "type", "SINGLE_CHOICE");
            case "POST /assessment/tests" ->
                new Sample(route, "classId", UUID.randomUUID().toString());
            case "POST /assessment/tests/{id}/extra-time" ->
                new Sample(
                        route.replace("{id}", UUID.randomUUID().toString()),
                        "learnerId",
                        UUID.randomUUID().toString(),
                        "minutes",
                        "5");
            case "GET /assessment/banks/{id}",
                    "GET /assessment/banks/{id}/import",
                    "POST /assessment/banks/{id}/import",
                    "GET /assessment/banks/{id}/export",
                    "GET /assessment/banks/{bankId}/questions/new",
                    "GET /assessment/questions/{id}",
                    "POST /assessment/questions/{id}",
                    "GET /assessment/questions/{id}/edit",
                    "POST /assessment/questions/{id}/review",
                    "POST /assessment/questions/{id}/retire",
                    "GET /assessment/images/{id}",
                    "GET /assessment/tests/{id}" ->
                new Sample(route.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString()));
            // Assessment: bodies that name no subject, no class (400 to those allowed); banks, tests and attempts that
            // do not exist (404 to those allowed; the walk's learner account is linked to no learner, so a learner's
            // own actions are refused before the attempt is looked up).
            case "POST /api/v1/assessment/banks", "POST /api/v1/assessment/tests" -> new Sample(route, "{}");
            case "POST /api/v1/assessment/banks/{bankId}/import" ->
                new Sample(route.replace("{bankId}", UUID.randomUUID().toString()) + "?format=gift", "{}");
            case "GET /api/v1/assessment/banks/{bankId}/export" ->
                new Sample(route.replace("{bankId}", UUID.randomUUID().toString()) + "?format=moodlexml");
            case "GET /api/v1/assessment/banks/{bankId}/questions",
                    "POST /api/v1/assessment/tests/{testId}/attempts",
                    "GET /api/v1/assessment/attempts/{attemptId}",
                    "POST /api/v1/assessment/attempts/{attemptId}/submit" ->
                new Sample(route.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString()), "{}");
            case "PUT /api/v1/assessment/attempts/{attemptId}/answers/{questionId}" ->
                new Sample(route.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString()), "{\"text\": \"x\"}");
            // Assessment results: tests, attempts and transfers that do not exist (404 to the staff allowed; the walk's
            // learner and guardian accounts are linked to no learner, so an attempt is not theirs to find either).
            case "GET /assessment/tests/{testId}/results",
                    "GET /assessment/tests/{testId}/results/export.xlsx",
                    "POST /assessment/tests/{testId}/results/publish",
                    "GET /assessment/attempts/{attemptId}/marking",
                    "POST /assessment/attempts/{attemptId}/marking/{questionId}",
                    "GET /assessment/tests/{testId}/transfer",
                    "GET /assessment/tests/{testId}/transfers/{transferId}",
                    "GET /my/tests/attempts/{attemptId}" ->
                new Sample(route.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString()));
            case "POST /assessment/tests/{testId}/transfer" ->
                new Sample(route.replace("{testId}", UUID.randomUUID().toString()), "semester", "1", "column", "1");
            case "POST /academics/classes" ->
                new Sample(route, "name", "R" + unique, "grade", "10", "session", "EVENING");
            case "GET /academics/classes/{id}",
                    "GET /academics/classes/{id}/export.xlsx",
                    "GET /academics/classes/{id}/export.pdf",
                    "GET /api/v1/classes/{id}/learners",
                    "GET /api/v1/classes/{id}/assignments",
                    "GET /api/v1/classes/{id}/topics" -> new Sample(route.replace("{id}", academicsClass.toString()));
            case "GET /academics/learners/{id}" -> new Sample(route.replace("{id}", academicsLearner.toString()));
            // Incomplete on purpose: each class, programme and workload form is rejected and changes nothing, so the
            // class keeps gv.toan as its homeroom teacher and the centre keeps its workload rule.
            case "POST /academics/classes/{id}" ->
                new Sample(route.replace("{id}", academicsClass.toString()), "name", "");
            case "POST /academics/classes/{id}/enrol" ->
                new Sample(route.replace("{id}", academicsClass.toString()), "code", "");
            case "POST /academics/subjects", "POST /academics/combinations", "POST /academics/topics" ->
                new Sample(route, "code", "");
            // An unknown topic code is rejected and the class keeps its topics (none); the API sets none, as before.
            case "POST /academics/topics/classes/{classId}" ->
                new Sample(route.replace("{classId}", academicsClass.toString()), "topics", "NO_SUCH_TOPIC");
            case "PUT /api/v1/classes/{id}/topics" ->
                new Sample(route.replace("{id}", academicsClass.toString()), "[]");
            case "POST /academics/workload/rule" ->
                new Sample(route, "homeroomReduction", "", "reductionCapPercent", "");
            case "GET /academics/rollover/export.xlsx" -> new Sample(route + "?to=" + rolloverTarget);
            // Without a reason every enrolment action is rejected (a message, nothing changes), so the walk can repeat.
            case "POST /academics/learners/{id}/transfer",
                    "POST /academics/learners/{id}/leave",
                    "POST /academics/learners/{id}/drop-out",
                    "POST /academics/learners/{id}/readmit" ->
                new Sample(route.replace("{id}", academicsLearner.toString()), "reason", "");
            case "POST /academics/workload/reductions/{id}/delete" ->
                new Sample("/academics/workload/reductions/" + UUID.randomUUID() + "/delete");
            case "POST /academics/rollover/decide" ->
                new Sample(route, "to", UUID.randomUUID().toString());
            // Attendance of the academics sample class on a past school day; an empty day is rejected and saves
            // nothing.
            case "GET /attendance/classes/{classId}",
                    "GET /attendance/classes/{classId}/days/{date}",
                    "GET /api/v1/attendance/classes/{classId}/days/{date}" -> new Sample(attendancePath(route));
            case "POST /attendance/classes/{classId}/days/{date}" -> new Sample(attendancePath(route), "session", "");
            case "PUT /api/v1/attendance/classes/{classId}/days/{date}" -> new Sample(attendancePath(route), "[]");
            case "GET /attendance/classes/{classId}/months/{month}",
                    "GET /attendance/classes/{classId}/months/{month}/export.xlsx" -> new Sample(attendancePath(route));
            case "GET /imports/templates/{kind}.xlsx" -> new Sample("/imports/templates/learners.xlsx");
            case "GET /imports/runs/{id}" -> new Sample("/imports/runs/" + NO_RUN);
            case "GET /imports/runs/{id}/status" -> new Sample("/imports/runs/" + NO_RUN + "/status");
            case "POST /imports/runs/{id}/confirm" -> new Sample("/imports/runs/" + NO_RUN + "/confirm", "mode", "ALL");
            case "GET /imports/runs/{id}/errors.xlsx" -> new Sample("/imports/runs/" + NO_RUN + "/errors.xlsx");
            // People: forms that are incomplete on purpose come back with their message and change nothing.
            case "GET /learners/{id}" -> new Sample("/learners/" + learner);
            case "GET /learners/{id}/edit" -> new Sample("/learners/" + learner + "/edit");
            case "POST /learners/{id}" -> new Sample("/learners/" + learner, "code", "", "version", "0");
            case "POST /learners/{id}/reveal-id" ->
                new Sample("/learners/" + learner + "/reveal-id", "purpose", "Kiểm tra");
            case "POST /learners/{id}/guardians" -> new Sample("/learners/" + learner + "/guardians", "phone", "");
            case "POST /learners/{id}/guardians/{guardianId}/unlink" ->
                new Sample("/learners/" + learner + "/guardians/" + UUID.randomUUID() + "/unlink");
            case "GET /learners/{id}/photo" -> new Sample("/learners/" + learner + "/photo");
            case "POST /learners/{id}/photo" -> new Sample("/learners/" + learner + "/photo");
            case "POST /learners/{id}/id-image" -> new Sample("/learners/" + learner + "/id-image");
            case "POST /learners/{id}/id-image/view" ->
                new Sample("/learners/" + learner + "/id-image/view", "purpose", "Kiểm tra");
            case "POST /learners/{id}/consents" -> new Sample("/learners/" + learner + "/consents", "purpose", "");
            case "POST /learners/{id}/consents/{consentId}/withdraw" ->
                new Sample("/learners/" + learner + "/consents/" + UUID.randomUUID() + "/withdraw");
            case "GET /learners/{id}/export.json" -> new Sample("/learners/" + learner + "/export.json");
            case "GET /learners/{id}/export.pdf" -> new Sample("/learners/" + learner + "/export.pdf");
            case "POST /learners/{id}/deidentify" -> new Sample("/learners/" + learner + "/deidentify", "reason", "");
            case "POST /learners" -> new Sample(route, "code", "");
            case "POST /staff" -> new Sample(route, "code", "");
            case "GET /staff/{id}" -> new Sample("/staff/" + staffMember);
            case "GET /staff/{id}/edit" -> new Sample("/staff/" + staffMember + "/edit");
            case "POST /staff/{id}" -> new Sample("/staff/" + staffMember, "code", "", "version", "0");
            // Gradebook: gv.toan teaches mathematics in the sample class and is its homeroom teacher. Writes use
            // semester 1
            // and change nothing (an empty save, a conduct form without levels, a correction of an open semester);
            // locks use semester 2 and every lock the walk makes is lifted by the next row, except the API's.
            case "GET /gradebook/classes/{classId}",
                    "POST /gradebook/classes/{classId}/semesters/{semester}/lock",
                    "POST /gradebook/classes/{classId}/semesters/{semester}/unlock",
                    "POST /api/v1/gradebook/classes/{classId}/semesters/{semester}/lock",
                    "GET /gradebook/classes/{classId}/conduct/{semester}",
                    "POST /gradebook/classes/{classId}/conduct/{semester}" ->
                new Sample(gradebookPath(route, 2).replace("conduct/2", "conduct/1"));
            case "PUT /api/v1/gradebook/classes/{classId}/conduct/{semester}" ->
                new Sample(gradebookPath(route, 1), "[]");
            // Remarks: empty saves (nothing changes) by the homeroom / assigned teacher gv.toan, refused to others.
            case "GET /gradebook/classes/{classId}/remarks",
                    "POST /gradebook/classes/{classId}/remarks",
                    "GET /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks",
                    "POST /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks",
                    "GET /api/v1/gradebook/classes/{classId}/remarks",
                    "GET /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks" ->
                new Sample(gradebookPath(route, 1));
            case "PUT /api/v1/gradebook/classes/{classId}/remarks",
                    "PUT /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/remarks" ->
                new Sample(gradebookPath(route, 1), "[]");
            case "PUT /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}",
                    "PUT /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}" ->
                new Sample(gradebookPath(route, 1), "[]");
            case "GET /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}",
                    "GET /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/export.xlsx",
                    "POST /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/import",
                    "POST /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/import/errors.xlsx",
                    "GET /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/changes",
                    "POST /gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}/corrections",
                    "GET /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/semesters/{semester}" ->
                new Sample(gradebookPath(route, 1));
            // Results of the sample class: the summary of semester I, its only learner's year; a re-test without a
            // subject is refused (a message, nothing written).
            case "GET /api/v1/gradebook/classes/{classId}/summary",
                    "GET /api/v1/gradebook/classes/{classId}/summary.pdf",
                    "GET /gradebook/classes/{classId}/summary",
                    "GET /gradebook/classes/{classId}/summary/export.xlsx" ->
                new Sample(gradebookPath(route, 1) + "?period=HK1");
            // The book of mathematics in the sample class (gv.toan teaches it); the class's học bạ, started by its
            // homeroom teacher gv.toan or the director; the progress page and file of a job that is not a học bạ
            // print (the director's audit check): the director may see that job, but it is no học bạ print (404);
            // the teacher did not start it (403).
            case "GET /api/v1/gradebook/classes/{classId}/subjects/{subjectId}/book.pdf",
                    "GET /gradebook/classes/{classId}/subjects/{subjectId}/book.pdf",
                    "POST /gradebook/classes/{classId}/hoc-ba" -> new Sample(gradebookPath(route, 1));
            case "GET /gradebook/hoc-ba/{jobId}", "GET /gradebook/hoc-ba/{jobId}/file.pdf" ->
                new Sample(route.replace("{jobId}", job.toString()));
            // The học bạ of the sample class's only learner, whose homeroom teacher is gv.toan.
            case "GET /api/v1/learners/{id}/hoc-ba.pdf" ->
                new Sample(route.replace("{id}", academicsLearner.toString()));
            case "GET /gradebook/classes/{classId}/learners/{learnerId}/results" ->
                new Sample(gradebookPath(route, 1).replace("{learnerId}", academicsLearner.toString()));
            case "POST /gradebook/classes/{classId}/learners/{learnerId}/retests" ->
                new Sample(gradebookPath(route, 1).replace("{learnerId}", academicsLearner.toString()), "value", "");
            // The học bạ số of the sample class: its only learner has no marks, so a check or a signature is refused
            // with a message (nothing written); no signed version exists, so a version is not found.
            case "GET /gradebook/classes/{classId}/hoc-ba", "GET /api/v1/gradebook/classes/{classId}/hoc-ba" ->
                new Sample(gradebookPath(route, 1));
            case "POST /gradebook/classes/{classId}/hoc-ba/check",
                    "POST /gradebook/classes/{classId}/hoc-ba/sign-homeroom",
                    "POST /gradebook/classes/{classId}/hoc-ba/sign-director" ->
                new Sample(gradebookPath(route, 1), "learnerId", academicsLearner.toString());
            case "GET /gradebook/learners/{learnerId}/hoc-ba" ->
                new Sample(route.replace("{learnerId}", academicsLearner.toString()));
            case "GET /gradebook/learners/{learnerId}/hoc-ba/versions/{versionId}/download" ->
                new Sample(route.replace("{learnerId}", academicsLearner.toString())
                        .replace("{versionId}", UUID.randomUUID().toString()));
            case "POST /gradebook/learners/{learnerId}/hoc-ba/versions/{versionId}/issue" ->
                new Sample(
                        route.replace("{learnerId}", academicsLearner.toString())
                                .replace("{versionId}", UUID.randomUUID().toString()),
                        "issuedTo",
                        "Trường THPT Nguyễn Du",
                        "purpose",
                        "Hồ sơ chuyển trường");
            case "POST /gradebook/semesters/{semester}/lock", "POST /gradebook/semesters/{semester}/unlock" ->
                new Sample(route.replace("{semester}", "2"));
            case "POST /gradebook/corrections/{id}/approve", "POST /gradebook/corrections/{id}/reject" ->
                new Sample(route.replace("{id}", UUID.randomUUID().toString()));
            // Timetable: the empty draft (printed by the office, not found by a teacher); a feed form without an owner
            // is refused with a message; an unknown feed is not found; a calendar address with an unknown secret is a
            // bare 404 for everyone.
            case "GET /timetable/versions/{id}/print/classes",
                    "GET /timetable/versions/{id}/print/teachers",
                    "GET /timetable/versions/{id}/print/rooms",
                    "GET /timetable/versions/{id}/print/centre",
                    "GET /timetable/versions/{id}/export.xlsx",
                    "GET /timetable/versions/{id}/export.fet",
                    "GET /timetable/versions/{id}/workload",
                    "GET /timetable/versions/{id}/workload/export.xlsx" ->
                new Sample(route.replace("{id}", timetableVersion.toString()));
            case "POST /timetable/feeds" -> new Sample(route, "owner", "");
            case "POST /timetable/feeds/{feedId}/revoke" ->
                new Sample(route.replace("{feedId}", UUID.randomUUID().toString()));
            case "GET /ical/{centreId}/{token}.ics" ->
                new Sample("/ical/" + demoCentre + "/" + "A".repeat(43) + ".ics");
            case "POST /admin/data-requests" -> new Sample(route, "learnerCode", "");
            case "POST /admin/data-requests/{id}/acknowledge" ->
                new Sample("/admin/data-requests/" + dataRequest + "/acknowledge");
            case "POST /admin/data-requests/{id}/complete" ->
                new Sample("/admin/data-requests/" + dataRequest + "/complete", "outcome", "");
            // Timetable set-up of the current year: every form is incomplete or names nothing that exists, so it is
            // refused with a message and changes nothing; restoring the default rules and adding the usual fixed
            // activities change nothing the second time.
            case "POST /timetable/setup/grid" -> new Sample(route, "sessions", "MORNING");
            case "POST /timetable/setup/rules" -> new Sample(route, "weight.TEACHER_CLASH", "");
            case "POST /timetable/setup/rooms", "POST /timetable/setup/activities", "POST /timetable/setup/meetings" ->
                new Sample(route, "name", "");
            case "POST /timetable/setup/rooms/{id}/delete",
                    "POST /timetable/setup/activities/{id}/delete",
                    "POST /timetable/setup/meetings/{id}/delete" ->
                new Sample(route.replace("{id}", UUID.randomUUID().toString()));
            case "POST /timetable/setup/teachers/{staffId}" ->
                new Sample(route.replace("{staffId}", NO_RUN.toString()), "slot.MONDAY.MORNING.1", "BUSY");
            case "POST /timetable/setup/courses" -> new Sample(route, "periods", "");
            default -> {
                assertThat(route)
                        .as("route with a path variable needs a case in sample()")
                        .doesNotContain("{");
                yield new Sample(route);
            }
        };
    }

    private static String attendancePath(String route) {
        return route.replace("{classId}", academicsClass.toString())
                .replace("{date}", "2026-09-07")
                .replace("{month}", "2026-09");
    }

    private static String gradebookPath(String route, int semester) {
        return route.replace("{classId}", academicsClass.toString())
                .replace("{subjectId}", mathematics.toString())
                .replace("{semester}", String.valueOf(semester));
    }

    /** The visitor's own username and password as JSON; a visitor without an account tries an unknown one. */
    private static String credentials(String visitor) {
        if (visitor.equals(ANONYMOUS)) {
            return "{\"username\":\"khong.co." + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"password\":\"Sai2026sai\"}";
        }
        Role role = Role.valueOf(visitor);
        return "{\"username\":\"" + USERNAMES.get(role) + "\",\"password\":\"" + PASSWORDS.get(role) + "\"}";
    }

    private Page openPage(String method, Sample sample, String visitor) {
        Browser browser = visitor.equals(ANONYMOUS)
                ? Browser.at(port)
                : Browser.signedIn(port, USERNAMES.get(Role.valueOf(visitor)), PASSWORDS.get(Role.valueOf(visitor)));
        return switch (method) {
            case "GET" -> browser.get(sample.path());
            case "POST" -> browser.post(sample.path(), sample.form());
            case "PUT" ->
                sample.form().length == 1
                        ? browser.putJson(sample.path(), sample.form()[0], "X-CSRF-TOKEN", browser.csrfToken())
                        : browser.call(method, sample.path());
            default -> browser.call(method, sample.path());
        };
    }

    private Page callApi(String method, Sample sample, String visitor) {
        Browser client = Browser.at(port);
        if (method.equals("POST") && sample.path().equals("/api/v1/auth/token")) {
            return client.postJson(sample.path(), sample.form()[0]);
        }
        String[] authorization = visitor.equals(ANONYMOUS)
                ? new String[0]
                : new String[] {"Authorization", "Bearer " + tokenOf(client, visitor)};
        return switch (method) {
            case "GET" -> client.getJson(sample.path(), authorization);
            case "POST" ->
                client.postJson(sample.path(), sample.form().length == 0 ? "{}" : sample.form()[0], authorization);
            case "PUT" -> client.putJson(sample.path(), sample.form()[0], authorization);
            default -> throw new IllegalArgumentException("Add the API method " + method + " to callApi()");
        };
    }

    private static String tokenOf(Browser client, String visitor) {
        Page token = client.postJson("/api/v1/auth/token", credentials(visitor));
        assertThat(token.status()).as("token for %s", visitor).isEqualTo(200);
        return token.json().get("access_token").asString();
    }
}
