package vn.edu.ecenter.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message texts in the current request's language, for controllers that show a {@link Rejected} in a form. */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String text(String key, Object... arguments) {
        return source.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    public String text(Rejected rejected) {
        return text(rejected.messageKey(), rejected.arguments());
    }
}
