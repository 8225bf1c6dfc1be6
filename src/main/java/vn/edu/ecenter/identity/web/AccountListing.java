package vn.edu.ecenter.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.AccountSummary;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The account list of the current centre, translated and formatted for an export (Excel or print). */
@Component
class AccountListing {

    private static final DateTimeFormatter SHOWN = vn.edu.ecenter.shared.VietnameseText.DATE;

    private final Identity identity;
    private final Centres centres;
    private final BusinessClock clock;
    private final Messages messages;

    AccountListing(Identity identity, Centres centres, BusinessClock clock, Messages messages) {
        this.identity = identity;
        this.centres = centres;
        this.clock = clock;
        this.messages = messages;
    }

    record Line(
            int number,
            String username,
            String fullName,
            String roles,
            @Nullable String email,
            String status) {}

    record Listing(
            String title,
            String centreName,
            String subtitle,
            List<String> headers,
            List<Line> lines,
            String total,
            String heading,
            String sheetName,
            String filename) {}

    Listing current() {
        UUID centreId = CurrentUser.centre().orElseThrow(() -> new Rejected("identity.centre.required"));
        CentreView centre = centres.centre(centreId).orElseThrow(() -> new Rejected("identity.centre.required"));
        List<Line> lines = new ArrayList<>();
        for (AccountSummary account : identity.accountsOfCurrentCentre()) {
            lines.add(new Line(
                    lines.size() + 1,
                    account.username(),
                    account.fullName(),
                    roles(account),
                    account.email(),
                    status(account)));
        }
        LocalDate today = clock.today();
        String title = messages.text("accounts.print.title");
        return new Listing(
                title,
                centre.name(),
                messages.text("accounts.print.subtitle", centre.name(), SHOWN.format(today)),
                List.of(
                        messages.text("accounts.username"),
                        messages.text("accounts.fullName"),
                        messages.text("accounts.roles"),
                        messages.text("accounts.email"),
                        messages.text("accounts.status")),
                List.copyOf(lines),
                messages.text("accounts.print.total", lines.size()),
                messages.text("accounts.export.heading", centre.name(), SHOWN.format(today)),
                messages.text("accounts.title"),
                messages.text("accounts.export.filename", centre.code(), today.toString()));
    }

    private String roles(AccountSummary account) {
        return String.join(
                ", ",
                account.roles().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(role -> messages.text("role." + role.name()))
                        .toList());
    }

    private String status(AccountSummary account) {
        List<String> parts = new ArrayList<>();
        if (!account.enabled()) {
            parts.add(messages.text("accounts.disabled"));
        }
        if (account.locked()) {
            parts.add(messages.text("accounts.locked"));
        }
        if (account.mustChangePassword()) {
            parts.add(messages.text("accounts.mustChange"));
        }
        return parts.isEmpty() ? messages.text("accounts.active") : String.join("; ", parts);
    }
}
