package vn.edu.ecenter.platform.signing;

import java.util.UUID;

/**
 * A copy or extract handed out from a signed document version.
 *
 * @param documentId the version it was made from
 * @param kind a copy of the whole, or an extract
 * @param issuedTo to whom: the learner, a guardian, another school ("Trường THPT Nguyễn Du")
 * @param purpose what for ("Hồ sơ chuyển trường", "Xét tuyển đại học")
 */
public record IssueCopy(UUID documentId, CopyKind kind, String issuedTo, String purpose) {}
