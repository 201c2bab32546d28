package fr.spyrales.mentorship;

import java.util.UUID;

/**
 * Fired inside the transaction of every state change, so that notifications are written with it; the requests the
 * programme makes fire {@link MentorshipsProposed} instead, once for a batch.
 * `actorId` is null when the programme acted; `automatic` marks a withdrawal caused by another
 * mentor accepting the mentee.
 */
public record MentorshipChanged(
        UUID mentorshipId, MentorshipStatus from, MentorshipStatus to, UUID actorId, boolean automatic) {}
