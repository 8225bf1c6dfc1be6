package vn.edu.ecenter.gradebook.prints;

/** The period a class summary sheet covers: học kỳ I, học kỳ II or the whole year (cả năm). */
public enum SummaryPeriod {
    HK1,
    HK2,
    CN;

    public String messageKey() {
        return "prints.period." + name();
    }
}
