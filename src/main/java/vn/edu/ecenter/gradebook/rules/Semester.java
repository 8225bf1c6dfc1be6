package vn.edu.ecenter.gradebook.rules;

/** Học kỳ I and học kỳ II of a school year (HK1, HK2); the whole year (CN) is not a semester. */
public enum Semester {
    HK1("I"),
    HK2("II");

    private final String numeral;

    Semester(String numeral) {
        this.numeral = numeral;
    }

    /** The Roman numeral the books write: "I", "II". */
    public String numeral() {
        return numeral;
    }
}
