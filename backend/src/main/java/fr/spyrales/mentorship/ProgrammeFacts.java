package fr.spyrales.mentorship;

/**
 * What the rules of a programme's request read in the database about one pair, read for a whole batch at once
 * ({@link MentorshipRepository#programmeFacts}). See {@link RequestRules.Facts} for the meaning of each.
 */
record ProgrammeFacts(
        long mentorActive, boolean openBetween, boolean declinedBetween, boolean menteePaired, long menteePending) {}
