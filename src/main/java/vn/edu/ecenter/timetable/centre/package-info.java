/**
 * The centre's timetable model (ADR 0014, {@code docs/timetable/centre.md}): the week grid, the centre's data and the
 * rules with their hard/soft settings, translated into the engine's problem; the impossible-demand check; the wording
 * of broken rules. A named interface: the module's API ({@code Timetables}, {@code TimetableSetups}) speaks of its
 * week grid, slots and rules, and other modules (the demo centre) use them too.
 */
@NamedInterface("centre")
@NullMarked
package vn.edu.ecenter.timetable.centre;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
