package fr.spyrales.matching.engine;

/**
 * One part of a score, in hundredths of a point. `subject` is the skill index (SKILL, LANGUAGE),
 * the mentor's ministry (OTHER_MINISTRY) or region (SAME_REGION); for CAPACITY, the free places.
 */
public record ScoreShare(Criterion criterion, int subject, int mentorValue, int menteeValue, int hundredths) {}
