package vn.edu.ecenter.gradebook.prints;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** A {@link SchoolRecordSource} standing in for the score data: tests hand it the học bạ of a class to print. */
@Component
public class ClassesToPrint implements SchoolRecordSource {

    private final Map<UUID, ClassSchoolRecords> classes = new ConcurrentHashMap<>();
    private final Map<UUID, CountDownLatch> gates = new ConcurrentHashMap<>();

    /** Makes the class known with these records; returns the class's id. */
    public UUID add(ClassSchoolRecords records) {
        UUID id = UUID.randomUUID();
        classes.put(id, records);
        return id;
    }

    /** Makes the class known, but its records are handed over only once the returned gate is opened. */
    public CountDownLatch addBehindGate(ClassSchoolRecords records, UUID classId) {
        var gate = new CountDownLatch(1);
        gates.put(classId, gate);
        classes.put(classId, records);
        return gate;
    }

    @Override
    public Optional<ClassSchoolRecords> classRecords(UUID classId) {
        CountDownLatch gate = gates.get(classId);
        if (gate != null) {
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.ofNullable(classes.get(classId));
    }
}
