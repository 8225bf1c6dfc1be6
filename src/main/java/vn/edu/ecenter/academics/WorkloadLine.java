package vn.edu.ecenter.academics;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/** One teacher on the workload report: the homeroom classes, the other reductions and the evaluated week. */
public record WorkloadLine(
        UUID staffId,
        String code,
        PersonName name,
        @Nullable String username,
        List<String> homeroomOf,
        List<Reduction> reductions,
        WorkloadRule.Workload workload) {}
