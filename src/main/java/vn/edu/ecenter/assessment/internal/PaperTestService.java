package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.PaperTests;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.internal.TestStore.PaperVersion;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.documents.PrintedPictures;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/** Paper versions of a test (mã đề) and their prints (see {@link PaperTests}). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(QuestionBankService.BANK_USERS)
class PaperTestService implements PaperTests {

    /** The first version's code; the others follow (101, 102 …), as papers are usually numbered. */
    private static final int FIRST_CODE = 101;

    private final TestStore store;
    private final BankStore pictures;
    private final QuestionBankService banks;
    private final AttemptMarking marking;
    private final Academics academics;
    private final Centres centres;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final BusinessClock clock;

    PaperTestService(
            TestStore store,
            BankStore pictures,
            QuestionBankService banks,
            AttemptMarking marking,
            Academics academics,
            Centres centres,
            PdfRenderer pdf,
            MessageSource messages,
            AuditTrail audit,
            BusinessClock clock) {
        this.store = store;
        this.pictures = pictures;
        this.banks = banks;
        this.marking = marking;
        this.academics = academics;
        this.centres = centres;
        this.pdf = pdf;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaperSet makeVersions(UUID testId, int count) {
        TestView test = setter(testId);
        if (count < 1 || count > MOST_VERSIONS) {
            throw new Rejected("paperTest.error.count", count, MOST_VERSIONS);
        }
        Map<UUID, Integer> versions = new HashMap<>();
        List<Blueprint.Candidate> candidates = new ArrayList<>();
        store.drawable(test.bankId(), test.graded()).forEach(d -> {
            candidates.add(d.candidate());
            versions.put(d.candidate().id(), d.version());
        });
        Random random = ThreadLocalRandom.current();
        List<Blueprint.Candidate> drawn;
        try {
            drawn = new Blueprint(test.blueprint()).draw(candidates, random);
        } catch (IllegalStateException bankChanged) {
            throw Rejected.conflict("onlineTest.error.bankChanged");
        }
        List<PaperVersion> set = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            Map<PaperPart, List<Paper.Entry>> parts = new EnumMap<>(PaperPart.class);
            for (Blueprint.Candidate candidate : drawn) {
                int version = versions.get(candidate.id());
                Question question = marking.question(candidate.id(), version);
                BigDecimal points = test.points().getOrDefault(candidate.type(), BigDecimal.ONE);
                parts.computeIfAbsent(PaperPart.of(candidate.type()), p -> new ArrayList<>())
                        .add(Paper.draw(candidate.id(), version, question, points, test.shuffle(), random));
            }
            List<Paper.Entry> entries = new ArrayList<>();
            parts.values().forEach(part -> {
                if (test.shuffle()) {
                    Collections.shuffle(part, random);
                }
                entries.addAll(part);
            });
            set.add(new PaperVersion(String.valueOf(FIRST_CODE + v), entries));
        }
        store.savePaperSet(testId, set, clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("onlineTestSet.paperVersions", "online_test", testId.toString())
                .values(null, Map.of("versions", count, "questions", drawn.size())));
        return versions(testId).orElseThrow();
    }

    @Override
    public Optional<PaperSet> versions(UUID testId) {
        TestView test = setter(testId);
        return store.paperSet(testId)
                .map(row -> new PaperSet(
                        testId,
                        test.title(),
                        row.versions().stream().map(PaperVersion::code).toList(),
                        row.versions().isEmpty()
                                ? 0
                                : row.versions().getFirst().entries().size(),
                        row.createdAt(),
                        row.createdBy()));
    }

    @Override
    public byte[] papers(UUID testId, Locale locale) {
        return print("assessment/print-papers", testId, locale);
    }

    @Override
    public byte[] answerSheet(UUID testId, Locale locale) {
        return print("assessment/print-sheet", testId, locale);
    }

    @Override
    public byte[] key(UUID testId, Locale locale) {
        return print("assessment/print-key", testId, locale);
    }

    /** A version as printed: its code and parts. */
    record PrintedVersion(String code, List<PrintedPart> parts) {}

    /** A part of a version: its title ("PHẦN I. …") and questions, numbered from 1 within the part as on the exam. */
    record PrintedPart(String title, String kind, List<PrintedQuestion> questions) {}

    /** A question as printed, with its key in the paper's letters. */
    /**
     * A question as printed; {@code picture} is its picture as a data URI the PDF embeds (a WebP picture as PNG), or
     * null (no picture, or one that cannot be decoded).
     */
    record PrintedQuestion(
            PaperQuestion question,
            int number,
            String key,
            @Nullable String picture) {}

    private byte[] print(String template, UUID testId, Locale locale) {
        TestView test = setter(testId);
        List<PaperVersion> versions = store.paperSet(testId)
                .orElseThrow(() -> Rejected.notFound("paperTest.error.noVersions"))
                .versions();
        SubjectView subject = banks.usable(banks.bankRow(test.bankId()));
        String className =
                academics.schoolClass(test.classId()).map(ClassView::name).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("title", test.title());
        model.put("centreName", centreName());
        model.put("subject", subject.name());
        model.put("className", className);
        model.put("duration", test.durationMinutes());
        model.put("versions", versions.stream().map(v -> printed(v, locale)).toList());
        return pdf.render(template, model, locale);
    }

    private PrintedVersion printed(PaperVersion version, Locale locale) {
        Map<PaperPart, List<PrintedQuestion>> parts = new EnumMap<>(PaperPart.class);
        for (Paper.Entry entry : version.entries()) {
            Question question = marking.question(entry.question(), entry.version());
            List<PrintedQuestion> part = parts.computeIfAbsent(PaperPart.of(question.type()), p -> new ArrayList<>());
            PaperQuestion shown = Paper.shown(entry, part.size() + 1, question);
            part.add(new PrintedQuestion(
                    shown, part.size() + 1, key(entry, question, locale), printablePicture(question.image())));
        }
        List<PrintedPart> printed = new ArrayList<>();
        int number = 1;
        for (Map.Entry<PaperPart, List<PrintedQuestion>> part : parts.entrySet()) {
            printed.add(new PrintedPart(
                    text(locale, "paperTest.part." + part.getKey().name(), roman(number++)),
                    part.getKey().name(),
                    part.getValue()));
        }
        return new PrintedVersion(version.code(), printed);
    }

    private @Nullable String printablePicture(@Nullable UUID imageId) {
        if (imageId == null) {
            return null;
        }
        return pictures.image(imageId)
                .flatMap(row -> PrintedPictures.dataUri(row.content(), row.mediaType()))
                .orElse(null);
    }

    /** The right answer in the paper's letters and numbers, as the key prints it. */
    private String key(Paper.Entry entry, Question question, Locale locale) {
        return switch (question.body()) {
            case Body.Choice choice ->
                letters(Paper.toShown(
                        entry,
                        question,
                        new Response.Selected(choice.options().stream()
                                .filter(o -> choice.multiple()
                                        ? o.right()
                                        : o.weight().compareTo(BigDecimal.ONE) == 0)
                                .map(Option::key)
                                .toList())));
            case Body.Statements statements ->
                java.util.stream.IntStream.range(0, statements.statements().size())
                        .mapToObj(i -> letter(i) + ") "
                                + text(
                                        locale,
                                        statements.statements().get(i).isTrue() ? "paperTest.true" : "paperTest.false"))
                        .collect(Collectors.joining("; "));
            case Body.ShortAnswer shortAnswer ->
                shortAnswer.accepted().stream()
                        .filter(a -> a.weight().compareTo(BigDecimal.ONE) == 0)
                        .map(Accepted::text)
                        .collect(Collectors.joining(" / "));
            case Body.Numeric numeric ->
                numeric.accepted().stream()
                        .filter(a -> a.weight().compareTo(BigDecimal.ONE) == 0)
                        .map(PaperTestService::number)
                        .collect(Collectors.joining(" / "));
            case Body.Matching matching ->
                matching.pairs().stream()
                        .map(p -> p.prompt() + " → " + p.answer())
                        .collect(Collectors.joining("; "));
            case Body.Ordering ordering ->
                String.join(
                        ", ",
                        ((Response.Order) Paper.toShown(
                                        entry,
                                        question,
                                        new Response.Order(ordering.items().stream()
                                                .map(Item::key)
                                                .toList())))
                                .keys());
            case Body.Cloze cloze -> {
                List<String> gaps = new ArrayList<>();
                for (int g = 0; g < cloze.gaps().size(); g++) {
                    Body gap = cloze.gaps().get(g).body();
                    String right =
                            switch (gap) {
                                case Body.Choice choice -> {
                                    String keyOfRight = choice.options().stream()
                                            .filter(o -> o.weight().compareTo(BigDecimal.ONE) == 0)
                                            .map(Option::key)
                                            .findFirst()
                                            .orElse("");
                                    List<String> shown = new ArrayList<>(
                                            Collections.nCopies(cloze.gaps().size(), ""));
                                    shown.set(g, keyOfRight);
                                    yield ((Response.Gaps) Paper.toShown(entry, question, new Response.Gaps(shown)))
                                            .values()
                                            .get(g);
                                }
                                case Body.ShortAnswer s ->
                                    s.accepted().isEmpty()
                                            ? ""
                                            : s.accepted().getFirst().text();
                                case Body.Numeric n ->
                                    n.accepted().isEmpty()
                                            ? ""
                                            : number(n.accepted().getFirst());
                                default -> "";
                            };
                    gaps.add("(" + (g + 1) + ") " + right);
                }
                yield String.join("; ", gaps);
            }
            case Body.Essay essay ->
                essay.rubric().stream()
                        .map(c -> c.description() + " (" + text(locale, "paperTest.points", decimal(c.points())) + ")")
                        .collect(Collectors.joining("; "));
        };
    }

    private static String letters(Response response) {
        return String.join(", ", ((Response.Selected) response).keys());
    }

    private static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    private static String number(NumericAnswer answer) {
        String value = decimal(answer.value());
        return answer.tolerance().signum() == 0 ? value : value + " ± " + decimal(answer.tolerance());
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> "V";
        };
    }

    /** The test, when the caller may set it: the director, or a teacher of the bank's subject in the test's class. */
    private TestView setter(UUID testId) {
        TestView test = store.test(testId)
                .orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound"))
                .view();
        SubjectView subject = banks.usable(banks.bankRow(test.bankId()));
        if (!CurrentUser.hasRole("DIRECTOR") && !academics.teaches(test.classId(), subject.code())) {
            throw new AccessDeniedException("does not teach the subject in the class");
        }
        return test;
    }

    private String centreName() {
        return CurrentUser.centre()
                .flatMap(centres::centre)
                .map(CentreView::name)
                .orElse("");
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
