package vn.edu.ecenter.people.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.edu.ecenter.shared.CitizenId;

/**
 * Settings of the people module ({@code ecenter.people.*}).
 *
 * @param encryptionKey base64 of a 256-bit key for the personal ID number and ID images (AES-GCM) and their keyed
 *     digest; required with an external database, generated once under {@code <data-dir>/keys/} in embedded mode
 * @param citizenId the province codes a personal ID number may begin with
 * @param consentAge FROM MEMORY (vn-regulations §7, inherited from NĐ 13/2023): below this age the legal representative
 *     consents for the child
 * @param requests time limits of data-subject requests
 */
@ConfigurationProperties("ecenter.people")
record PeopleProperties(
        @Nullable String encryptionKey,
        @DefaultValue CitizenIdRules citizenId,
        @DefaultValue("16") int consentAge,
        @DefaultValue Requests requests) {

    /**
     * @param provinceCodes FROM MEMORY (vn-regulations §9.2): the birth-registration codes; empty means {@link
     *     CitizenId#PROVINCE_CODES_2015}
     */
    record CitizenIdRules(@DefaultValue Set<String> provinceCodes) {

        Set<String> codes() {
            return provinceCodes.isEmpty() ? CitizenId.PROVINCE_CODES_2015 : provinceCodes;
        }
    }

    /**
     * Law 91/2025 and NĐ 356/2025 (vn-regulations §7): acknowledge within 2 working days; withdrawal of consent,
     * restriction or objection within 15 days; other requests within 10–20 days (20 by default, the outer limit).
     */
    record Requests(
            @DefaultValue("2") int acknowledgeWorkingDays,
            @DefaultValue("15") int withdrawalDays,
            @DefaultValue("20") int otherDays) {}
}
