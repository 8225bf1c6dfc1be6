package vn.edu.ecenter.gradebook.rules;

import java.math.RoundingMode;

/**
 * The numbers and tables of one version of the rules. Items the regulation brief marks FROM MEMORY are all here, so a
 * correction after checking the official text is a new {@link RuleSet} version with other parameters, never a change
 * to the code or to results already computed.
 *
 * @param averageRounding how ĐTBmhk and ĐTBmcn are rounded to one decimal. FROM MEMORY: half-up (the circulars say
 *     "rounded" without naming a mode)
 */
public record RuleParameters(
        RegularAssessments regular,
        RoundingMode averageRounding,
        CommentSemesterRule commentSemester,
        LearningThresholds learning,
        ConductTable conduct,
        PromotionRule promotion,
        GraduationRule graduation) {}
