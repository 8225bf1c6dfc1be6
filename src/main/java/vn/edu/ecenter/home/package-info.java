/**
 * Home (Trang chủ): the first page after sign-in, one per role, showing the centre, today's place in the school
 * calendar and the work that role can open. It links only to modules that exist.
 */
@ApplicationModule(displayName = "Home (Trang chủ)")
@NullMarked
package vn.edu.ecenter.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
