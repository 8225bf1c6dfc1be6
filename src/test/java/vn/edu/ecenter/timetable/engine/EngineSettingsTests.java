package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineSettingsTests {

    @Test
    void lateAcceptanceLooksBackOneMinutesStepsByDefault() {
        assertThat(Engine.Settings.forSeconds(600, 1).lateAcceptanceSize()).isEqualTo(400);
        assertThat(Engine.Settings.untilFeasible(5, 1).lateAcceptanceSize()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} s → {1} steps back")
    @CsvSource({"1, 400", "30, 400", "60, 400", "90, 600", "600, 4000", "3600, 24000"})
    void aPatientLateAcceptanceLooksBackInProportionToTheTimeLimit(long seconds, int steps) {
        Engine.Settings patient = Engine.Settings.forSeconds(seconds, 1).withPatientLateAcceptance();

        assertThat(patient.lateAcceptanceSize()).isEqualTo(steps);
    }

    @Test
    void theLateAcceptanceStaysWhenTheTimeLimitChanges() {
        // A search that starts the engine again with the time left keeps what it chose for the whole run.
        Engine.Settings patient = Engine.Settings.forSeconds(600, 1).withPatientLateAcceptance();

        Engine.Settings rest = patient.withTimeLimit(Duration.ofSeconds(30))
                .withConstruction(false)
                .withStartAfter(Duration.ofSeconds(1));

        assertThat(rest.lateAcceptanceSize()).isEqualTo(4000);
        assertThat(rest.timeLimit()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theDayRepairStaysWhenOtherSettingsChange() {
        Engine.Settings settings = Engine.Settings.untilFeasible(120, 1)
                .withConstruction(true)
                .withDayRepairAfter(Duration.ofSeconds(10))
                .withTimeLimit(Duration.ofSeconds(60))
                .withStartAfter(Duration.ofSeconds(1))
                .withSat(true)
                .withPatientLateAcceptance()
                .withConstruction(true);

        assertThat(settings.dayRepairAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(Engine.Settings.untilFeasible(120, 1).dayRepairAfter()).isNull();
        assertThat(settings.withDayRepairAfter(null).dayRepairAfter()).isNull();
    }

    @Test
    void lateAcceptanceMustLookBackAtLeastOneStep() {
        assertThatThrownBy(() ->
                        new Engine.Settings(Duration.ofSeconds(1), 1, 0, false, false, Duration.ZERO, 0, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lateAcceptanceSize");
    }
}
