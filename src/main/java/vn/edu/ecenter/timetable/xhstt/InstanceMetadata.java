package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/** Who made an instance, where it comes from: the {@code <MetaData>} the format asks every instance to carry. */
public record InstanceMetadata(
        String name,
        String contributor,
        String date,
        String country,
        String description,
        @Nullable String remarks) {}
