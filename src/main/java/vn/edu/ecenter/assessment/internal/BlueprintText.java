package vn.edu.ecenter.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.assessment.questions.Blueprint;

/** A blueprint row in words, for messages that name it: «chủ đề «Hàm số», mức Biết, loại Một lựa chọn», or «bất kỳ». */
final class BlueprintText {

    private BlueprintText() {}

    static String describe(Blueprint.Row row, MessageSource messages, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (row.topic() != null) {
            parts.add(messages.getMessage("onlineTest.row.topic", new Object[] {row.topic()}, locale));
        }
        if (row.level() != null) {
            String level = messages.getMessage("assessment.level." + row.level().name(), null, locale);
            parts.add(messages.getMessage("onlineTest.row.level", new Object[] {level}, locale));
        }
        if (row.type() != null) {
            String type = messages.getMessage("assessment.type." + row.type().name(), null, locale);
            parts.add(messages.getMessage("onlineTest.row.type", new Object[] {type}, locale));
        }
        return parts.isEmpty() ? messages.getMessage("onlineTest.row.any", null, locale) : String.join(", ", parts);
    }
}
