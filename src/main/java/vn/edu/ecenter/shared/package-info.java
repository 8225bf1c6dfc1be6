/**
 * Shared value types with no behaviour beyond their own rules: Vietnamese names and their class-list order, text
 * folding for search, the personal ID number. Every module may use them; they depend on nothing.
 */
@ApplicationModule(displayName = "Shared values", type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.edu.ecenter.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
