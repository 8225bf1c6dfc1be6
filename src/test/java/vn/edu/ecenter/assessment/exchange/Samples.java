package vn.edu.ecenter.assessment.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.edu.ecenter.assessment.exchange.ImportResult.Entry;
import vn.edu.ecenter.assessment.exchange.ImportResult.Imported;
import vn.edu.ecenter.assessment.exchange.ImportResult.Rejected;

/** The sample files of src/test/resources/assessment and the entries of an import, by position. */
final class Samples {

    private Samples() {}

    static byte[] file(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/assessment/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Imported imported(ImportResult result, int index) {
        Entry entry = result.entries().get(index);
        if (entry instanceof Imported imported) {
            return imported;
        }
        throw new AssertionError("Entry " + index + " was rejected: " + entry);
    }

    static Rejected rejected(ImportResult result, int index) {
        Entry entry = result.entries().get(index);
        if (entry instanceof Rejected rejected) {
            return rejected;
        }
        throw new AssertionError("Entry " + index + " was imported: " + entry);
    }
}
