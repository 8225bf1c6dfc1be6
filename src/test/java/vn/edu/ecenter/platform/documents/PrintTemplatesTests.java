package vn.edu.ecenter.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

@DisplayName("Mẫu in của trung tâm: thay mẫu in ghi theo trí nhớ bằng mẫu chính thức mà không cần bản phát hành mới")
class PrintTemplatesTests {

    @TempDir
    Path folder;

    /** The centre's folder first, then "the application's own templates" (each answers with its name). */
    private SpringTemplateEngine engine() {
        StringTemplateResolver builtIn = new StringTemplateResolver() {
            @Override
            protected org.thymeleaf.templateresource.ITemplateResource computeTemplateResource(
                    org.thymeleaf.IEngineConfiguration configuration,
                    String ownerTemplate,
                    String template,
                    java.util.Map<String, Object> attributes) {
                return new org.thymeleaf.templateresource.StringTemplateResource("built-in " + template);
            }
        };
        builtIn.setTemplateMode(TemplateMode.HTML);
        builtIn.setOrder(1);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(PrintTemplates.overrides(folder.toString()));
        engine.addTemplateResolver(builtIn);
        return engine;
    }

    @Test
    @DisplayName("Mẫu có trong thư mục của trung tâm được dùng; mẫu in khác và các trang của ứng dụng giữ nguyên")
    void theCentresPrintTemplateIsUsedAndNothingElseChanges() throws IOException {
        Files.createDirectories(folder.resolve("prints"));
        Files.writeString(folder.resolve("prints/school-record.html"), "<p>Mẫu chính thức</p>");
        Files.writeString(folder.resolve("layout.html"), "<p>Không được thay trang của ứng dụng</p>");
        SpringTemplateEngine engine = engine();

        assertThat(engine.process("prints/school-record", new Context())).isEqualTo("<p>Mẫu chính thức</p>");
        assertThat(engine.process("prints/class-summary", new Context())).isEqualTo("built-in prints/class-summary");
        assertThat(engine.process("layout", new Context())).isEqualTo("built-in layout");
    }
}
