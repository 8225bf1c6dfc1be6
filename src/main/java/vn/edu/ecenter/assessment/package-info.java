/**
 * Online assessment (hệ thống đánh giá người học trực tuyến) and contests (sân chơi trí tuệ): question banks shared by a
 * subject group, with review before a question is used in a graded test and a version kept for every change; imports
 * and exports (GIFT, Aiken, Moodle XML, QTI 2.1, the teachers' Excel template); tests drawn from a blueprint (ma trận
 * đề); attempts saved answer by answer; scoring exactly as the national exam's format. The question model and its
 * marking are pure code in the named interface {@code questions}.
 */
@ApplicationModule(
        displayName = "Assessment (Đánh giá trực tuyến)",
        allowedDependencies = {"shared", "platform", "identity", "centres", "people", "academics"})
@NullMarked
package vn.edu.ecenter.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
