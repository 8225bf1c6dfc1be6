package vn.edu.ecenter.platform.documents;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Lets a centre replace the layout of an official print without a new release. Several forms are printed from
 * memory of the official layouts (marked FROM MEMORY in their templates and in docs/gradebook/prints.md); when a
 * centre has the official form, it copies the template from the source ({@code src/main/resources/templates/prints/})
 * into the folder named by {@code ecenter.prints.template-dir}, under {@code prints/}, and adjusts it. A template in
 * that folder is used instead of the built-in one of the same name; the others stay as they are. Only templates under
 * {@code prints/} can be replaced: the pages of the application cannot.
 */
@Configuration(proxyBeanMethods = false)
class PrintTemplates {

    /** Before the application's own templates (see {@code spring.thymeleaf.template-resolver-order}). */
    static final int ORDER = 0;

    @Bean
    @ConditionalOnProperty("ecenter.prints.template-dir")
    FileTemplateResolver printTemplateOverrides(Environment environment) {
        return overrides(environment.getRequiredProperty("ecenter.prints.template-dir"));
    }

    /** A resolver of {@code prints/*} templates in the folder, passing on to the next resolver when a file is absent. */
    static FileTemplateResolver overrides(String folder) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(folder.endsWith("/") ? folder : folder + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("prints/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(ORDER);
        return resolver;
    }
}
