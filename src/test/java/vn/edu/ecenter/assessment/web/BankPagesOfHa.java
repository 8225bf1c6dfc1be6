package vn.edu.ecenter.assessment.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.TestAccounts;

/** The start of the bank pages' tests: a fresh classroom whose Toán teacher Hà is signed in, on her bank's pages. */
abstract class BankPagesOfHa {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    QuestionBanks banks;

    Classroom room;
    Browser ha;

    @BeforeEach
    void classroom() {
        room = fixture.classroom();
        ha = Browser.signedIn(port, room.ha().username(), TestAccounts.PASSWORD);
    }

    String bankPath() {
        return "/assessment/banks/" + room.bank().id();
    }
}
