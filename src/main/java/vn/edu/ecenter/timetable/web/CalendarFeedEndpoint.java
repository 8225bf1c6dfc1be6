package vn.edu.ecenter.timetable.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.edu.ecenter.timetable.CalendarFeeds;

/**
 * The address a phone's calendar subscribes to. Nobody signs in: the secret in the address is the key (see {@link
 * CalendarFeedSecurity}). An unknown centre, an unknown secret and a revoked feed all answer a bare 404, so the answer
 * tells nothing about which it was.
 */
@Controller
class CalendarFeedEndpoint {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedEndpoint(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/ical/{centreId}/{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String centreId, @PathVariable String token) {
        UUID centre;
        try {
            centre = UUID.fromString(centreId);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return feeds.calendar(centre, token)
                .map(text -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(text))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
