package vn.edu.ecenter.academics;

import java.util.List;
import java.util.UUID;

/** An elective combination (tổ hợp môn), e.g. "KHTN1": Vật lí, Hóa học, Sinh học, Tin học. */
public record CombinationView(UUID id, String code, String name, List<String> subjectCodes) {}
