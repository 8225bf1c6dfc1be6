package vn.edu.ecenter.academics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Định mức tiết dạy GDTX theo TT 04/2026")
class WorkloadRuleTests {

    private static List<Integer> reductions(String list) {
        return list.isBlank()
                ? List.of()
                : java.util.Arrays.stream(list.split(" ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(
            name = "định mức {0}, GVCN {1}, giảm khác [{2}], dạy {3} → giảm tính {4}, phải dạy {5}, chênh {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # norm | homeroom | other reductions | assigned | counted | owed | balance
              17   | false    |                  | 17       | 0       | 17   | 0
              17   | false    |                  | 19       | 0       | 17   | 2
              17   | true     |                  | 13       | 4       | 13   | 0
              17   | true     |                  | 10       | 4       | 13   | -3
              17   | true     | 3                | 10       | 7       | 10   | 0
              17   | true     | 4                | 12       | 8       | 9    | 3
              17   | true     | 4 4              | 8.5      | 8.5     | 8.5  | 0
              17   | false    | 4 4 4            | 9        | 8.5     | 8.5  | 0.5
              16   | true     | 4 4              | 8        | 8       | 8    | 0
              0    | true     |                  | 2        | 0       | 0    | 2
            """)
    @DisplayName("Giảm trừ, trần 50 % và thừa/thiếu giờ")
    void evaluatesTheWeek(
            int norm, boolean homeroom, String others, String assigned, String counted, String owed, String balance) {
        var week = WorkloadRule.TT_04_2026.evaluate(
                norm, homeroom, reductions(others == null ? "" : others), new BigDecimal(assigned));
        assertThat(week.countedReduction()).isEqualByComparingTo(counted);
        assertThat(week.owed()).isEqualByComparingTo(owed);
        assertThat(week.balance()).isEqualByComparingTo(balance);
        assertThat(week.surplus()).isEqualTo(new BigDecimal(balance).signum() > 0);
        assertThat(week.shortfall()).isEqualTo(new BigDecimal(balance).signum() < 0);
    }

    @ParameterizedTest(name = "định mức {0}, GVCN {1}, đã giảm [{2}], thêm {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # norm | homeroom | existing | additional | admitted
              17   | false    |          | 4          | true
              17   | false    |          | 5          | false
              17   | false    |          | 0          | false
              17   | true     | 3        | 1          | true
              17   | true     | 3        | 2          | false
              17   | false    | 4 4      | 1          | false
              18   | true     | 4        | 1          | true
              18   | true     | 4 1      | 1          | false
            """)
    @DisplayName("Giảm thêm chỉ được nhận khi tổng giảm không quá 50 % định mức, mỗi lần 1–4 tiết")
    void admitsReductionsUpToHalfTheNorm(
            int norm, boolean homeroom, String existing, int additional, boolean admitted) {
        assertThat(WorkloadRule.TT_04_2026.admits(
                        norm, homeroom, reductions(existing == null ? "" : existing), additional))
                .isEqualTo(admitted);
    }

    @ParameterizedTest(name = "GVCN −{0}, trần {1} %: định mức 17 có GVCN → phải dạy {2}")
    @CsvSource({"4, 50, 13", "3, 50, 14", "4, 20, 13.6", "0, 50, 17"})
    @DisplayName("Mức giảm GVCN và trần do trung tâm cấu hình (FROM MEMORY)")
    void configurableRule(int homeroomReduction, int capPercent, String owed) {
        var rule = new WorkloadRule(homeroomReduction, capPercent);
        assertThat(rule.evaluate(17, true, List.of(), BigDecimal.ZERO).owed()).isEqualByComparingTo(owed);
    }
}
