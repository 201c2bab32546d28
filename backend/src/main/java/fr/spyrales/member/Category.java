package fr.spyrales.member;

/** The French civil-service category. */
public enum Category {
    A,
    B,
    C
}
