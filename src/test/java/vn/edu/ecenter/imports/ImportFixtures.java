package vn.edu.ecenter.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import vn.edu.ecenter.support.SignedIn;

/** Rows of import files and the people in them, unique per call so that tests do not meet each other's data. */
final class ImportFixtures {

    /** The learner template's headers in the order the rows below fill them. */
    static final Object[] LEARNER_HEADER = {
        "Mã học sinh",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Số định danh cá nhân",
        "Điện thoại",
        "Email",
        "Họ tên phụ huynh",
        "Quan hệ",
        "Điện thoại phụ huynh"
    };

    private ImportFixtures() {}

    static String freshCode() {
        return "HS" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    static String freshPhone() {
        return "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** A valid personal ID number of someone born in HCMC (079) in that year. */
    static String citizenId(int birthYear, boolean female) {
        int century = (birthYear / 100 - 19) * 2 + (female ? 1 : 0);
        return "079" + century + String.format("%02d", birthYear % 100)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** A learner row: code, name, birth date (text or date cell), sex, ID, phone, e-mail, guardian name, relation, phone. */
    static Object[] learner(String code, String name, Object birthDate, String sex, String citizenId) {
        return new Object[] {code, name, birthDate, sex, citizenId, null, null, null, null, null};
    }

    static List<Object[]> sheet(Object[]... rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(LEARNER_HEADER);
        all.addAll(List.of(rows));
        return all;
    }

    static <T> T as(Authentication user, Supplier<T> work) {
        return SignedIn.call(user, work);
    }
}
