package vn.edu.ecenter.platform.web;

import java.util.Arrays;

/**
 * A request that breaks a business rule. Carries a message key (and its arguments) that the error handling turns
 * into a clear sentence in the user's language; nothing of the rejected request has been written.
 */
public class Rejected extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final int status;

    public Rejected(String messageKey, Object... arguments) {
        this(422, messageKey, arguments);
    }

    /** A refusal answered with the given HTTP status (400, 409, 422…). */
    protected Rejected(int status, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The request itself is unusable, e.g. an uploaded file that is not the expected kind of file. */
    public static Rejected badRequest(String messageKey, Object... arguments) {
        return new Rejected(400, messageKey, arguments);
    }

    /** The same refusal, answered as a bad request (400). */
    public Rejected asBadRequest() {
        return new Rejected(400, messageKey, arguments);
    }

    /** The thing asked for does not exist (or is not visible to this user). */
    public static Rejected notFound(String messageKey, Object... arguments) {
        return new Rejected(404, messageKey, arguments);
    }

    /**
     * The signed-in user may not do this, and should be told why in words (for example "only nominated participants
     * enter this round"); answered 403 with the message, where a bare {@code AccessDeniedException} shows a generic one.
     */
    public static Rejected forbidden(String messageKey, Object... arguments) {
        return new Rejected(403, messageKey, arguments);
    }

    /** The request conflicts with the current state, e.g. a duplicate code. */
    public static Rejected conflict(String messageKey, Object... arguments) {
        return new Rejected(409, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public int status() {
        return status;
    }
}
