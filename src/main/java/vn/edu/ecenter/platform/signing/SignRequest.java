package vn.edu.ecenter.platform.signing;

/**
 * One signature to add: who signs, why ("Giáo viên chủ nhiệm xác nhận học bạ") and where ("TP. Hồ Chí Minh"). The
 * reason and location go into the PDF's signature dictionary, where a PDF reader shows them.
 */
public record SignRequest(Signer signer, String reason, String location) {}
