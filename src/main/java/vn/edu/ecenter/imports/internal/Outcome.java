package vn.edu.ecenter.imports.internal;

/** What an import does with one row. */
enum Outcome {
    NEW,
    UPDATED,
    UNCHANGED,
    REJECTED
}
