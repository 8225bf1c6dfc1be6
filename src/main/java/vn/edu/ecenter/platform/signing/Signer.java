package vn.edu.ecenter.platform.signing;

import org.jspecify.annotations.Nullable;

/**
 * The person who signs: the account that holds the key and the name their certificate carries. Modules build it from
 * the signed-in user (a homeroom teacher, the director) after checking that this user may sign this document.
 *
 * @param account the user's account name, which chooses the key (the key store's alias)
 * @param name the full name, as printed and as the demo certificate's common name (CN)
 * @param organisation the centre's name, for the demo certificate's organisation (O); null if none
 */
public record Signer(String account, String name, @Nullable String organisation) {

    public Signer {
        if (account.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("A signer needs an account and a name");
        }
    }
}
