/**
 * The official prints of the gradebook (in ấn sổ sách chính thức), as PDF on A4 in the bundled Vietnamese font: the
 * monitoring-and-assessment book page of a class and subject (sổ theo dõi và đánh giá học viên, {@link
 * vn.edu.ecenter.gradebook.prints.AssessmentBookPage}), the class summary sheet per semester and year (bảng tổng hợp
 * kết quả đánh giá, {@link vn.edu.ecenter.gradebook.prints.ClassSummarySheet}) and the học bạ of a learner over grades
 * 10–12 ({@link vn.edu.ecenter.gradebook.prints.SchoolRecord}), one at a time or for a whole class as one background
 * job. The prints are fed by plain records; {@link vn.edu.ecenter.gradebook.prints.SchoolRecordSource} is where the
 * score data supply the học bạ of a class to the batch. docs/gradebook/prints.md describes each form and which of its
 * columns the regulations confirm.
 */
@NamedInterface("prints")
@NullMarked
package vn.edu.ecenter.gradebook.prints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
