package vn.edu.ecenter.platform.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a Thymeleaf template to an A4 PDF. Templates are written as well-formed XHTML and use the shared layout
 * {@code documents/a4 :: document(...)} (margins, running header with the centre's name, "Trang X/Y").
 *
 * <p>Text is set in Liberation Serif (metric-compatible with Times New Roman, full Vietnamese coverage), read from the
 * {@code openpdf-fonts-extra} jar and embedded as a subset. Liberation Serif has few mathematical symbols (no ∈, ⊂, ∪,
 * ⇒, ℝ …): the layout names {@value #MATH_FONT_FAMILY} after it, bundled with the application ({@code fonts/dejavu/},
 * Bitstream Vera licence), and the printer takes a character that the first font lacks from the second. The output is
 * PDF/A-2u (archival, every font embedded).
 * Operating-system fonts are never used, and a document may
 * load nothing from outside (no images or stylesheets by URL), so user-entered text cannot make the server fetch
 * anything.
 */
@Component
public class PdfRenderer {

    /** The font family that print templates name in CSS. */
    public static final String FONT_FAMILY = "Liberation Serif";

    /** The family that supplies the mathematical symbols Liberation Serif lacks (one regular face). */
    public static final String MATH_FONT_FAMILY = "DejaVu Math TeX Gyre";

    private static final Face MATH_FACE = new Face("fonts/dejavu/DejaVuMathTeXGyre.ttf", 400, FontStyle.NORMAL);

    /**
     * Other names that get the same faces, so that a template asking for Times (the font of administrative documents)
     * or a generic serif still embeds a font with Vietnamese letters instead of the PDF's built-in Times.
     */
    static final List<String> ALIASES = List.of("Times New Roman", "Times", "serif");

    private static final List<Face> FACES = List.of(
            new Face("liberation/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("liberation/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("liberation/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("liberation/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    static {
        // openhtmltopdf announces every font load and render at INFO; keep its warnings only.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;
    private final List<LoadedFace> fonts;
    private final LoadedFace mathFont;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.fonts = FACES.stream().map(Face::load).toList();
        this.mathFont = MATH_FACE.load();
    }

    /** Renders {@code template} with the model in the given language and prints the result. */
    private static boolean embeddedPicture(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/");
    }

    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        return print(xhtml(template, model, locale));
    }

    /** The XHTML that {@link #render} prints, for checking a template in a browser or a test. */
    public String xhtml(String template, Map<String, ?> model, Locale locale) {
        var context = new Context(locale);
        model.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /**
     * Prints well-formed XHTML to PDF bytes. Control characters that XML forbids (pasted into a name from another
     * program, say) are dropped rather than failing the whole document.
     */
    public byte[] print(String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("eCenter");
        // PDF/A-2u: every font embedded, text extractable as Unicode; the archival format for records kept for years.
        // It also keeps the PDF's built-in (non-embedded, Latin-only) base fonts out of the resolver altogether.
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        // Nothing from outside; only pictures the document carries itself (data: URIs, e.g. a question's picture).
        builder.useExternalResourceAccessControl(
                PdfRenderer::embeddedPicture, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                PdfRenderer::embeddedPicture, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        for (LoadedFace face : fonts) {
            builder.useFont(face::open, FONT_FAMILY, face.weight(), face.style(), true);
            for (String alias : ALIASES) {
                builder.useFont(face::open, alias, face.weight(), face.style(), true);
            }
        }
        builder.useFont(mathFont::open, MATH_FONT_FAMILY, mathFont.weight(), mathFont.style(), true);
        builder.withHtmlContent(NOT_XML.matcher(xhtml).replaceAll(""), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print the document to PDF", e);
        }
        return out.toByteArray();
    }

    private record Face(String resource, int weight, FontStyle style) {

        LoadedFace load() {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font " + resource + " is missing from the classpath");
                }
                return new LoadedFace(in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled font " + resource, e);
            }
        }
    }

    private record LoadedFace(byte[] bytes, int weight, FontStyle style) {

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
