package vn.edu.ecenter.people;

/**
 * Who must consent to the processing of a learner's data (Law 91/2025; the ages are FROM MEMORY, inherited from NĐ
 * 13/2023 and configurable): below the consent age (16) the legal representative; from 7 years the child also gives
 * their own consent.
 *
 * @param age the learner's age in whole years today
 * @param guardianRequired whether a guardian's consent is required
 * @param learnerAlso whether the learner's own consent is also asked for
 */
public record ConsentRule(int age, boolean guardianRequired, boolean learnerAlso) {}
