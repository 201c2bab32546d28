package fr.spyrales.matching.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a share of a score rewards. */
@Schema(
        name = "MatchCriterion",
        description = "SKILL : écart de niveau sur une compétence à développer ; LANGUAGE : Python ou R en commun ; "
                + "CAPACITY : places libres du mentor ; OTHER_MINISTRY : autre ministère ; SAME_REGION : même région.")
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
