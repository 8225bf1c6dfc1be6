package vn.edu.ecenter.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip (a QTI content package) in memory, refusing the whole file when an entry's name could escape
 * the package ({@code ..}, an absolute path, a drive letter), when it holds too many entries or when its entries
 * inflate past {@link #MAX_INFLATED} bytes. The inflated size is counted as it is read, never taken from the headers,
 * which a crafted zip may fill with anything.
 */
final class SafeZip {

    static final long MAX_INFLATED = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;

    private SafeZip() {}

    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The files of the package by their path inside it ("items/q1.xml"); folders are left out. */
    static Map<String, byte[]> unpack(byte[] content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw UnreadableFile.of("assessment.exchange.zip.tooManyEntries", MAX_ENTRIES);
                }
                String name = entry.getName();
                if (unsafe(name)) {
                    throw UnreadableFile.of("assessment.exchange.zip.unsafePath", name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                var out = new ByteArrayOutputStream();
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_INFLATED) {
                        throw UnreadableFile.of("assessment.exchange.zip.tooLarge", MAX_INFLATED / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
                if (files.put(name, out.toByteArray()) != null) {
                    throw UnreadableFile.of("assessment.exchange.zip.duplicate", name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFile(Wording.text("assessment.exchange.zip.unreadable"), e);
        }
        if (count == 0) {
            throw UnreadableFile.of("assessment.exchange.zip.unreadable");
        }
        return files;
    }

    /** Whether a name could point outside the folder it is unpacked in. */
    static boolean unsafe(String name) {
        String path = name.replace('\\', '/');
        if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
