package vn.edu.ecenter.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/** A guardian as linked to one learner. */
public record GuardianView(
        UUID id,
        PersonName name,
        Relation relation,
        String phone,
        @Nullable String email,
        @Nullable String username) {}
