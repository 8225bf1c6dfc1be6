package vn.edu.ecenter.identity;

/** What an account may do. A person may hold several roles (a deputy director who also teaches). */
public enum Role {
    SYSTEM_ADMIN,
    /** Ban giám đốc: the director and deputies. */
    DIRECTOR,
    /** Văn thư. */
    CLERK,
    /** Kế toán. */
    ACCOUNTANT,
    /** Thủ thư. */
    LIBRARIAN,
    TEACHER,
    /** Học viên. */
    LEARNER,
    /** Phụ huynh. */
    GUARDIAN;

    public String authority() {
        return "ROLE_" + name();
    }
}
