/**
 * The timetable engine: a problem in the solver's own terms — a week of numbered times, resources (classes, teachers,
 * rooms), lessons to place (each a run of consecutive times using some resources), resources still to choose for some
 * lessons, and monitors that turn a placement into hard and soft cost — a {@link
 * vn.edu.ecenter.timetable.engine.Placement} that keeps that cost up to date as lessons move, and the solver that
 * searches placements ({@link vn.edu.ecenter.timetable.engine.Engine}, Timefold Solver underneath). The XHSTT and FET
 * formats and the centre's own data are all translated into a {@link vn.edu.ecenter.timetable.engine.Problem}.
 */
@NullMarked
package vn.edu.ecenter.timetable.engine;

import org.jspecify.annotations.NullMarked;
