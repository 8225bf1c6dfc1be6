package vn.edu.ecenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.InputStream;
import java.nio.file.Path;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.timetable.xhstt.XhsttReader;

/**
 * A few sharp rules about how the code is built (guide, B6). Rules that find no class to check fail, so a renamed
 * package cannot silently switch a rule off ({@code archRule.failOnEmptyShould}, ArchUnit's default, kept on in {@code
 * archunit.properties}).
 */
@AnalyzeClasses(packagesOf = EcenterApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Controllers use a module's published API, so the implementation stays package-private (guide, B1.4). */
    @ArchTest
    static final ArchRule webUsesNoInternals = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.edu.ecenter..internal..")
            .because("web code calls a module's API, never its internal package");

    /**
     * The XHSTT benchmark files carry researchers' solutions: oracles for the evaluator only. Nothing but the reader and
     * the evaluate command reads them, so no solving path can (issue 5).
     */
    @ArchTest
    static final ArchRule solversNeverReadStoredSolutions = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("vn.edu.ecenter.timetable.EvaluateCommand")
            .and()
            .doNotHaveFullyQualifiedName("vn.edu.ecenter.timetable.xhstt.XhsttReader")
            .and()
            .haveNameNotMatching("vn\\.edu\\.ecenter\\.timetable\\.xhstt\\.SolutionParser.*")
            .should()
            .callMethod(XhsttReader.class, "readArchive", Path.class)
            .orShould()
            .callMethod(XhsttReader.class, "readArchive", InputStream.class)
            .orShould()
            .accessClassesThat()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.xhstt.SolutionParser")
            .because("a timetable solver must never read the solutions stored in XHSTT files");

    /**
     * The solving side does not even know that stored solutions exist: the engine, the centre's model and the
     * translations of XHSTT and FET into the engine's problem, the XHSTT search (which splits events again), the SAT
     * solver that chooses a split (FeasibleSplit), the command line and the solve jobs never touch the types that hold
     * them. (XhsttWriter builds a SolutionGroup only to write the solver's own result, as issue 5 asks; the evaluate
     * command reads the solution file it is given.)
     */
    @ArchTest
    static final ArchRule solversDoNotKnowStoredSolutionGroups = noClasses()
            .that()
            .resideInAnyPackage(
                    "vn.edu.ecenter.timetable.engine..",
                    "vn.edu.ecenter.timetable.centre..",
                    "vn.edu.ecenter.timetable.internal..")
            .or()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.xhstt.XhsttProblem")
            .or()
            .haveNameMatching("vn\\.edu\\.ecenter\\.timetable\\.xhstt\\.XhsttSearch(\\$.*)?")
            .or()
            .haveNameMatching("vn\\.edu\\.ecenter\\.timetable\\.xhstt\\.FeasibleSplit(\\$.*)?")
            .or()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.fet.FetProblem")
            .or()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.TimetableCommandLine")
            .or()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.CommandLineOptions")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.xhstt.SolutionGroup")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("vn.edu.ecenter.timetable.xhstt.Archive")
            .because("a timetable solver must never read the solutions stored in XHSTT files");

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** Nobody calls a controller but Spring; a public controller invites other modules to. */
    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .or()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .notBePublic()
            .because("controllers are package-private (guide, B4)");

    /** Spring's own {@code @Transactional} drives our transaction manager, which sets the centre for row security. */
    @ArchTest
    static final ArchRule onlySpringTransactions = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.transaction.Transactional")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.transaction.Transactional")
            .because("use org.springframework.transaction.annotation.Transactional");
}
