package vn.edu.ecenter.gradebook.attendance.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.edu.ecenter.gradebook.attendance.Attendance;

/** A learner's own attendance this school year, or a guardian's children's (phone first). */
@Controller
@PreAuthorize("hasAnyRole('LEARNER', 'GUARDIAN')")
class MyAttendanceController {

    private final Attendance attendance;

    MyAttendanceController(Attendance attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/my/attendance")
    String mine(Model model) {
        model.addAttribute("learners", attendance.myAttendance());
        model.addAttribute("rule", attendance.rule());
        return "attendance/mine";
    }
}
