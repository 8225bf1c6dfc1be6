package vn.edu.ecenter.gradebook.prints;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/** A learner as a line of a class print shows them: code, full name and date of birth. */
public record ListedLearner(
        String code, PersonName name, @Nullable LocalDate birthDate) {

    /**
     * Class-list order (vn-regulations §9.1, rule 14): tên, then đệm, then họ in Vietnamese collation, the code breaking
     * a tie, exactly as academics numbers a class list.
     */
    public static final Comparator<ListedLearner> CLASS_LIST_ORDER = Comparator.comparing(
                    ListedLearner::name, PersonName.CLASS_LIST_ORDER)
            .thenComparing(ListedLearner::code);

    public ListedLearner {
        code = code.strip();
    }
}
