package vn.edu.ecenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nguyễn Văn An|Nguyễn Văn An",
                "  Nguyễn Văn An |Nguyễn Văn An",
                "Nguyễn  Văn   An|Nguyễn Văn An",
                "Nguyễn\tVăn\u00A0An|Nguyễn Văn\u00A0An",
                "Lê \t Thị|Lê Thị",
                "An|An"
            },
            ignoreLeadingAndTrailingWhitespace = false)
    void cleaningTrimsAndCollapsesWhiteSpace(String typed, String clean) {
        assertThat(VietnameseText.clean(typed)).isEqualTo(clean);
    }

    @Test
    void cleaningJoinsLinesWithASpace() {
        assertThat(VietnameseText.clean("Lê\r\n Thị\n")).isEqualTo("Lê Thị");
    }

    @Test
    void cleaningComposesDecomposedLettersAndLeavesCleanTextAsItIs() {
        String decomposed = Normalizer.normalize("Trần Thị Ánh", Normalizer.Form.NFD);
        String clean = "Trần Thị Ánh";

        assertThat(VietnameseText.clean(decomposed)).isEqualTo(clean).isNotEqualTo(decomposed);
        assertThat(VietnameseText.clean(clean)).isSameAs(clean);
    }

    @Test
    void theKeptKeysOrderNamesExactlyAsTheVietnameseCollatorDoes() {
        List<String> names = new ArrayList<>(List.of(
                "Ánh", "Anh", "An", "Ân", "Ấn", "Bình", "Đức", "Dũng", "Ă", "Â", "Yến", "Ý", "Ơn", "Ôn", "On", "Ưng",
                "Ung", "Hòa", "Hoà", "Hóa", "Hỏa", "Hõa", "Họa", "Hoa"));
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        List<String> expected = new ArrayList<>(names);
        expected.sort(collator);

        names.sort(VietnameseText.order());

        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(VietnameseText.compare("Ánh", "Anh")).isEqualTo(collator.compare("Ánh", "Anh"));
    }
}
