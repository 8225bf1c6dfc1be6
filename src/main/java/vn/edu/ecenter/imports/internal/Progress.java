package vn.edu.ecenter.imports.internal;

/** Where an import is: rows done out of the total (a background job shows it). */
@FunctionalInterface
interface Progress {

    Progress NONE = (done, total) -> {};

    void at(long done, long total);
}
