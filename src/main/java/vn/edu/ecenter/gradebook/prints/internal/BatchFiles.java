package vn.edu.ecenter.gradebook.prints.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.files.FileStore;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.files.StoredFile;

/** Keeps the PDF of a batch print in the file store of its centre, and reads it back. */
@Component
class BatchFiles {

    private final FileStore files;

    BatchFiles(FileStore files) {
        this.files = files;
    }

    StoredFile keep(byte[] pdf, String fileName) {
        return files.store(pdf, fileName, Set.of(FileType.PDF));
    }

    byte[] content(String sha256) {
        try (InputStream in = files.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the printed batch " + sha256, e);
        }
    }
}
