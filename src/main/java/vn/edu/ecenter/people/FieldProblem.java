package vn.edu.ecenter.people;

import java.util.List;

/**
 * Why one field of a record cannot be kept, as a message key of the {@code people} bundle and its arguments (for
 * imports that report every problem of a row instead of stopping at the first).
 *
 * @param field the field of {@link LearnerDetails} or {@link GuardianDetails}, e.g. {@code citizenId}
 */
public record FieldProblem(String field, String messageKey, List<String> arguments) {

    public static FieldProblem of(String field, String messageKey, String... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
