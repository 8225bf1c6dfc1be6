package vn.edu.ecenter.platform.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Pictures as {@link PdfRenderer} prints them: a {@code data:} URI the PDF embeds (the printer fetches nothing from
 * outside). PNG, JPEG and GIF go in as they are; WebP, which the printer cannot read, is decoded (TwelveMonkeys' WebP
 * reader for Java's ImageIO) and goes in as PNG.
 */
public final class PrintedPictures {

    private static final Set<String> READ_BY_THE_PRINTER = Set.of("image/png", "image/jpeg", "image/gif");

    static {
        // Inside the self-contained jar the reader is not on the system class path, where ImageIO looks first.
        if (!ImageIO.getImageReadersByMIMEType("image/webp").hasNext()) {
            ImageIO.scanForPlugins();
        }
    }

    private PrintedPictures() {}

    /** The picture as a data URI to print, or empty when it is of another type or cannot be decoded. */
    public static Optional<String> dataUri(byte[] content, String mediaType) {
        if (READ_BY_THE_PRINTER.contains(mediaType)) {
            return Optional.of(uri(mediaType, content));
        }
        if (!mediaType.equals("image/webp")) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return Optional.empty();
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(uri("image/png", png.toByteArray()));
        } catch (IOException | RuntimeException e) {
            // A damaged file: the paper prints without it, as for any picture the printer cannot read.
            return Optional.empty();
        }
    }

    private static String uri(String mediaType, byte[] content) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(content);
    }
}
