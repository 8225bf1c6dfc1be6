package vn.edu.ecenter.gradebook.prints.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.prints.AssessmentBookPage;
import vn.edu.ecenter.gradebook.prints.ClassSummarySheet;
import vn.edu.ecenter.gradebook.prints.OfficialPrints.Progress;
import vn.edu.ecenter.gradebook.prints.SchoolRecord;
import vn.edu.ecenter.platform.documents.PdfRenderer;

/**
 * Renders the official forms through the platform's PDF printer, always in Vietnamese: the forms are Vietnamese-only
 * whatever language the person printing them reads. The assessment book and the summary sheet are landscape.
 */
@Component
class FormRenderer {

    static final Locale LANGUAGE = Locale.forLanguageTag("vi");

    /** How many học bạ a batch prints into one part: progress is told after each part. */
    static final int BATCH_PART = 9;

    private final PdfRenderer pdf;
    private final PrintFormat format;
    private final MessageSource messages;

    FormRenderer(PdfRenderer pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
        this.format = new PrintFormat(messages);
    }

    byte[] assessmentBook(AssessmentBookPage page) {
        return render("prints/assessment-book", "page", page, page.centre().name(), true);
    }

    byte[] classSummary(ClassSummarySheet sheet) {
        return render("prints/class-summary", "sheet", sheet, sheet.centre().name(), true);
    }

    byte[] schoolRecord(SchoolRecord record) {
        return render("prints/school-record", "record", record, record.centre().name(), false);
    }

    /**
     * Several học bạ in one PDF, each starting on a new page with its own page numbers. They are printed a few at a
     * time into one document each (printing each on its own costs the printer's set-up per learner, several times
     * slower), then the parts are joined; progress is told after each part.
     */
    byte[] schoolRecords(List<SchoolRecord> records, Progress progress) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("No học bạ to print");
        }
        List<byte[]> parts = new ArrayList<>();
        for (int from = 0; from < records.size(); from += BATCH_PART) {
            int to = Math.min(records.size(), from + BATCH_PART);
            parts.add(render(
                    "prints/school-records",
                    "records",
                    records.subList(from, to),
                    records.get(from).centre().name(),
                    false));
            progress.printed(to, records.size());
        }
        return PdfDocuments.join(parts);
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }

    private byte[] render(String template, String name, Object form, String centreName, boolean landscape) {
        Map<String, Object> model = new HashMap<>();
        model.put(name, form);
        model.put("f", format);
        model.put("centreName", centreName);
        model.put("landscape", landscape);
        return pdf.render(template, model, LANGUAGE);
    }
}
