package vn.edu.ecenter.assessment.exchange;

import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.ANSWER;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.DIFFICULTY;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.EXPLANATION;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.GRADE;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.LEVEL;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.OPTION;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.TAGS;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.TEXT;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.TOPIC;
import static vn.edu.ecenter.assessment.exchange.QuestionTemplate.TYPE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.exchange.ImportResult.Entry;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Statement;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Reads the teachers' Excel template ({@link QuestionTemplate}), row by row, each row reported as "Dòng 7: …" the way
 * Excel numbers it. As the other imports of the centre do, headers are matched ignoring case, diacritics and a trailing
 * "*", and may be in any order (a title above them is allowed); a formula is never evaluated (the row is rejected
 * naming the cell); blank rows are skipped; the template's example rows are skipped while unchanged.
 */
final class TemplateReader {

    private static final int HEADER_SEARCH_ROWS = 10;
    private static final int MAX_ROWS = 5_000;

    private final Map<String, Integer> columns;
    private final List<String> notices = new ArrayList<>();

    private TemplateReader(Map<String, Integer> columns) {
        this.columns = columns;
    }

    static ImportResult read(byte[] content) {
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw UnreadableFile.of("assessment.exchange.xlsx.oldFormat");
        }
        if (!SafeZip.looksLikeZip(content)) {
            throw UnreadableFile.of("assessment.exchange.xlsx.notWorkbook");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(QuestionTemplate.SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            int headerRow = headerRow(sheet);
            var reader = new TemplateReader(columns(sheet.getRow(headerRow)));
            return reader.rows(sheet, headerRow);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile(Wording.text("assessment.exchange.xlsx.notWorkbook"), e);
        }
    }

    private static String key(@Nullable String header) {
        return VietnameseText.fold(header).replace("*", "").strip();
    }

    private static int headerRow(Sheet sheet) {
        List<String> known =
                QuestionTemplate.HEADERS.stream().map(TemplateReader::key).toList();
        int best = -1;
        int bestCount = 0;
        for (int r = 0; r < HEADER_SEARCH_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int count = 0;
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && known.contains(key(cell.getStringCellValue()))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        if (best < 0) {
            throw UnreadableFile.of("assessment.exchange.xlsx.noHeader", String.join(", ", QuestionTemplate.HEADERS));
        }
        return best;
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            String key = key(cell.getStringCellValue());
            QuestionTemplate.HEADERS.stream()
                    .filter(h -> key(h).equals(key))
                    .findFirst()
                    .ifPresent(h -> columns.putIfAbsent(h, cell.getColumnIndex()));
        }
        List<String> missing = List.of(TYPE, TEXT, ANSWER).stream()
                .filter(h -> !columns.containsKey(h))
                .toList();
        if (!missing.isEmpty()) {
            throw UnreadableFile.of(
                    "assessment.exchange.xlsx.missingColumns", header.getRowNum() + 1, String.join(", ", missing));
        }
        return columns;
    }

