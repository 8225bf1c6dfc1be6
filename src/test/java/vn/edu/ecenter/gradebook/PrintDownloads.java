package vn.edu.ecenter.gradebook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.TestAccounts;

/** Downloading a print through the JSON API as a teacher, and reading back the text of the PDF. */
final class PrintDownloads {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private PrintDownloads() {}

    /** {@code GET path} with the teacher's bearer token (signed in for the call), the body as bytes. */
    static HttpResponse<byte[]> get(int port, String path, Teacher teacher) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", bearer(port, teacher))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The value of an Authorization header for the teacher: a fresh bearer token. */
    static String bearer(int port, Teacher teacher) {
        return "Bearer "
                + Browser.at(port)
                        .postJson(
                                "/api/v1/auth/token",
                                "{\"username\":\"" + teacher.username() + "\",\"password\":\"" + TestAccounts.PASSWORD
                                        + "\"}")
                        .json()
                        .get("access_token")
                        .asString();
    }

    /** The text of a PDF, in reading order. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
