/**
 * The assessment rules as pure code and versioned data (no database, no Spring): what a score is and how teachers
 * type it, how many regular assessments a subject has, semester and year averages, learning and conduct results,
 * re-tests and the year-end decision, and the graduation figures. A {@link vn.edu.ecenter.gradebook.rules.RuleSet}
 * is one version of the rules (TT 43/2021 for GDTX, TT 22/2021 for general schools), chosen from {@link
 * vn.edu.ecenter.gradebook.rules.RuleSets}; docs/gradebook/rules.md lists each rule with its source.
 */
@NamedInterface("rules")
@NullMarked
package vn.edu.ecenter.gradebook.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
