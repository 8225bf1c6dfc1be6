package vn.edu.ecenter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript against the running application: keeps its cookies (the session), follows no redirect,
 * and sends forms with the CSRF token of its session the way a page's form does. Each instance is one visitor.
 */
public final class Browser {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    public static Browser at(int port) {
        return new Browser(port);
    }

    /** A new browser already signed in (the sign-in must succeed). */
    public static Browser signedIn(int port, String username, String password) {
        Browser browser = at(port);
        Page landed = browser.signIn(username, password);
        assertThat(landed.status()).as("sign-in of %s", username).isEqualTo(302);
        assertThat(landed.location()).as("sign-in of %s", username).doesNotStartWith("/login");
        return browser;
    }

    /** The "Authorization: Bearer …" header pair of the user's API token ({@code POST /api/v1/auth/token}). */
    public static String[] bearer(int port, String username, String password) {
        Page token = at(port).postJson(
                        "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).as("token of %s", username).isEqualTo(200);
        return new String[] {
            "Authorization", "Bearer " + token.json().get("access_token").asString()
        };
    }

    /** Opens the sign-in page and submits it, as a person would; returns the answer to the submission. */
    public Page signIn(String username, String password) {
        return post("/login", "username", username, "password", password);
    }

    public Page get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Downloads a file (an Excel export, a PDF) in this session; the body stays bytes. */
    public HttpResponse<byte[]> download(String path) {
        return downloadWith(path);
    }

    /** Downloads a file with extra headers (a bearer token for the API). */
    public HttpResponse<byte[]> downloadWith(String path, String... headers) {
        try {
            var response = CLIENT.send(request(path, headers).GET().build(), BodyHandlers.ofByteArray());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method without a body (PUT, DELETE, PATCH …), with this session's CSRF token in the header. */
    public Page call(String method, String path, String... headers) {
        return send(request(path, headers).header("X-CSRF-TOKEN", csrfToken()).method(method, BodyPublishers.noBody()));
    }

    /** Submits a form with this session's CSRF token. Pairs are name, value; a name may repeat (check boxes). */
    public Page post(String path, String... pairs) {
        List<String> withToken = new ArrayList<>(List.of(pairs));
        withToken.add("_csrf");
        withToken.add(csrfToken());
        return postWithoutCsrf(path, withToken.toArray(String[]::new));
    }

    /** Submits a form as a forged cross-site request would: without a valid CSRF token. */
    public Page postWithoutCsrf(String path, String... pairs) {
        return submit(path, List.of(), pairs);
    }

    /** Submits exactly the given fields (no CSRF token added) with extra request headers such as {@code HX-Request}. */
    public Page submit(String path, List<String> headers, String... pairs) {
        return send(request(path, headers.toArray(String[]::new))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(encode(pairs))));
    }

    public Page postJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    public Page putJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    public Page getJson(String path, String... headers) {
        return send(request(path, headers).header("Accept", "application/json").GET());
    }

    /** A multipart form with text fields and one file; the CSRF token goes in the header, as htmx sends it. */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, byte[] content) {
        return postMultipart(path, fields, fileField, "upload.bin", content);
    }

    /** The same, with the file's name as the browser sends it. */
    public Page postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        return send(multipart(path, fields, fileField, fileName, content).header("X-CSRF-TOKEN", csrfToken()));
    }

    /** A multipart request to the API with one file, authorised by the given headers (a bearer token). */
    public Page postFileToApi(String path, String fileField, String fileName, byte[] content, String... headers) {
        return send(
                multipart(path, Map.of(), fileField, fileName, content, headers).header("Accept", "application/json"));
    }

    private HttpRequest.Builder multipart(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            byte[] content,
            String... headers) {
        String boundary = "----ecenter" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return request(path, headers)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /**
     * A CSRF token of this session, read from a form as the browser would see it: the sign-in page for a visitor, the
     * password page for a signed-in user (both are always reachable).
     */
    public String csrfToken() {
        Page page = get("/login");
        if (page.status() == 302) {
            page = get("/account/password");
        }
        Element input = page.document().selectFirst("input[name=_csrf]");
        assertThat(input)
                .as("CSRF field on the page (status %d)", page.status())
                .isNotNull();
        return input.attr("value");
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Puts a cookie into the jar, e.g. a session id taken from another browser or an expired one. */
    public Browser withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public Optional<String> sessionId() {
        return cookie("SESSION");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        return builder;
    }

    private Page send(HttpRequest.Builder builder) {
        try {
            var response = CLIENT.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return new Page(response.statusCode(), response.headers(), response.body(), base);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        String name = parts[0].substring(0, equals).strip();
        String value = parts[0].substring(equals + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
            if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String... pairs) {
        var encoded = new ArrayList<String>();
        for (int i = 0; i < pairs.length; i += 2) {
            encoded.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", encoded);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
