/**
 * People (Con người): learners (học viên), guardians (phụ huynh) and staff (cán bộ, giáo viên, nhân viên) of a centre,
 * with the fields the sector database keeps, their accounts, and the duties of the personal-data law (Law 91/2025,
 * NĐ 356/2025): consent records, encryption of the personal ID number and ID images, a log of who opened which
 * learner record, and data-subject requests (export, rectify, de-identify).
 */
@ApplicationModule(
        displayName = "People (Học viên, phụ huynh, nhân sự)",
        allowedDependencies = {"platform", "shared", "centres", "identity"})
@NullMarked
package vn.edu.ecenter.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
