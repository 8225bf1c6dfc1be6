package vn.edu.ecenter.gradebook.prints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps the PDFs the tests print under target/prints, to look at by eye. */
final class Samples {

    private static final Path FOLDER = Path.of("target", "prints");

    private Samples() {}

    static void keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
