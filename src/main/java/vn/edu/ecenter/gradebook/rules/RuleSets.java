package vn.edu.ecenter.gradebook.rules;

import static vn.edu.ecenter.gradebook.rules.Rating.CHUA_DAT;
import static vn.edu.ecenter.gradebook.rules.Rating.DAT;
import static vn.edu.ecenter.gradebook.rules.Rating.KHA;
import static vn.edu.ecenter.gradebook.rules.Rating.TOT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the assessment rules this system knows, as data. A changed circular, or a corrected reading of a
 * FROM MEMORY item, is a new constant here with its own id and effective date; the old one stays, because results
 * computed with it keep its id. docs/gradebook/rules.md lists each rule, its source and whether it is CONFIRMED.
 */
public final class RuleSets {

    /**
     * TT 22/2021 Art. 6 (CONFIRMED), TT 43/2021 Art. 6 (FROM MEMORY): 2 / 3 / 4 ĐĐGtx at 35 / 70 periods a year; 2 for a
     * comment-only subject. Learning-topic scores count as ĐĐGtx (TT 43 Art. 9.1, CONFIRMED); one ĐĐGtx per topic
     * cluster per semester is FROM MEMORY (vn-regulations §1.2), hence the last parameter, {@code perTopicCluster}.
     */
    private static final RegularAssessments REGULAR = new RegularAssessments(35, 2, 70, 3, 4, 2, 1);

    /** Rows: the semester-II level; columns: semester I Tốt, Khá, Đạt, Chưa đạt (vn-regulations §1.5, FROM MEMORY). */
    private static final ConductTable CONDUCT = new ConductTable(Map.of(
            TOT, List.of(TOT, TOT, KHA, KHA),
            KHA, List.of(KHA, KHA, KHA, DAT),
            DAT, List.of(KHA, DAT, DAT, DAT),
            CHUA_DAT, List.of(CHUA_DAT, CHUA_DAT, CHUA_DAT, CHUA_DAT)));

    /** 45 days (TT 43 Art. 11, CONFIRMED) or 45 half-day sessions (TT 22 Art. 12, CONFIRMED); re-test below 5,0. */
    private static final PromotionRule PROMOTION = new PromotionRule(45, new BigDecimal("5.0"), true);

    /** TT 24/2024/TT-BGDĐT Art. 44: yearly averages and (L10 + 2·L11 + 3·L12)/6, 2 decimals. */
    private static final GraduationRule GRADUATION = new GraduationRule(List.of(1, 2, 3), 2, RoundingMode.HALF_UP);

    /** The GDTX roadmap (TT 43 Art. 19, CONFIRMED); TT 22's for grades 10–12 is the same (FROM MEMORY). */
    private static final Map<Integer, Integer> ROADMAP = Map.of(10, 2022, 11, 2023, 12, 2024);

    /** Thông tư 43/2021/TT-BGDĐT: GDTX learners (our centre). Learning thresholds count 05 subjects. */
    public static final RuleSet TT_43_2021 = new CircularRules(
            "TT43_2021",
            "Thông tư 43/2021/TT-BGDĐT",
            Programme.GDTX,
            LocalDate.of(2022, 2, 14),
            ROADMAP,
            new RuleParameters(
                    REGULAR,
                    RoundingMode.HALF_UP,
                    CommentSemesterRule.ALL_DAT,
                    thresholds(5),
                    CONDUCT,
                    PROMOTION,
                    GRADUATION));

    /** Thông tư 22/2021/TT-BGDĐT: general-school students, the reference model. Thresholds count 06 subjects. */
    public static final RuleSet TT_22_2021 = new CircularRules(
            "TT22_2021",
            "Thông tư 22/2021/TT-BGDĐT",
            Programme.GENERAL,
            LocalDate.of(2021, 9, 5),
            ROADMAP,
            new RuleParameters(
                    REGULAR,
                    RoundingMode.HALF_UP,
                    CommentSemesterRule.ALL_DAT,
                    thresholds(6),
                    CONDUCT,
                    PROMOTION,
                    GRADUATION));

    private static final List<RuleSet> ALL = List.of(TT_43_2021, TT_22_2021);

    private RuleSets() {}

    /** 8,0 / 6,5 / 5,0 / 3,5 and at most one comment-only subject Chưa đạt for Đạt (TT 22 Art. 9.2, CONFIRMED). */
    private static LearningThresholds thresholds(int subjectCount) {
        return new LearningThresholds(
                subjectCount,
                new BigDecimal("8.0"),
                new BigDecimal("6.5"),
                new BigDecimal("5.0"),
                new BigDecimal("3.5"),
                1);
    }

    public static List<RuleSet> all() {
        return ALL;
    }

    /** The version stored with a result. */
    public static Optional<RuleSet> byId(String id) {
        return ALL.stream().filter(rules -> rules.id().equals(id)).findFirst();
    }

    /**
     * The version that assesses a class: of the programme's versions that apply to the grade in that school year, the
     * one in force most recently. Empty before the roadmap reached the grade (the older rules are not implemented).
     */
    public static Optional<RuleSet> forClass(Programme programme, int grade, int schoolYearStart) {
        return ALL.stream()
                .filter(rules -> rules.programme() == programme && rules.appliesTo(grade, schoolYearStart))
                .max(Comparator.comparing(RuleSet::inForceFrom));
    }
}
