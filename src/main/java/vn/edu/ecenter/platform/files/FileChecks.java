package vn.edu.ecenter.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The file store's type check for content that is read, not kept: an upload is accepted only if its bytes (magic
 * numbers, the entries of an Office zip) are one of the allowed types and its name's extension agrees. Throws {@code
 * Rejected} with the same messages the file store gives.
 */
public final class FileChecks {

    private FileChecks() {}

    /** The type of the content, if it is one of the allowed types under that name. */
    public static FileType accept(byte[] content, String originalName, Set<FileType> allowed) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("ecenter-check", ".bin");
            Files.write(temporary, content);
            return FileCheck.accept(Content.of(temporary), FileCheck.cleanName(originalName), allowed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the system's temporary files
                }
            }
        }
    }

    /** The name as the store keeps it: without folders or control characters, in NFC. */
    public static String cleanName(String originalName) {
        return FileCheck.cleanName(originalName);
    }
}
