package vn.edu.ecenter.people.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.shared.CitizenId;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * A learner's stored column values, in one order for the single and bulk insert and update statements: code, the
 * name's parts, birth date, sex, the other details, the encrypted citizen id and its digest, the address, phone,
 * email, policy group and disability.
 */
final class LearnerColumns {

    /** The insert of one learner: its values, then its id; the centre is the current one. */
    static final String INSERT = """
            INSERT INTO people.learner (code, family_name, middle_name, given_name, full_name, search_key,
                birth_date, sex, ethnicity, religion, nationality, birth_place, home_town, citizen_id_cipher,
                citizen_id_digest, street, ward, province, old_address, phone, email, policy_group, disability,
                id, centre_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, 'Việt Nam'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, platform.current_centre())
            """;

    /** The update of one learner: its values, then its id and the version the caller read. */
    static final String UPDATE = """
            UPDATE people.learner SET code = ?, family_name = ?, middle_name = ?, given_name = ?, full_name = ?,
                search_key = ?, birth_date = ?, sex = ?, ethnicity = ?, religion = ?,
                nationality = coalesce(?, 'Việt Nam'), birth_place = ?, home_town = ?,
                citizen_id_cipher = coalesce(?, citizen_id_cipher), citizen_id_digest = coalesce(?, citizen_id_digest),
                street = ?, ward = ?, province = ?, old_address = ?, phone = ?, email = ?, policy_group = ?,
                disability = ?, updated_at = now(), version = version + 1
            WHERE id = ? AND version = ?
            """;

    private LearnerColumns() {}

    /** The learner's values, then {@code after} (an id, a version) for the statement's remaining parameters. */
    static Object[] values(LearnerDetails details, PersonalDataCipher cipher, Object... after) {
        PersonName name = details.name();
        Address address = details.address() == null ? Address.NONE : details.address();
        String citizenId = details.citizenId() == null || details.citizenId().isBlank()
                ? null
                : CitizenId.normalise(details.citizenId());
        Object[] values = {
            details.code().strip(),
            name.family(),
            name.middle(),
            name.given(),
            name.fullName(),
            name.searchKey(),
            details.birthDate(),
            details.sex().name(),
            clean(details.ethnicity()),
            clean(details.religion()),
            clean(details.nationality()),
            clean(details.birthPlace()),
            clean(details.homeTown()),
            citizenId == null ? null : cipher.encryptText(citizenId),
            citizenId == null ? null : cipher.digest(citizenId),
            clean(address.street()),
            clean(address.ward()),
            clean(address.province()),
            clean(address.oldAddress()),
            Checks.phoneDigits(details.phone()),
            Checks.blankToNull(details.email()),
            clean(details.policyGroup()),
            clean(details.disability())
        };
        Object[] all = Arrays.copyOf(values, values.length + after.length);
        System.arraycopy(after, 0, all, values.length, after.length);
        return all;
    }

    private static @Nullable String clean(@Nullable String text) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }
}
