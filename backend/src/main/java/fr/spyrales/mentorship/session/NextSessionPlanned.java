package fr.spyrales.mentorship.session;

import java.util.UUID;

/**
 * Fired inside the transaction when a party plans (or moves) the next session of a pairing; `detail` says when and
 * where, in French.
 */
public record NextSessionPlanned(UUID mentorshipId, UUID actorId, String detail) {}
