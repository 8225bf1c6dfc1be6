package vn.edu.ecenter.gradebook.attendance.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.gradebook.attendance.AbsenceRule;
import vn.edu.ecenter.gradebook.rules.RuleSets;

@Configuration(proxyBeanMethods = false)
class AttendanceConfiguration {

    /**
     * The counting rule from the settings, with the limit of the GDTX rule set (TT 43/2021 Art. 11.1: 45 days; TT 22
     * has the same number of buổi).
     */
    @Bean
    AbsenceRule absenceRule(AttendanceProperties properties) {
        return new AbsenceRule(
                properties.daysPerSession(),
                properties.latesPerAbsenceDay(),
                properties.warningDays(),
                properties.alertDays(),
                RuleSets.TT_43_2021.parameters().promotion().absenceLimit());
    }
}
