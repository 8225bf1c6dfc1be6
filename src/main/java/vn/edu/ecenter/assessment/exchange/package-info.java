/**
 * Question import and export (nhập, xuất câu hỏi) as pure code: GIFT, Aiken, Moodle XML, QTI 2.1 (single items and
 * content packages) and the teachers' Excel template in; Moodle XML and QTI 2.1 out. Every question read is reported,
 * imported (with what was approximated) or rejected (with why); whatever an export cannot represent is listed, never
 * dropped silently. XML is parsed without DTDs or external entities; zip packages are checked for path traversal, entry
 * count and inflated size.
 */
@NullMarked
package vn.edu.ecenter.assessment.exchange;

import org.jspecify.annotations.NullMarked;
