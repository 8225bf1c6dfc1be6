package vn.edu.ecenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.edu.ecenter.identity.Role;

/**
 * The user interface speaks Vietnamese first and English second, from message bundles only: every bundle has the same
 * keys in both languages, every key the templates and the code use exists, and templates hold no text of their own.
 */
@DisplayName("Đa ngôn ngữ: tiếng Việt và tiếng Anh")
class I18nTests {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
    private static final Pattern BUNDLE_FILE = Pattern.compile("(.+)_(vi|en)\\.properties");

    /** A key written literally in a template: {@code #{login.title}} or {@code #{home.greeting(${name})}}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[(}]");

    /** A key built from a literal prefix: {@code #{'role.' + ${role}}}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("#\\{\\s*'([\\w.-]+)'\\s*\\+");

    /** A Bean Validation message template: {@code message = "{identity.username.format}"}. */
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\"");

    /** A Java string literal shaped like a message key: {@code "identity.password.tooShort"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");

    /** Attributes a person reads or hears (screen readers); their text must come from the bundles too. */
    private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");

    /** Thymeleaf attributes that replace an element's content at render time: what it holds is a mock-up. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:errors");

    /** Thymeleaf attributes that replace the whole element by a fragment: what it holds is a mock-up too… */
    private static final List<String> FRAGMENTS = List.of("th:replace", "th:insert");

    /** …unless the fragment takes parts of this element as parameters: {@code layout :: page(~{::section})}. */
    private static final Pattern OWN_PARTS = Pattern.compile("~\\{\\s*::");

    @Test
    @DisplayName("Mỗi bộ thông điệp có cùng khóa ở tiếng Việt và tiếng Anh, không có giá trị rỗng")
    void everyBundleHasTheSameKeysInBothLanguages() {
        Map<String, Map<String, Properties>> bundles = bundles();
        assertThat(bundles).isNotEmpty();

        bundles.forEach((bundle, languages) -> {
            assertThat(languages.keySet()).as("languages of %s", bundle).containsExactlyInAnyOrder("vi", "en");
            Set<String> vietnamese = languages.get("vi").stringPropertyNames();
            Set<String> english = languages.get("en").stringPropertyNames();
            assertThat(difference(vietnamese, english))
                    .as("keys of %s only in Vietnamese", bundle)
                    .isEmpty();
            assertThat(difference(english, vietnamese))
                    .as("keys of %s only in English", bundle)
                    .isEmpty();
            languages.forEach((language, messages) -> assertThat(messages.stringPropertyNames().stream()
                            .filter(key -> messages.getProperty(key).isBlank()))
                    .as("empty messages in %s_%s", bundle, language)
                    .isEmpty());
        });
    }

    @Test
    @DisplayName("Không khóa nào bị khai báo hai lần trong một tệp")
    void noKeyIsDeclaredTwiceInAFile() throws IOException {
        for (Resource file : RESOURCES.getResources("classpath*:messages/*.properties")) {
            List<String> keys = file.getContentAsString(StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                    .map(line -> line.split("\\s*[=:]", 2)[0])
                    .toList();
            assertThat(keys).as("keys of %s", file.getFilename()).doesNotHaveDuplicates();
        }
    }

    @Test
    @DisplayName("Ứng dụng nạp mọi bộ thông điệp")
    void applicationLoadsEveryBundle() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Set<String> configured = Arrays.stream(
                        yaml.getObject().getProperty("spring.messages.basename").split(","))
                .map(String::strip)
                .collect(Collectors.toSet());

        assertThat(configured).isEqualTo(bundles().keySet());
    }

    @Test
    @DisplayName("Mọi khóa dùng trong giao diện đều có trong bộ thông điệp")
    void everyKeyUsedInTemplatesExists() {
        Set<String> keys = vietnameseKeys();
        Map<String, Set<String>> missing = new TreeMap<>();

        for (Resource template : templates()) {
            String html = read(template);
            Set<String> absent = new TreeSet<>();
            matches(LITERAL_KEY, html).filter(key -> !keys.contains(key)).forEach(absent::add);
            matches(KEY_PREFIX, html)
                    .filter(prefix -> keys.stream().noneMatch(key -> key.startsWith(prefix)))
                    .map(prefix -> prefix + "…")
                    .forEach(absent::add);
            if (!absent.isEmpty()) {
                missing.put(name(template), absent);
            }
        }

        assertThat(missing)
                .as("keys used in templates but missing from the bundles")
                .isEmpty();
    }

    @Test
    @DisplayName("Mọi vai trò có tên và tiêu đề trang chủ")
    void everyRoleHasANameAndAHomeHeading() {
        Set<String> keys = vietnameseKeys();

        assertThat(Arrays.stream(Role.values())
                        .flatMap(role -> Stream.of("role." + role, "home.heading." + role))
                        .filter(key -> !keys.contains(key)))
                .isEmpty();
    }

    @Test
    @DisplayName("Mọi khóa dùng trong mã Java đều có trong bộ thông điệp")
    void everyKeyUsedInJavaCodeExists() throws IOException {
        Set<String> keys = vietnameseKeys();
        Set<String> prefixes = keys.stream().map(key -> key.split("\\.")[0]).collect(Collectors.toSet());
        Map<String, Set<String>> missing = new TreeMap<>();

        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Set<String> absent = Stream.concat(
                                matches(VALIDATION_KEY, code),
                                matches(KEY_LITERAL, code).filter(key -> prefixes.contains(key.split("\\.")[0])))
                        .filter(key -> !keys.contains(key))
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!absent.isEmpty()) {
                    missing.put(source.getFileName().toString(), absent);
                }
            }
        }

        assertThat(missing)
                .as("message keys used in Java code but missing from the bundles")
                .isEmpty();
    }

    @Test
    @DisplayName("Giao diện không chứa chữ viết cứng ngoài các khóa thông điệp")
    void templatesHoldNoLiteralText() {
        Map<String, List<String>> literals = new TreeMap<>();

        for (Resource template : templates()) {
            var document = Jsoup.parse(read(template), "", Parser.htmlParser());
            List<String> found = new ArrayList<>();
            collectLiterals(document, found);
            if (!found.isEmpty()) {
                literals.put(name(template), found);
            }
        }

        assertThat(literals)
                .as("text in templates outside #{…} keys (put it in the bundles, or in an element with th:text)")
                .isEmpty();
    }

    private static void collectLiterals(Element element, List<String> found) {
        String tag = element.normalName();
        if (tag.equals("script") || tag.equals("style") || REPLACING.stream().anyMatch(element::hasAttr)) {
            return;
        }
        if (FRAGMENTS.stream()
                .anyMatch(fragment -> element.hasAttr(fragment)
                        && !OWN_PARTS.matcher(element.attr(fragment)).find())) {
            return;
        }
        for (String attribute : READ_ATTRIBUTES) {
            if (element.hasAttr(attribute) && hasLetters(element.attr(attribute))) {
                found.add("<" + tag + " " + attribute + "=\"" + element.attr(attribute) + "\">");
            }
        }
        for (TextNode text : element.textNodes()) {
            if (hasLetters(text.text())) {
                found.add("<" + tag + ">" + text.text().strip());
            }
        }
        element.children().forEach(child -> collectLiterals(child, found));
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Bundles by base name ({@code messages/identity}), each with its languages ({@code vi}, {@code en}). */
    private static Map<String, Map<String, Properties>> bundles() {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        try {
            for (Resource file : RESOURCES.getResources("classpath*:messages/*.properties")) {
                Matcher name = BUNDLE_FILE.matcher(file.getFilename());
                if (name.matches()) {
                    bundles.computeIfAbsent("messages/" + name.group(1), bundle -> new TreeMap<>())
                            .put(name.group(2), load(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundles;
    }

    private static Set<String> vietnameseKeys() {
        Set<String> keys = new HashSet<>();
        bundles().values().forEach(languages -> keys.addAll(languages.get("vi").stringPropertyNames()));
        return keys;
    }

    private static Properties load(Resource file) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<Resource> templates() {
        try {
            List<Resource> templates = List.of(RESOURCES.getResources("classpath*:templates/**/*.html"));
            assertThat(templates).isNotEmpty();
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's name as controllers use it: {@code identity/login.html}. */
    private static String name(Resource template) {
        try {
            String path = template.getURL().getPath();
            return path.substring(path.lastIndexOf("/templates/") + "/templates/".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(result -> result.group(1));
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
