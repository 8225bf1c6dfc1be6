@NullMarked
package vn.edu.ecenter.timetable.fet;

import org.jspecify.annotations.NullMarked;
