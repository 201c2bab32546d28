package fr.spyrales.mentorship;

import java.util.UUID;

/** Fired inside the transaction when a party moves the planned end of a pairing; `detail` says from when to when. */
public record MentorshipRescheduled(UUID mentorshipId, UUID actorId, String detail) {}
