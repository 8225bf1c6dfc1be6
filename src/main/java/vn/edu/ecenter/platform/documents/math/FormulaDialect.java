package vn.edu.ecenter.platform.documents.math;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #formulas.xhtml(text)}: user text with its formulas drawn for print, and {@code
 * #formulas.plain(text)}: the same on one line of plain characters, for drop-down options ({@link PrintedMath}).
 */
@Component
public class FormulaDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "formulas";

    public FormulaDialect() {
        super("ecenter-formulas");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public @Nullable Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? Formulas.INSTANCE : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The expression object: {@code #formulas.xhtml(text)}. */
    public static final class Formulas {

        static final Formulas INSTANCE = new Formulas();

        private Formulas() {}

        public String xhtml(@Nullable String text) {
            return PrintedMath.xhtml(text);
        }

        /** {@code #formulas.plain(text)}: the text with its formulas in plain characters ({@link PrintedMath#plain}). */
        public String plain(@Nullable String text) {
            return PrintedMath.plain(text);
        }
    }
}
