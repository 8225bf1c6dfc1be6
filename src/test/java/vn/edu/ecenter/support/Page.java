package vn.edu.ecenter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of the application, as a {@link Browser} received it. */
public record Page(int status, HttpHeaders headers, String body, String base) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A frame of a Java stack trace ("at vn.edu.Foo.bar(Foo.java:12)") or the name of an exception class. */
    private static final Pattern JAVA_INTERNALS =
            Pattern.compile("(\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\))|(\\b[\\w$.]*(Exception|Error)\\b)"
                    + "|(\\bjava\\.(lang|io|sql|util)\\.)|(\\borg\\.(springframework|apache|postgresql)\\.)");

    /** The redirect target as a path ({@code /login?error}), whether the server sent it relative or absolute. */
    public @Nullable String location() {
        String location = header("Location");
        if (location == null) {
            return null;
        }
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    public @Nullable String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public Document document() {
        return Jsoup.parse(body);
    }

    /** The visible text of the page's main area (without the layout's navigation and footer). */
    public String mainText() {
        var main = document().selectFirst("main");
        return main == null ? document().text() : main.text();
    }

    public JsonNode json() {
        return JSON.readTree(body);
    }

    /** Error answers show a clear message, never how the server failed inside. */
    public Page showsNoJavaInternals() {
        assertThat(JAVA_INTERNALS.matcher(body).results().map(r -> r.group()).toList())
                .as("Java internals in the answer to a request (status %d)", status)
                .isEmpty();
        return this;
    }
}
