/**
 * Identity: accounts (tài khoản), roles, sign-in and sign-out, password rules, throttling of failed sign-ins and API
 * tokens. Every account belongs to one centre, except the system administrator's. Homeroom rights (GVCN) come from
 * the homeroom assignment in academics, not from a role.
 */
@ApplicationModule(
        displayName = "Identity (Tài khoản)",
        allowedDependencies = {"platform", "shared", "centres"})
@NullMarked
package vn.edu.ecenter.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
