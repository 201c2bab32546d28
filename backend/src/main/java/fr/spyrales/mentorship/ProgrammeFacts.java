package fr.spyrales.mentorship;

/**
 * What the rules of a programme's request read in the database about one pair, read for a whole batch at once
 * ({@link MentorshipRepository#programmeFacts}). See {@link RequestRules.Facts} for the meaning of
 * each; a suspended account (an admin's decision) can neither ask nor answer.
 */
record ProgrammeFacts(
        long mentorActive,
        boolean openBetween,
        boolean declinedBetween,
        boolean menteePaired,
        long menteePending,
        boolean menteeSuspended,
        boolean mentorSuspended) {}
