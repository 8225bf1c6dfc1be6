package vn.edu.ecenter.platform.audit.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.edu.ecenter.platform.audit.AuditEntry;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.audit.AuditVerificationJob;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.platform.security.CurrentUser;

/**
 * The audit trail of the current centre (nhật ký hệ thống), newest first, and the integrity check that runs as a
 * background job. A system administrator sees it after choosing a centre.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('DIRECTOR', 'SYSTEM_ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final int LAST_PAGE = 100_000;

    private final AuditTrail audit;
    private final Jobs jobs;
    private final MessageSource messages;

    AuditController(AuditTrail audit, Jobs jobs, MessageSource messages) {
        this.audit = audit;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (CurrentUser.centre().isEmpty()) {
            return "audit/choose-centre";
        }
        int current = Math.clamp(page, 0, LAST_PAGE);
        List<AuditEntry> entries = audit.recent(PAGE_SIZE + 1, current * PAGE_SIZE);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "rows",
                entries.stream()
                        .limit(PAGE_SIZE)
                        .map(entry -> AuditRow.of(entry, messages, locale))
                        .toList());
        model.addAttribute("page", current);
        model.addAttribute("hasOlder", entries.size() > PAGE_SIZE);
        return "audit/list";
    }

    @PostMapping("/verify")
    String verify() {
        if (CurrentUser.centre().isEmpty()) {
            return "redirect:/admin/audit";
        }
        return "redirect:/jobs/" + jobs.start(AuditVerificationJob.TYPE, Map.of());
    }
}
