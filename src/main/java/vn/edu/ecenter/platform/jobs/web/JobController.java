package vn.edu.ecenter.platform.jobs.web;

import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;

/**
 * The page of one background job: a progress bar that htmx refreshes every second until the job ends, its result, and
 * a cancel button. Who may see it is decided by {@link Jobs#view} (the requester, or the centre's directors).
 */
@Controller
@RequestMapping("/jobs/{id}")
@PreAuthorize("isAuthenticated()")
class JobController {

    private final Jobs jobs;
    private final MessageSource messages;

    JobController(Jobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("job", page(jobs.view(id)));
        return "jobs/job";
    }

    @GetMapping("/status")
    String status(@PathVariable UUID id, Model model) {
        model.addAttribute("job", page(jobs.view(id)));
        return "jobs/job :: status";
    }

    @PostMapping("/cancel")
    String cancel(
            @PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        JobView job = jobs.cancel(id);
        if (!"true".equals(htmx)) {
            return "redirect:/jobs/" + id;
        }
        model.addAttribute("job", page(job));
        return "jobs/job :: status";
    }

    private JobPage page(JobView job) {
        return JobPage.of(job, messages, LocaleContextHolder.getLocale());
    }
}
