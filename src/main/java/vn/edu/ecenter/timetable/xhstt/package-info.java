@NullMarked
package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.NullMarked;
