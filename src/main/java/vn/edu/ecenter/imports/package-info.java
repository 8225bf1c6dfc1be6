/**
 * Imports (nhập dữ liệu từ Excel): learners (with their guardians and, optionally, their class), guardians and staff
 * from .xlsx files, with templates, a dry run, a per-row error report and a choice between "all or nothing" and "take
 * the valid rows". Sits above {@code people} (and {@code academics} for enrolling imported learners in a class).
 */
@ApplicationModule(
        displayName = "Imports (Nhập dữ liệu)",
        allowedDependencies = {"platform", "shared", "people", "academics"})
@NullMarked
package vn.edu.ecenter.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