    private ImportResult rows(Sheet sheet, int headerRow) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> examples = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), headerRow + MAX_ROWS);
        if (sheet.getLastRowNum() > headerRow + MAX_ROWS) {
            throw UnreadableFile.of("assessment.exchange.xlsx.tooManyRows", MAX_ROWS);
        }
        for (int r = headerRow + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int number = r + 1;
            Map<String, String> values = new LinkedHashMap<>();
            String formula = null;
            for (var column : columns.entrySet()) {
                Cell cell = row.getCell(column.getValue());
                if (cell == null) {
                    continue;
                }
                if (cell.getCellType() == CellType.FORMULA || cell.getCellType() == CellType.ERROR) {
                    formula = cell.getAddress().formatAsString();
                    continue;
                }
                String value = value(cell);
                if (!value.isBlank()) {
                    values.put(column.getKey(), value.strip());
                }
            }
            if (values.isEmpty() && formula == null) {
                continue;
            }
            String item = Wording.text(
                    "assessment.exchange.item.row", number, Wording.excerpt(values.getOrDefault(TEXT, "")));
            if (formula != null) {
                entries.add(new ImportResult.Rejected(item, Wording.text("assessment.exchange.xlsx.formula", formula)));
                continue;
            }
            if (isExample(values)) {
                examples.add(number);
                continue;
            }
            try {
                entries.add(entry(item, values));
            } catch (QuestionProblem e) {
                entries.add(new ImportResult.Rejected(item, e.getMessage()));
            }
        }
        if (!examples.isEmpty()) {
            notices.add(Wording.text(
                    "assessment.exchange.xlsx.examplesSkipped",
                    String.join(", ", examples.stream().map(String::valueOf).toList())));
        }
        return new ImportResult(entries, notices);
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? new DataFormatter().formatCellValue(cell)
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Đ" : "S";
            default -> "";
        };
    }

    private boolean isExample(Map<String, String> values) {
        return QuestionTemplate.EXAMPLES.stream()
                .anyMatch(example -> example.get(1).equals(values.get(TEXT))
                        && example.get(0).equals(values.get(TYPE)));
    }

    private Entry entry(String item, Map<String, String> values) {
        String kind = values.getOrDefault(TYPE, "");
        String text = values.getOrDefault(TEXT, "");
        String answer = values.getOrDefault(ANSWER, "");
        if (kind.isEmpty()) {
            throw QuestionProblem.of("assessment.exchange.xlsx.noType");
        }
        if (answer.isEmpty() && !kindOf(kind).equals("essay")) {
            throw QuestionProblem.of("assessment.exchange.xlsx.noAnswer");
        }
        List<String> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String letter : QuestionTemplate.OPTIONS) {
            String option = values.get(OPTION + letter);
            if (option != null) {
                if (keys.size() < QuestionTemplate.OPTIONS.indexOf(letter)) {
                    throw QuestionProblem.of("assessment.exchange.xlsx.optionGap", letter);
                }
                options.add(option);
                keys.add(letter);
            }
        }
        Body body =
                switch (kindOf(kind)) {
                    case "single" -> single(keys, options, answer);
                    case "multiple" -> multiple(keys, options, answer);
                    case "statements" -> statements(options, answer);
                    case "short" ->
                        new Body.ShortAnswer(
                                Arrays.stream(answer.split(";"))
                                        .map(String::strip)
                                        .filter(a -> !a.isEmpty())
                                        .map(Accepted::full)
                                        .toList(),
                                false);
                    case "numeric" -> numeric(answer);
                    case "ordering" -> ordering(keys, options, answer);
                    case "essay" -> essay(answer);
                    default ->
                        throw QuestionProblem.of(
                                "assessment.exchange.xlsx.unknownType",
                                kind,
                                String.join(", ", QuestionTemplate.KINDS));
                };
        String explanation = values.get(EXPLANATION);
        return ImportResult.checked(item, new Question(text, body, explanation), metadata(values), List.of());
    }

    private static String kindOf(String kind) {
        return switch (VietnameseText.fold(kind)) {
            case "mot lua chon", "trac nghiem", "trac nghiem mot lua chon", "tn", "mcq" -> "single";
            case "nhieu dap an", "nhieu lua chon", "trac nghiem nhieu dap an dung", "nhieu dap an dung" -> "multiple";
            case "dung/sai 4 y", "dung/sai", "dung sai", "trac nghiem dung/sai (4 y)", "dung sai 4 y" -> "statements";
            case "tra loi ngan", "dien tu" -> "short";
            case "so", "tra loi ngan (so)", "dien so", "tra loi so" -> "numeric";
            case "sap xep", "sap xep thu tu" -> "ordering";
            case "tu luan" -> "essay";
            default -> "";
        };
    }

    private static List<String> letters(String answer) {
        return Arrays.stream(answer.toUpperCase(java.util.Locale.ROOT).split("[,;\\s]+"))
                .filter(a -> !a.isEmpty())
                .toList();
    }

    private static void known(List<String> keys, List<String> letters, String answer) {
        for (String letter : letters) {
            if (!keys.contains(letter)) {
                throw QuestionProblem.of("assessment.exchange.xlsx.unknownLetter", answer, String.join(", ", keys));
            }
        }
    }

    private static Body single(List<String> keys, List<String> options, String answer) {
        List<String> letters = letters(answer);
        known(keys, letters, answer);
        if (letters.size() != 1) {
            throw QuestionProblem.of("assessment.exchange.xlsx.oneLetter", answer);
        }
        List<Option> list = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            list.add(
                    letters.contains(keys.get(i))
                            ? Option.right(keys.get(i), options.get(i))
                            : Option.wrong(keys.get(i), options.get(i)));
        }
        return new Body.Choice(false, list, true);
    }

    private static Body multiple(List<String> keys, List<String> options, String answer) {
        List<String> letters = letters(answer);
        known(keys, letters, answer);
        return Body.Choice.multiple(
                keys, options, keys.stream().map(letters::contains).toList());
    }

    private static Body statements(List<String> options, String answer) {
        List<String> marks = Arrays.stream(answer.split("[,;\\s]+"))
                .filter(a -> !a.isEmpty())
                .toList();
        if (marks.size() != options.size()) {
            throw QuestionProblem.of("assessment.exchange.xlsx.statementMarks", options.size(), answer);
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String mark = VietnameseText.fold(marks.get(i));
            boolean isTrue = mark.equals("d") || mark.equals("dung") || mark.equals("t") || mark.equals("true");
            boolean isFalse = mark.equals("s") || mark.equals("sai") || mark.equals("f") || mark.equals("false");
            if (!isTrue && !isFalse) {
                throw QuestionProblem.of("assessment.exchange.xlsx.statementMarks", options.size(), answer);
            }
            statements.add(new Statement(Keys.statement(i), options.get(i), isTrue));
        }
        return new Body.Statements(statements);
    }

    private static Body numeric(String answer) {
        String[] parts = answer.split("±|\\+/-", 2);
        BigDecimal value = Weights.number(parts[0]);
        BigDecimal tolerance = parts.length == 2 ? Weights.number(parts[1]) : BigDecimal.ZERO;
        if (value == null || tolerance == null || tolerance.signum() < 0) {
            throw QuestionProblem.of("assessment.exchange.xlsx.number", answer);
        }
        return new Body.Numeric(
                List.of(new NumericAnswer(Weights.canonical(value), Weights.canonical(tolerance), BigDecimal.ONE)),
                null);
    }

    private static Body ordering(List<String> keys, List<String> options, String answer) {
        List<String> letters = letters(answer);
        known(keys, letters, answer);
        if (letters.size() != keys.size() || letters.stream().distinct().count() != keys.size()) {
            throw QuestionProblem.of("assessment.exchange.xlsx.order", answer, String.join(", ", keys));
        }
        List<Item> items = new ArrayList<>();
        for (String letter : letters) {
            items.add(new Item(Keys.number(items.size()), options.get(keys.indexOf(letter))));
        }
        return new Body.Ordering(items, false);
    }

    private static Body essay(String answer) {
        List<Criterion> rubric = new ArrayList<>();
        for (String line : answer.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Criterion criterion = MoodleXmlReader.criterion(line);
            if (criterion == null) {
                throw QuestionProblem.of("assessment.exchange.xlsx.rubric", line.strip());
            }
            rubric.add(criterion);
        }
        return new Body.Essay(rubric);
    }

    private static Metadata metadata(Map<String, String> values) {
        String levelText = values.get(LEVEL);
        CognitiveLevel level = levelText == null ? null : Tags.level(levelText);
        if (levelText != null && level == null) {
            throw QuestionProblem.of("assessment.exchange.xlsx.level", levelText);
        }
        String difficultyText = values.get(DIFFICULTY);
        Difficulty difficulty = difficultyText == null ? null : Tags.difficulty(difficultyText);
        if (difficultyText != null && difficulty == null) {
            throw QuestionProblem.of("assessment.exchange.xlsx.difficulty", difficultyText);
        }
        String gradeText = values.get(GRADE);
        Integer grade = null;
        if (gradeText != null) {
            String digits = gradeText.replaceFirst("(?i)^(khối|lớp)\\s*", "").strip();
            if (!digits.matches("\\d{1,2}") || !Metadata.inProgramme(Integer.parseInt(digits))) {
                throw QuestionProblem.of(
                        "assessment.exchange.xlsx.grade", gradeText, Metadata.LOWEST_GRADE, Metadata.HIGHEST_GRADE);
            }
            grade = Integer.valueOf(digits);
        }
        List<String> tags = values.get(TAGS) == null
                ? List.of()
                : Arrays.stream(values.get(TAGS).split("[,;]"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
        return new Metadata("", grade, values.get(TOPIC), level, difficulty, tags);
    }
}
