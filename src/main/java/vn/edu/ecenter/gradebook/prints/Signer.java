package vn.edu.ecenter.gradebook.prints;

/**
 * Who signs an official form, with the title and the instruction printed above and below the signature
 * ({@code prints.signer.<name>}, {@code prints.signer.<name>.hint}). The director signs and seals (TT 22/2021 Art. 19,
 * the học bạ reference; vn-regulations §1.7 and rule 8).
 */
public enum Signer {
    SUBJECT_TEACHER,
    HOMEROOM_TEACHER,
    DIRECTOR;

    public String titleKey() {
        return "prints.signer." + name();
    }

    public String hintKey() {
        return "prints.signer." + name() + ".hint";
    }
}
