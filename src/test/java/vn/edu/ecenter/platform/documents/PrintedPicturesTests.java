package vn.edu.ecenter.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Hình in vào PDF: PNG/JPEG/GIF giữ nguyên, WebP đổi thành PNG")
class PrintedPicturesTests {

    /** One-pixel WebP images, lossy (VP8) and lossless (VP8L), as browsers' feature tests use them. */
    static final String LOSSY_WEBP = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";

    static final String LOSSLESS_WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    @ParameterizedTest
    @ValueSource(strings = {LOSSY_WEBP, LOSSLESS_WEBP})
    @DisplayName("Hình WebP được giải mã và in thành PNG cùng kích thước")
    void aWebpPictureIsPrintedAsPng(String webp) throws IOException {
        String uri = PrintedPictures.dataUri(Base64.getDecoder().decode(webp), "image/webp")
                .orElseThrow();

        assertThat(uri).startsWith("data:image/png;base64,");
        var image =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertThat(image.getWidth()).isEqualTo(1);
        assertThat(image.getHeight()).isEqualTo(1);
    }

    @Test
    @DisplayName("Hình PNG đi vào PDF đúng như đã tải lên")
    void aPngPictureGoesInAsItIs() throws IOException {
        var png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);

        assertThat(PrintedPictures.dataUri(png.toByteArray(), "image/png"))
                .contains("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
    }

    @Test
    @DisplayName("Tệp WebP hỏng hay loại hình khác thì đề in không có hình, không lỗi")
    void aDamagedOrUnknownPictureIsLeftOut() {
        byte[] webp = Base64.getDecoder().decode(LOSSY_WEBP);

        assertThat(PrintedPictures.dataUri(Arrays.copyOf(webp, 20), "image/webp"))
                .isEmpty();
        assertThat(PrintedPictures.dataUri("<svg/>".getBytes(), "image/svg+xml"))
                .isEmpty();
    }
}
