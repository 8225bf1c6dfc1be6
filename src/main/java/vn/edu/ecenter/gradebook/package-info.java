/**
 * Gradebook (sổ gọi tên và ghi điểm điện tử): scores (ĐĐGtx, ĐĐGgk, ĐĐGck), semester and year averages (ĐTBmhk,
 * ĐTBmcn), learning and conduct results, the year-end decision (lên lớp, kiểm tra lại, rèn luyện hè, ở lại lớp) and
 * the học bạ, exact to TT 43/2021/TT-BGDĐT for GDTX learners. Its rules engine is the named interface {@code rules};
 * attendance (điểm danh) and the days absent against the 45-day limit are the named interface {@code attendance}; the
 * official prints (sổ theo dõi và đánh giá học viên, bảng tổng hợp, học bạ) are the named interface {@code prints}.
 * The score book ({@link vn.edu.ecenter.gradebook.Gradebook}) keeps each mark with a version for optimistic locking,
 * the semester locks (khóa sổ), correction requests and an append-only change log.
 */
@ApplicationModule(
        displayName = "Gradebook (Sổ gọi tên và ghi điểm)",
        allowedDependencies = {"shared", "platform", "identity", "centres", "people", "academics", "assessment"})
@NullMarked
package vn.edu.ecenter.gradebook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
