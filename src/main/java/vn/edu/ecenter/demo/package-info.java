/**
 * Demo data (dữ liệu mẫu): "Trung tâm GDTX Lê Quý Đôn (demo)" with its school year and one account per staff role,
 * loaded on first start in demo mode only (embedded database, or {@code ECENTER_DEMO=true}). Later modules add their
 * own demo records here.
 */
@ApplicationModule(displayName = "Demo (Dữ liệu mẫu)")
@NullMarked
package vn.edu.ecenter.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
