/**
 * Platform: infrastructure every module uses — tenancy (row-level security per centre), the embedded database,
 * security plumbing, the web layout and error pages, i18n, the audit trail (nhật ký), the file store, PAdES signing
 * with signed document versions and the issuance log (ký số, học bạ số), background jobs, the e-mail outbox, PDF and
 * Excel output, backup, and the business clock. No business rules live here.
 */
@ApplicationModule(displayName = "Platform (Nền tảng)", type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.edu.ecenter.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
