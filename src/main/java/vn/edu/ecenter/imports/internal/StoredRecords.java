package vn.edu.ecenter.imports.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The stored records (learners or staff) that an import's rows may refer to, found by code (case-insensitive) and by
 * personal ID number: a row updates the record with its code, and no row may take a personal ID number that another
 * record already holds.
 */
final class StoredRecords<T> {

    private final Function<T, UUID> id;
    private final Function<T, String> code;
    private final Map<String, T> byCode = new HashMap<>();
    private final Map<String, T> byCitizenId = new HashMap<>();

    StoredRecords(Collection<T> stored, Function<T, UUID> id, Function<T, String> code, Function<T, String> citizenId) {
        this.id = id;
        this.code = code;
        for (T record : stored) {
            byCode.put(key(code.apply(record)), record);
            String number = Fields.citizenId(citizenId.apply(record));
            if (number != null) {
                byCitizenId.put(number, record);
            }
        }
    }

    /** The record with this code, or null when the row brings a new one. */
    @Nullable
    T withCode(String rowCode) {
        return byCode.get(key(rowCode));
    }

    Collection<T> all() {
        return byCode.values();
    }

    /**
     * Adds the problem {@code takenKey} (with the holder's code) when a record other than {@code self} already holds
     * the row's personal ID number.
     */
    void checkCitizenIdFree(
            @Nullable String rowCitizenId, @Nullable T self, Fields.Problems problems, String column, String takenKey) {
        String number = Fields.citizenId(rowCitizenId);
        T holder = number == null ? null : byCitizenId.get(number);
        if (holder != null && (self == null || !id.apply(holder).equals(id.apply(self)))) {
            problems.add(column, takenKey, code.apply(holder));
        }
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
