package vn.edu.ecenter.platform.mail;

import java.util.Map;

/**
 * An e-mail to send: the subject is a message key, the body a Thymeleaf template under {@code templates/} rendered with
 * the model, both in Vietnamese unless the locale says otherwise.
 */
public record OutgoingMail(String to, String subjectKey, String template, Map<String, Object> model) {

    public static OutgoingMail of(String to, String subjectKey, String template, Map<String, Object> model) {
        return new OutgoingMail(to, subjectKey, template, Map.copyOf(model));
    }
}
