package vn.edu.ecenter.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.Contests.Standing;
import vn.edu.ecenter.assessment.internal.ContestStandings.Host;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * What a round leaves on paper: certificates of its top N (PDF) and its qualified participants (Excel) — for a round
 * between centres, the list of every centre's participants that the Department may want.
 */
@Component
class ContestCertificates {

    private final ContestStore store;
    private final ContestLookup lookup;
    private final ContestStandings standings;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final BusinessClock clock;

    ContestCertificates(
            ContestStore store,
            ContestLookup lookup,
            ContestStandings standings,
            PdfRenderer pdf,
            MessageSource messages,
            BusinessClock clock) {
        this.store = store;
        this.lookup = lookup;
        this.standings = standings;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The certificates of the round's top N, issued by its centre (the host, for a round between centres, whose
     * certificates also name each participant's centre); only those from {@code onlyFrom} when it is given (an invited
     * centre printing its own winners').
     */
    byte[] certificates(UUID roundId, Locale locale, Host host, @Nullable UUID onlyFrom) {
        RoundView round = lookup.round(roundId);
        ContestRow contest = lookup.contest(round.contestId());
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Standing standing : standings.top(round, host)) {
            if (onlyFrom != null && !onlyFrom.equals(standing.centreId())) {
                continue;
            }
            Map<String, Object> page = new HashMap<>();
            page.put("name", standing.name());
            page.put("className", standing.className());
            page.put("participantCentre", standing.centreName());
            page.put("rank", standing.rank());
            page.put("prize", prize(standing.rank(), locale));
            pages.add(page);
        }
        if (pages.isEmpty()) {
            throw Rejected.conflict("contest.error.noneRanked");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", messages.getMessage("contest.certificate.title", null, locale));
        model.put("centreName", host.name());
        model.put("contest", contest.name());
        model.put("round", round.name());
        model.put("date", ContestTime.date(clock.instant()));
        model.put("pages", pages);
        model.put("landscape", true);
        return pdf.render("assessment/contest-certificates", model, locale);
    }

    /** The round's participants (its entries) with their class and centre; for the round's own centre. */
    byte[] qualifiedWorkbook(UUID roundId, Locale locale) {
        RoundView round = lookup.round(roundId);
        ContestRow contest = lookup.contest(round.contestId());
        ExcelExport sheet = ExcelExport.titled(
                contest.name() + " – " + round.name(),
                List.of(
                        ExcelExport.Column.whole(messages.getMessage("contest.column.number", null, locale)),
                        ExcelExport.Column.text(messages.getMessage("contest.column.name", null, locale)),
                        ExcelExport.Column.text(messages.getMessage("contest.column.class", null, locale)),
                        ExcelExport.Column.text(messages.getMessage("contest.column.centre", null, locale))));
        int number = 1;
        String centre = lookup.centreName();
        for (EntryRow entry : store.entries(roundId)) {
            String from = entry.participant().centreName();
            sheet.row(
                    number++,
                    entry.participant().name(),
                    entry.participant().className(),
                    from == null ? centre : from);
        }
        return sheet.toBytes();
    }

    private String prize(int rank, Locale locale) {
        String key = rank <= 3 ? "contest.prize." + rank : "contest.prize.other";
        return messages.getMessage(key, new Object[] {rank}, locale);
    }
}
