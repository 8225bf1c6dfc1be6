package vn.edu.ecenter.timetable.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;
import vn.edu.ecenter.timetable.CalendarFeeds;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.VersionStatus;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.internal.SetupStore.Setup;
import vn.edu.ecenter.timetable.internal.VersionStore.LessonRow;

/**
 * Private calendar feeds of the published timetables (see {@link CalendarFeeds}). A feed's calendar holds, for every
 * school year not yet over, each published version's lessons of the owner as weekly events from the version's
 * effective date until the day before the next published version takes over, or until the year's end; the year's
 * holidays are left out (EXDATE). A version superseded on its very first day (another published with the same date)
 * holds no event.
 */
@Service
@Transactional(readOnly = true)
class CalendarFeedService implements CalendarFeeds {

    static final String USERS = "hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER', 'LEARNER', 'GUARDIAN')";
    static final String OWNERS = "hasAnyRole('TEACHER', 'LEARNER', 'GUARDIAN')";

    /** Feeds one owner may have at once (one per phone or tablet, with room to spare). */
    static final int MAX_PER_OWNER = 5;

    /** 32 random bytes, base64url without padding: 256 bits. */
    static final int TOKEN_BYTES = 32;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedStore feeds;
    private final VersionStore versions;
    private final SetupStore setups;
    private final Centres centres;
    private final People people;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final MessageSource messages;

