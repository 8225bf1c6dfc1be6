package vn.edu.ecenter.timetable.fet;

/**
 * Whom a constraint about people's weeks applies to. FET repeats most such constraints four times, differing only in
 * this ("ConstraintTeacherMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerWeek", "ConstraintStudentsSetMaxGapsPerWeek",
 * "ConstraintStudentsMaxGapsPerWeek"); the model keeps one record per rule and a scope.
 */
public sealed interface Scope {

    /** The part of FET's element name that names the scope: "Teacher", "Teachers", "StudentsSet", "Students". */
    String elementPrefix();

    /** Every teacher, each on their own. */
    record AllTeachers() implements Scope {
        @Override
        public String elementPrefix() {
            return "Teachers";
        }
    }

    record OneTeacher(String name) implements Scope {
        @Override
        public String elementPrefix() {
            return "Teacher";
        }
    }

    /** Every students set without parts (each class or subgroup) on its own. */
    record AllStudents() implements Scope {
        @Override
        public String elementPrefix() {
            return "Students";
        }
    }

    /** A year, group or subgroup: the rule applies to each of its sets without parts on its own. */
    record OneStudentsSet(String name) implements Scope {
        @Override
        public String elementPrefix() {
            return "StudentsSet";
        }
    }
}
