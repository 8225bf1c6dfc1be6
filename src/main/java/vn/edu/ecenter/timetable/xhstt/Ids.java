package vn.edu.ecenter.timetable.xhstt;

import java.util.HashMap;
import java.util.Map;

/**
 * The Ids declared so far for one kind of object (times, resources, ...), mapped to their indices, so that references
 * resolve to indices and a dangling one is reported with who made it and where.
 */
final class Ids {

    private final String kind;
    private final Map<String, Integer> indices = new HashMap<>();

    /** @param kind the objects' name in messages, in Vietnamese ("tài nguyên") */
    Ids(String kind) {
        this.kind = kind;
    }

    /** Declares the Id at the cursor's element, which must be new, and returns its index. */
    int declare(XmlCursor cursor) {
        String id = cursor.requiredAttribute("Id");
        int index = indices.size();
        if (indices.putIfAbsent(id, index) != null) {
            throw cursor.error("Id \"" + id + "\" của " + kind + " bị khai báo hai lần");
        }
        return index;
    }

    /** Resolves the cursor's {@code Reference} attribute; {@code owner} says who refers ("Sự kiện \"E1\""). */
    int resolve(XmlCursor cursor, String owner) {
        return resolve(cursor, owner, cursor.requiredAttribute("Reference"));
    }

    /** Resolves the cursor's {@code Reference} attribute and passes over the (empty) referring element. */
    int reference(XmlCursor cursor, String owner) {
        int index = resolve(cursor, owner);
        cursor.skip();
        return index;
    }

    int resolve(XmlCursor cursor, String owner, String reference) {
        Integer index = indices.get(reference);
        if (index == null) {
            throw cursor.error(owner + " tham chiếu " + kind + " \"" + reference + "\" không tồn tại");
        }
        return index;
    }
}
