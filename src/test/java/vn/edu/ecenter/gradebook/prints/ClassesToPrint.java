package vn.edu.ecenter.gradebook.prints;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A {@link SchoolRecordSource} standing in for the score data: tests hand it the học bạ of a class to print. */
@Component
public class ClassesToPrint implements SchoolRecordSource {

    private final Map<UUID, ClassSchoolRecords> classes = new ConcurrentHashMap<>();

    /** Makes the class known with these records; returns the class's id. */
    public UUID add(ClassSchoolRecords records) {
        UUID id = UUID.randomUUID();
        classes.put(id, records);
        return id;
    }

    @Override
    public Optional<ClassSchoolRecords> classRecords(UUID classId) {
        return Optional.ofNullable(classes.get(classId));
    }
}
