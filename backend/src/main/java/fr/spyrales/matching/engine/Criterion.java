package fr.spyrales.matching.engine;

/** What a share of a score rewards. */
public enum Criterion {
    /** The mentor is above the mentee on a skill the mentee wants to learn (best: one or two levels). */
    SKILL,
    /** Both work with Python or R. */
    LANGUAGE,
    /** The mentor still has room: the more free places, the more points. */
    CAPACITY,
    /** Cross-ministry learning. */
    OTHER_MINISTRY,
    SAME_REGION
}
