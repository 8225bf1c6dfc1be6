package vn.edu.ecenter.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import vn.edu.ecenter.shared.PersonName;

/**
 * Realistic Vietnamese names for demo people, drawn from a seeded generator so that every demo centre is the same.
 * Family names follow their rough shares in southern Viet Nam (Nguyễn about a third; Huỳnh and Võ more common than
 * in the north); given names repeat, as they do in real classes, so that class lists show the tên-đệm-họ order.
 */
final class DemoNames {

    private record Weighted(String value, int weight) {}

    private static final List<Weighted> FAMILY = List.of(
            new Weighted("Nguyễn", 340),
            new Weighted("Trần", 110),
            new Weighted("Lê", 95),
            new Weighted("Phạm", 65),
            new Weighted("Huỳnh", 50),
            new Weighted("Võ", 45),
            new Weighted("Phan", 40),
            new Weighted("Trương", 25),
            new Weighted("Đặng", 22),
            new Weighted("Bùi", 20),
            new Weighted("Đỗ", 16),
            new Weighted("Hồ", 15),
            new Weighted("Ngô", 14),
            new Weighted("Dương", 12),
            new Weighted("Lý", 8),
            new Weighted("Hoàng", 12),
            new Weighted("Vũ", 10),
            new Weighted("Đinh", 8),
            new Weighted("Lâm", 7),
            new Weighted("Mai", 6),
            new Weighted("Tô", 5),
            new Weighted("Châu", 5),
            new Weighted("Thái", 4),
            new Weighted("Tạ", 3));

    private static final List<String> MALE_MIDDLE = List.of(
            "Văn",
            "Văn",
            "Văn",
            "Minh",
            "Quốc",
            "Hoàng",
            "Đức",
            "Thanh",
            "Gia",
            "Anh",
            "Hữu",
            "Công",
            "Tấn",
            "Nhật",
            "Trọng",
            "Minh Đức",
            "Hoàng Gia",
            "Bảo");

    private static final List<String> FEMALE_MIDDLE = List.of(
            "Thị",
            "Thị",
            "Thị",
            "Ngọc",
            "Thanh",
            "Thu",
            "Bảo",
            "Phương",
            "Mỹ",
            "Kim",
            "Thị Ngọc",
            "Hoài",
            "Khánh",
            "Thị Mỹ",
            "Quỳnh",
            "Diễm",
            "Minh");

    private static final List<String> MALE_GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Đạt", "Duy", "Hải", "Hiếu", "Hoàng", "Huy", "Hùng", "Khang", "Khoa", "Kiên",
            "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành",
            "Thịnh", "Tín", "Toàn", "Trí", "Trung", "Tuấn", "Việt", "Vinh", "Vũ", "Khôi", "Bảo", "Nhân", "Tâm");

    private static final List<String> FEMALE_GIVEN = List.of(
            "An", "Anh", "Ánh", "Châu", "Chi", "Diễm", "Dung", "Giang", "Hà", "Hân", "Hằng", "Hạnh", "Hiền", "Hoa",
            "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương",
            "Quỳnh", "Tâm", "Thảo", "Thư", "Trang", "Trâm", "Tuyết", "Uyên", "Vy", "Yến", "Như", "Thùy", "Khánh");

    private static final int FAMILY_TOTAL =
            FAMILY.stream().mapToInt(Weighted::weight).sum();

    private final RandomGenerator random;

    DemoNames(RandomGenerator random) {
        this.random = random;
    }

    PersonName next(boolean female) {
        String family = family();
        String middle = pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
        String given = pick(female ? FEMALE_GIVEN : MALE_GIVEN);
        return PersonName.of(family, middle, given);
    }

    String family() {
        int ticket = random.nextInt(FAMILY_TOTAL);
        for (Weighted name : FAMILY) {
            ticket -= name.weight();
            if (ticket < 0) {
                return name.value();
            }
        }
        throw new IllegalStateException("weights");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
