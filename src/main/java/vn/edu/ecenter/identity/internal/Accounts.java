package vn.edu.ecenter.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    /**
     * The staff accounts of the current centre: every account with a role other than learner or guardian. Learners'
     * and guardians' accounts (thousands in a centre) are handled from the learner pages.
     */
    @Query("""
            SELECT * FROM identity.account
            WHERE centre_id = platform.current_centre() AND NOT (roles <@ ARRAY['LEARNER', 'GUARDIAN'])
            ORDER BY username
            """)
    List<Account> findStaffOfCurrentCentre();
}
