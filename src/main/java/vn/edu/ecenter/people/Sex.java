package vn.edu.ecenter.people;

/** Sex as the sector database records it (giới tính). */
public enum Sex {
    MALE,
    FEMALE
}
