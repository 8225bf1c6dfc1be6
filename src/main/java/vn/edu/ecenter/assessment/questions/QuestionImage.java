package vn.edu.ecenter.assessment.questions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What a question's picture may be: a PNG, JPEG, GIF or WebP image of at most {@link #LARGEST} bytes, known by its first
 * bytes (never by the file's name or the type the browser claims), so that nothing else is ever served as a picture.
 */
public final class QuestionImage {

    /** The largest picture kept: 2 MB. */
    public static final int LARGEST = 2 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private QuestionImage() {}

    /** The image's media type by its first bytes ({@code image/png} …), or null when it is none of the four. */
    public static @Nullable String mediaType(byte[] content) {
        if (startsWith(content, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(content, 0, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return "image/gif";
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return "image/webp";
        }
        return null;
    }

    /** The usual file name extension of a picture's media type ("png", "jpg", "gif", "webp"). */
    public static String extension(String mediaType) {
        return mediaType.substring(mediaType.indexOf('/') + 1).replace("jpeg", "jpg");
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        return content.length >= at + prefix.length
                && Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
