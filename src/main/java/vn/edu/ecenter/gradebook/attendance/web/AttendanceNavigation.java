package vn.edu.ecenter.gradebook.attendance.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class AttendanceNavigation {

    @Bean
    NavigationEntry attendanceLink() {
        return new NavigationEntry("nav.attendance", "/attendance", Set.of("DIRECTOR", "CLERK", "TEACHER"), 40);
    }

    @Bean
    NavigationEntry myAttendanceLink() {
        return new NavigationEntry("nav.myAttendance", "/my/attendance", Set.of("GUARDIAN", "LEARNER"), 22);
    }
}
