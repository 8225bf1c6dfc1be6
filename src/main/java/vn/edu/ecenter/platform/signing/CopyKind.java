package vn.edu.ecenter.platform.signing;

/** What was issued from a signed document (NĐ 30/2020 names the forms of copies). */
public enum CopyKind {
    /** The whole document (bản sao). */
    COPY,
    /** A part of it, such as one school year of the học bạ (bản trích sao). */
    EXTRACT;

    /** The message key of its name ({@code signing.copyKind.COPY}). */
    public String labelKey() {
        return "signing.copyKind." + name();
    }
}
