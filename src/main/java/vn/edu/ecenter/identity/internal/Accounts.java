package vn.edu.ecenter.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    @Query("SELECT * FROM identity.account WHERE centre_id = platform.current_centre() ORDER BY username")
    List<Account> findAllOfCurrentCentre();
}
