package vn.edu.ecenter.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.security.CurrentUser;

/** The account list of the current centre as an Excel file and as a printable PDF (same permission as the page). */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('DIRECTOR', 'SYSTEM_ADMIN')")
class AccountExportController {

    private final AccountListing listing;
    private final PdfRenderer pdf;

    AccountExportController(AccountListing listing, PdfRenderer pdf) {
        this.listing = listing;
        this.pdf = pdf;
    }

    /** Without a centre (a system administrator not acting in one), the accounts page asks to choose one. */
    static final String CHOOSE_CENTRE = "redirect:/admin/accounts";

    @GetMapping("/export.xlsx")
    Object excel() {
        if (CurrentUser.centre().isEmpty()) {
            return CHOOSE_CENTRE;
        }
        AccountListing.Listing list = listing.current();
        var export = ExcelExport.titled(list.heading(), columns(list)).sheetNamed(list.sheetName());
        for (AccountListing.Line line : list.lines()) {
            export.row(line.username(), line.fullName(), line.roles(), line.email(), line.status());
        }
        return Downloads.xlsx(export.toBytes(), list.filename() + ".xlsx");
    }

    @GetMapping("/export.pdf")
    Object print(Locale locale) {
        if (CurrentUser.centre().isEmpty()) {
            return CHOOSE_CENTRE;
        }
        AccountListing.Listing list = listing.current();
        byte[] document = pdf.render("identity/accounts-print", Map.of("list", list, "landscape", true), locale);
        return Downloads.pdf(document, list.filename() + ".pdf");
    }

    private static List<Column> columns(AccountListing.Listing list) {
        return list.headers().stream().map(Column::text).toList();
    }
}
