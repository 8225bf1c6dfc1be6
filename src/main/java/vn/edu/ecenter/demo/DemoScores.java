package vn.edu.ecenter.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.gradebook.RemarkLoading;
import vn.edu.ecenter.gradebook.ScoreLoading;
import vn.edu.ecenter.gradebook.rules.MarkSlot;

/**
 * Semester I scores of the demo centre, enough to show a filled score book without slowing the demo's start: every
 * scored subject of 10A1 (the class of the demo teachers), mathematics and literature of 10A2 and 11A1. Each learner
 * has a level drawn once, each mark is that level give or take a point and a half, in half points; about one
 * end-of-term mark in twelve is still missing, so some semester averages are not there yet. Drawn from a fixed seed.
 * 10A1 also has the mathematics teacher's semester I remarks and the homeroom teacher's year remarks, by level.
 */
@Component
class DemoScores {

    private static final List<String> FEW_SUBJECTS = List.of("TOAN", "VAN");

    private final Academics academics;
    private final ScoreLoading scores;
    private final RemarkLoading remarks;

    DemoScores(Academics academics, ScoreLoading scores, RemarkLoading remarks) {
        this.academics = academics;
        this.scores = scores;
        this.remarks = remarks;
    }

    void load(SchoolYearView year) {
        SplittableRandom random = new SplittableRandom(43_2021L);
        Map<String, UUID> classes = new java.util.HashMap<>();
        academics.classes(year.id()).forEach(c -> classes.put(c.name(), c.id()));
        Map<UUID, Boolean> scored = new java.util.HashMap<>();
        academics.subjects().forEach(s -> scored.put(s.id(), s.scored()));
        Map<UUID, Double> levels = new java.util.HashMap<>();
        for (String className : List.of("10A1", "10A2", "11A1")) {
            UUID classId = classes.get(className);
            if (classId == null) {
                continue;
            }
            for (AssignmentView assignment : academics.assignments(classId)) {
                boolean wanted = className.equals("10A1") || FEW_SUBJECTS.contains(assignment.subjectCode());
                if (!wanted || !scored.getOrDefault(assignment.subjectId(), false)) {
                    continue;
                }
                scores.loadScores(classId, assignment.subjectId(), 1, (learner, slot) -> {
                    double level = levels.computeIfAbsent(learner, l -> 4.5 + random.nextDouble() * 4.5);
                    if (slot.kind() == MarkSlot.Kind.CK && random.nextInt(12) == 0) {
                        return null;
                    }
                    double mark = Math.clamp(level + (random.nextDouble() * 3 - 1.5), 0, 10);
                    return BigDecimal.valueOf(Math.round(mark * 2) / 2.0)
                            .setScale(1, RoundingMode.UNNECESSARY)
                            .toPlainString()
                            .replace('.', ',');
                });
                if (className.equals("10A1") && assignment.subjectCode().equals("TOAN")) {
                    remarks.loadSubjectRemarks(
                            classId, assignment.subjectId(), 1, learner -> subjectRemark(levels.get(learner)));
                }
            }
            if (className.equals("10A1")) {
                remarks.loadHomeroomRemarks(classId, learner -> homeroomRemark(levels.get(learner)));
            }
        }
    }

    private static String subjectRemark(Double level) {
        if (level == null) {
            return "Cần đi học đều để theo kịp chương trình.";
        }
        if (level >= 8) {
            return "Nắm vững kiến thức, vận dụng tốt vào bài tập; tiếp tục phát huy.";
        }
        if (level >= 6.5) {
            return "Tiếp thu khá; cần trình bày lời giải chặt chẽ hơn.";
        }
        if (level >= 5) {
            return "Nắm được kiến thức cơ bản; cần làm thêm bài tập vận dụng.";
        }
        return "Còn hổng kiến thức cơ bản; cần ôn lại và hỏi thầy cô khi chưa hiểu.";
    }

    private static String homeroomRemark(Double level) {
        if (level != null && level >= 6.5) {
            return "Chăm chỉ, tích cực tham gia hoạt động của lớp; có ý thức tự học tốt.";
        }
        return "Đi học chuyên cần; cần dành thêm thời gian tự học sau giờ làm.";
    }
}
