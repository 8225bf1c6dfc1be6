package vn.edu.ecenter.assessment.questions;

/** How hard the author judges a question (độ khó); the statistics measure it afterwards as the share answering right. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
