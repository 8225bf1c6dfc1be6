package vn.edu.ecenter.timetable.web;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.CalendarFeeds;
import vn.edu.ecenter.timetable.CalendarFeeds.Created;
import vn.edu.ecenter.timetable.CalendarFeeds.Feed;
import vn.edu.ecenter.timetable.CalendarFeeds.OwnerKind;

/**
 * "Lịch trên điện thoại": the signed-in user's calendar feeds, made and revoked here. A new feed's address is shown on
 * the answer to the form that made it, once: it is neither kept nor put in the session.
 */
@Controller
@RequestMapping("/timetable/feeds")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER', 'LEARNER', 'GUARDIAN')")
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final Messages messages;

    CalendarFeedController(CalendarFeeds feeds, Messages messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    /** A feed as the list shows it, made at a time in the centre's zone. */
    record Row(Feed feed, String created) {}

    static final DateTimeFormatter MADE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessClock.ZONE);

    @GetMapping
    String page(Model model) {
        model.addAttribute("owners", feeds.owners());
        model.addAttribute(
                "feeds",
                feeds.feeds().stream()
                        .map(f -> new Row(f, MADE.format(f.createdAt())))
                        .toList());
        model.addAttribute("office", CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK"));
        return "timetable/feeds";
    }

    /** Makes a feed of the owner chosen ("LEARNER/…" or "STAFF/…") and shows its address once. */
    @PostMapping
    @PreAuthorize("hasAnyRole('TEACHER', 'LEARNER', 'GUARDIAN')")
    String create(@RequestParam(defaultValue = "") String owner, Model model) {
        try {
            Created created = feeds.create(kind(owner), id(owner));
            String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(created.path())
                    .toUriString();
            model.addAttribute("createdFor", created.feed().ownerName());
            model.addAttribute("address", address);
            model.addAttribute("webcal", address.replaceFirst("^https?://", "webcal://"));
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
        }
        return page(model);
    }

    @PostMapping("/{feedId}/revoke")
    String revoke(@PathVariable UUID feedId, RedirectAttributes redirect) {
        feeds.revoke(feedId);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/timetable/feeds";
    }

    private static OwnerKind kind(String owner) {
        String kind = owner.contains("/") ? owner.substring(0, owner.indexOf('/')) : "";
        for (OwnerKind k : OwnerKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new Rejected("timetable.feed.ownerRequired");
    }

    private static UUID id(String owner) {
        try {
            return UUID.fromString(owner.substring(owner.indexOf('/') + 1));
        } catch (IllegalArgumentException e) {
            throw new Rejected("timetable.feed.ownerRequired");
        }
    }
}
