package vn.edu.ecenter.gradebook.prints;

/**
 * The PDF a batch print made, kept in the file store: its file name, its content address (SHA-256), how many learners'
 * học bạ it holds and how many pages.
 */
public record PrintedBatch(String fileName, String sha256, int learners, int pages) {}
