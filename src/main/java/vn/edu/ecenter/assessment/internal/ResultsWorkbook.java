package vn.edu.ecenter.assessment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.assessment.TestResultsView;
import vn.edu.ecenter.assessment.TestResultsView.AttemptLine;
import vn.edu.ecenter.assessment.TestResultsView.LearnerResults;
import vn.edu.ecenter.assessment.TestResultsView.OptionCount;
import vn.edu.ecenter.assessment.TestResultsView.QuestionStats;
import vn.edu.ecenter.platform.clock.BusinessClock;

/**
 * A test's results as an Excel workbook in the reader's language: the class's summary and score bands, the questions
 * (number answering, difficulty, discrimination, and for choice questions how many chose each option, the right ones
 * marked), and every learner's attempts. Numbers are real numbers, text is text (never a formula).
 */
final class ResultsWorkbook {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final MessageSource messages;
    private final Locale locale;
    private final CellStyle bold;
    private @Nullable Sheet sheet;
    private int row;

    private ResultsWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    static byte[] of(TestResultsView results, MessageSource messages, Locale locale) {
        ResultsWorkbook book = new ResultsWorkbook(messages, locale);
        book.summary(results);
        book.questions(results.questions());
        book.learners(results.learners());
        return book.bytes();
    }

    private void summary(TestResultsView results) {
        start("testResults.xlsx.sheet.summary");
        TestResultsView.Summary summary = results.summary();
        header(text("testResults.xlsx.title", results.test().title()));
        line(text("testResults.xlsx.class"), results.className());
        line(text("testResults.xlsx.subject"), results.subjectName());
        line(text("testResults.xlsx.attempts"), summary.attempts());
        line(text("testResults.xlsx.counted"), summary.counted());
        line(text("testResults.xlsx.mean"), summary.mean());
        line(text("testResults.xlsx.median"), summary.median());
        line(text("testResults.xlsx.min"), summary.min());
        line(text("testResults.xlsx.max"), summary.max());
        row++;
        header(text("testResults.xlsx.band"), text("testResults.xlsx.bandCount"));
        for (int band = 0; band < summary.bands().size(); band++) {
            line(bandLabel(band), summary.bands().get(band));
        }
        finish(2);
    }

    private String bandLabel(int band) {
        return band == ScoreStatistics.BANDS - 1
                ? text("testResults.band.last", band, band + 1)
                : text("testResults.band", band, band + 1);
    }

    private void questions(List<QuestionStats> questions) {
        start("testResults.xlsx.sheet.questions");
        header(
                text("testResults.xlsx.number"),
                text("testResults.xlsx.type"),
                text("testResults.xlsx.question"),
                text("testResults.xlsx.given"),
                text("testResults.xlsx.answered"),
                text("testResults.xlsx.difficulty"),
                text("testResults.xlsx.discrimination"),
                text("testResults.xlsx.option"),
                text("testResults.xlsx.optionText"),
                text("testResults.xlsx.right"),
                text("testResults.xlsx.chosen"));
        for (QuestionStats question : questions) {
            line(
                    question.number(),
                    text("assessment.type." + question.type().name()),
                    question.text(),
                    question.given(),
                    question.answered(),
                    question.difficulty(),
                    question.discrimination());
            for (OptionCount option : question.options()) {
                line(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        option.label(),
                        option.text(),
                        option.right() ? text("testResults.xlsx.yes") : "",
                        option.chosen());
            }
        }
        finish(11);
    }

    private void learners(List<LearnerResults> learners) {
        start("testResults.xlsx.sheet.learners");
        header(
                text("testResults.xlsx.code"),
                text("testResults.xlsx.learner"),
                text("testResults.xlsx.attempt"),
                text("testResults.xlsx.submittedAt"),
                text("testResults.xlsx.score"),
                text("testResults.xlsx.maxScore"),
                text("testResults.xlsx.onTen"),
                text("testResults.xlsx.minutes"),
                text("testResults.xlsx.how"),
                text("testResults.xlsx.countedScore"));
        for (LearnerResults learner : learners) {
            if (learner.attempts().isEmpty()) {
                line(learner.code(), learner.name(), null, text("testResults.noAttempt"));
            }
            for (AttemptLine attempt : learner.attempts()) {
                line(
                        learner.code(),
                        learner.name(),
                        attempt.number(),
                        WHEN.format(attempt.submittedAt()),
                        attempt.score(),
                        attempt.maxScore(),
                        attempt.awaitingMarking() ? text("testResults.marking") : attempt.onTen(),
                        attempt.minutes(),
                        text("testResults.how." + attempt.how()),
                        learner.counted());
            }
        }
        finish(10);
    }

    private void start(String nameKey) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text(nameKey)));
        row = 0;
    }

    private void header(String... titles) {
        Row header = current().createRow(row++);
        for (int i = 0; i < titles.length; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
        }
    }

    private void line(@Nullable Object... values) {
        Row line = current().createRow(row++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            var cell = line.createCell(i);
            switch (value) {
                case BigDecimal number -> cell.setCellValue(number.doubleValue());
                case Number number -> cell.setCellValue(number.doubleValue());
                default -> cell.setCellValue(value.toString());
            }
        }
    }

    /** Widths from the longest text of each column (no font metrics needed on a server without a display). */
    private void finish(int columns) {
        for (int i = 0; i < columns; i++) {
            int longest = 6;
            for (Row each : current()) {
                var cell = each.getCell(i);
                if (cell != null) {
                    longest = Math.max(longest, cell.toString().length() + 2);
                }
            }
            current().setColumnWidth(i, Math.min(longest, 60) * 256);
        }
    }

    private Sheet current() {
        if (sheet == null) {
            throw new IllegalStateException("No sheet started");
        }
        return sheet;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private byte[] bytes() {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