    CalendarFeedService(
            FeedStore feeds,
            VersionStore versions,
            SetupStore setups,
            Centres centres,
            People people,
            Tenancy tenancy,
            AuditTrail audit,
            BusinessClock clock,
            MessageSource messages) {
        this.feeds = feeds;
        this.versions = versions;
        this.setups = setups;
        this.centres = centres;
        this.people = people;
        this.tenancy = tenancy;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    @PreAuthorize(USERS)
    public List<Owner> owners() {
        List<Owner> owners = new ArrayList<>();
        if (CurrentUser.hasRole("TEACHER")) {
            people.currentStaff()
                    .ifPresent(s -> owners.add(
                            new Owner(OwnerKind.STAFF, s.id(), s.name().fullName())));
        }
        if (CurrentUser.hasRole("LEARNER") || CurrentUser.hasRole("GUARDIAN")) {
            people.ownLearners()
                    .forEach(l -> owners.add(
                            new Owner(OwnerKind.LEARNER, l.id(), l.name().fullName())));
        }
        return owners;
    }

    @Override
    @PreAuthorize(USERS)
    public List<Feed> feeds() {
        if (office()) {
            return feeds.active();
        }
        List<Owner> owners = owners();
        List<Feed> visible = new ArrayList<>();
        for (OwnerKind kind : OwnerKind.values()) {
            visible.addAll(feeds.activeOf(
                    kind,
                    owners.stream().filter(o -> o.kind() == kind).map(Owner::id).toList()));
        }
        visible.sort(Comparator.comparing(Feed::createdAt).reversed());
        return visible;
    }

    @Override
    @Transactional
    @PreAuthorize(OWNERS)
    public Created create(OwnerKind kind, UUID ownerId) {
        Owner owner = owners().stream()
                .filter(o -> o.kind() == kind && o.id().equals(ownerId))
                .findFirst()
                .orElseThrow(() -> new Rejected("timetable.feed.notYours"));
        if (feeds.activeOf(kind, List.of(ownerId)).size() >= MAX_PER_OWNER) {
            throw new Rejected("timetable.feed.tooMany", owner.name(), MAX_PER_OWNER);
        }
        UUID centre = CurrentUser.centre().orElseThrow(() -> new Rejected("timetable.feed.noCentre"));
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Feed feed = new Feed(UUID.randomUUID(), kind, ownerId, owner.name(), clock.instant(), CurrentUser.actor());
        feeds.insert(feed, sha256(token));
        audit.record(AuditRecord.of(
                        "timetableFeed.created", "timetable_feed", feed.id().toString())
                .values(null, Map.of("owner", kind + "/" + ownerId)));
        return new Created(feed, "/ical/" + centre + "/" + token + ".ics");
    }

    @Override
    @Transactional
    @PreAuthorize(USERS)
    public void revoke(UUID feedId) {
        Feed feed = feeds.lockActive(feedId).orElseThrow(() -> Rejected.notFound("timetable.feed.notFound"));
        boolean own = owners().stream().anyMatch(o -> o.kind() == feed.kind() && o.id().equals(feed.ownerId()));
        if (!own && !office()) {
            throw Rejected.notFound("timetable.feed.notFound");
        }
        feeds.revoke(feedId, CurrentUser.actor(), clock.instant());
        audit.record(AuditRecord.of("timetableFeed.revoked", "timetable_feed", feedId.toString())
                .values(Map.of("owner", feed.kind() + "/" + feed.ownerId()), null));
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<String> calendar(UUID centreId, String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = sha256(token);
        return tenancy.inCentre(centreId, () -> feeds.activeByHash(hash).map(this::write));
    }

    // ---------------------------------------------------------------- the calendar

    private String write(Feed feed) {
        ICalendar ical = new ICalendar()
                .begin("VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//eCenter//Thoi khoa bieu//VI")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", vietnamese("timetable.feed.calendarName", feed.ownerName()))
                .raw("X-WR-TIMEZONE", ICalendar.ZONE.getId())
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT6H")
                .raw("X-PUBLISHED-TTL", "PT6H")
                .begin("VTIMEZONE")
                .raw("TZID", ICalendar.ZONE.getId())
                .begin("STANDARD")
                .raw("DTSTART", "19700101T000000")
                .raw("TZOFFSETFROM", "+0700")
                .raw("TZOFFSETTO", "+0700")
                .raw("TZNAME", "ICT")
                .end("STANDARD")
                .end("VTIMEZONE");
        LocalDate today = clock.today();
        for (SchoolYearView year : centres.schoolYears()) {
            if (!year.endsOn().isBefore(today)) {
                writeYear(ical, feed, year);
            }
        }
        return ical.end("VCALENDAR").toString();
    }

    private void writeYear(ICalendar ical, Feed feed, SchoolYearView year) {
        List<VersionView> published = versions.versions(year.id()).stream()
                .filter(v -> v.status() == VersionStatus.PUBLISHED)
                .sorted(Comparator.comparing(VersionView::effectiveFrom).thenComparing(VersionView::number))
                .toList();
        if (published.isEmpty()) {
            return;
        }
        Predicate<LessonRow> whose;
        if (feed.kind() == OwnerKind.STAFF) {
            whose = l -> feed.ownerId().equals(l.staffId());
        } else {
            Optional<UUID> classId = feeds.classOf(feed.ownerId(), year.id());
            if (classId.isEmpty()) {
                return;
            }
            whose = l -> l.classId().equals(classId.get());
        }
        Setup setup = setups.setup(year.id());
        Map<UUID, String> classRooms = feeds.classRooms(year.id());
        Set<LocalDate> holidays = feeds.holidays(year.id());
        for (int i = 0; i < published.size(); i++) {
            VersionView version = published.get(i);
            LocalDate until = i + 1 < published.size()
                    ? published.get(i + 1).effectiveFrom().minusDays(1)
                    : year.endsOn();
            if (until.isBefore(version.effectiveFrom())) {
                continue;
            }
            List<LessonRow> rows =
                    versions.lessons(version.id()).stream().filter(whose).toList();
            Window window = new Window(version, setup.grid(), version.effectiveFrom(), until, classRooms, holidays);
            for (LessonView lesson : TimetableService.views(rows, setup.rooms())) {
                event(ical, feed, window, lesson);
            }
        }
    }

    /** A version's days in force, with what its events need. */
    private record Window(
            VersionView version,
            WeekGrid grid,
            LocalDate from,
            LocalDate until,
            Map<UUID, String> classRooms,
            Set<LocalDate> holidays) {}

    private void event(ICalendar ical, Feed feed, Window window, LessonView lesson) {
        int s = window.grid().sessionIndex(lesson.start().session());
        if (s < 0) {
            return;
        }
        List<WeekGrid.Period> periods = window.grid().sessions().get(s).periods();
        int first = lesson.start().period();
        int last = first + lesson.duration() - 1;
        if (first < 1 || last > periods.size()) {
            return;
        }
        LocalTime start = periods.get(first - 1).start();
        LocalTime end = periods.get(last - 1).end();
        LocalDate day =
                window.from().with(TemporalAdjusters.nextOrSame(lesson.start().day()));
        if (day.isAfter(window.until())) {
            return;
        }
        VersionView version = window.version();
        Instant stamp = version.publishedAt() != null ? version.publishedAt() : version.createdAt();
        Instant until = window.until().atTime(23, 59, 59).atZone(ICalendar.ZONE).toInstant();
        ical.begin("VEVENT")
                .raw("UID", lesson.id() + "-" + feed.ownerId() + "@ecenter")
                .raw("DTSTAMP", ICalendar.utc(stamp))
                .local("DTSTART", day.atTime(start))
                .local("DTEND", day.atTime(end))
                .raw("RRULE", "FREQ=WEEKLY;UNTIL=" + ICalendar.utc(until));
        List<String> skipped = window.holidays().stream()
                .filter(h -> h.getDayOfWeek() == lesson.start().day() && !h.isBefore(day) && !h.isAfter(window.until()))
                .sorted()
                .map(h -> ICalendar.local(h.atTime(start)))
                .toList();
        if (!skipped.isEmpty()) {
            ical.raw("EXDATE;TZID=" + ICalendar.ZONE.getId(), String.join(",", skipped));
        }
        ical.text("SUMMARY", lesson.title() + " – " + lesson.className());
        String place = lesson.roomName() != null
                ? lesson.roomName()
                : window.classRooms().get(lesson.classId());
        if (place != null) {
            ical.text("LOCATION", place);
        }
        List<String> description = new ArrayList<>();
        if (lesson.teacherName() != null) {
            description.add(vietnamese("timetable.feed.teacher", lesson.teacherName()));
        }
        description.add(vietnamese(
                "timetable.feed.version", version.number(), VietnameseText.DATE.format(version.effectiveFrom())));
        ical.text("DESCRIPTION", String.join("\n", description)).end("VEVENT");
    }

    // ---------------------------------------------------------------- helpers

    private String vietnamese(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VietnameseText.VIETNAMESE);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static boolean office() {
        return CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK");
    }
}
