package vn.edu.ecenter.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.Xlsx;

/**
 * The speed target of issue 3: importing 5,000 learners from .xlsx with full validation in under 10 s. Generates a file
 * of 5,000 learners with realistic names, personal ID numbers, phones and a guardian each, then times, each in its own
 * transaction: the dry run, the real import, and the re-import of the same file (all unchanged). Run with {@code
 * bench/learner-import.sh} (or {@code -Dbench=true}); the results go to {@code target/bench/learner-import.txt}.
 */
@EcenterTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LearnerImportBenchmark {

    static final int LEARNERS = 5_000;

    static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Hoàng", "Ngọc", "Thanh", "Quốc", "Thị Ánh", "Gia"};
    static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Hà", "Khánh", "Linh", "Nam", "Phúc", "Tuyết", "Vy"};

    @Autowired
    Imports imports;

    @Autowired
    TestAccounts accounts;

    @Test
    void importsFiveThousandLearners() throws IOException {
        var random = new Random(2026);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<Object[]> rows = new ArrayList<>();
        rows.add(ImportFixtures.LEARNER_HEADER);
        for (int i = 0; i < LEARNERS; i++) {
            boolean female = random.nextBoolean();
            int year = 2005 + random.nextInt(5);
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            int century = (year / 100 - 19) * 2 + (female ? 1 : 0);
            String citizenId = "079" + century + String.format("%02d", year % 100) + String.format("%06d", i);
            Object birth = i % 2 == 0
                    ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
            rows.add(new Object[] {
                "B" + run + String.format("%05d", i),
                name,
                birth,
                female ? "Nữ" : "Nam",
                citizenId,
                "09" + String.format("%08d", random.nextInt(100_000_000)),
                "hv" + i + "@example.vn",
                "Trần Văn " + GIVEN[random.nextInt(GIVEN.length)],
                "Cha",
                "08" + run.hashCode() % 10 + String.format("%07d", i)
            });
        }
        long start = System.nanoTime();
        byte[] xlsx = Xlsx.workbook().sheet("Học viên", rows).bytes();
        long generated = millisSince(start);

        var clerk = SignedIn.as("vanthu", accounts.demoCentre(), Role.CLERK);
        long dryRun = time(() -> SignedIn.call(
                clerk, () -> imports.run(ImportKind.LEARNERS, xlsx, "b.xlsx", null, true, ImportMode.ALL)));
        ImportReport[] real = new ImportReport[1];
        long importing = time(() -> real[0] = SignedIn.call(
                clerk, () -> imports.run(ImportKind.LEARNERS, xlsx, "b.xlsx", null, false, ImportMode.ALL)));
        ImportReport[] again = new ImportReport[1];
        long reimport = time(() -> again[0] = SignedIn.call(
                clerk, () -> imports.run(ImportKind.LEARNERS, xlsx, "b.xlsx", null, false, ImportMode.ALL)));

        assertThat(real[0].created()).as(real[0].errors().toString()).isEqualTo(LEARNERS);
        assertThat(again[0].unchanged()).isEqualTo(LEARNERS);
        String result = String.format(
                "learners=%d file=%d KB generate=%d ms dryRun=%d ms import=%d ms reimport=%d ms cores=%d load=%.2f%n",
                LEARNERS,
                xlsx.length / 1024,
                generated,
                dryRun,
                importing,
                reimport,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.print(result);
        Path out = Path.of("target", "bench", "learner-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out, result, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return millisSince(start);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
