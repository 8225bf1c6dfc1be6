package vn.edu.ecenter.imports;

import java.util.Locale;

/** What a file imports; the name is used in addresses ({@code /imports/templates/learners.xlsx}). */
public enum ImportKind {
    LEARNERS,
    GUARDIANS,
    STAFF;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportKind ofSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT));
    }
}
