package vn.edu.ecenter.people;

/** How a guardian is related to a learner (quan hệ). */
public enum Relation {
    FATHER,
    MOTHER,
    GRANDPARENT,
    SIBLING,
    OTHER
}
