package vn.edu.ecenter.platform.jobs;

/**
 * The kind of a background job, e.g. {@code audit.verify} or {@code learners.import}. Exactly one {@link JobHandler}
 * runs each type; the page shows it with the message {@code job.type.<name>}.
 */
public record JobType(String name) {

    public JobType {
        if (!name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*")) {
            throw new IllegalArgumentException("Job type names are dotted lowerCamelCase words: " + name);
        }
    }

    public String labelKey() {
        return "job.type." + name;
    }
}
