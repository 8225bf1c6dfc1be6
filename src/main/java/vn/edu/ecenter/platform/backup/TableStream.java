package vn.edu.ecenter.platform.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes a table's COPY text through while computing its SHA-256 and counting its rows (one line per row: COPY's text
 * format writes a newline inside a value as {@code \n}). Closing it leaves the underlying stream open.
 */
final class TableStream extends FilterOutputStream {

    private final MessageDigest digest;
    private long rows;

    TableStream(OutputStream out) {
        super(out);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream that only hashes and counts. */
    static TableStream discarding() {
        return new TableStream(OutputStream.nullOutputStream());
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        if (b == '\n') {
            rows++;
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                rows++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    long rows() {
        return rows;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
