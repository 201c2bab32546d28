package fr.spyrales.mentorship;

import java.util.List;
import java.util.UUID;

/**
 * Fired once, inside their transaction, for the requests the programme made together (a batch of a confirmed
 * matching run, or an animateur's reassignment): new PENDING requests proposed by the programme, with no actor.
 * Those requests fire no {@link MentorshipChanged} of their own, so that their notifications and mails are written
 * in a few statements for the whole batch rather than one flush each.
 */
public record MentorshipsProposed(List<UUID> mentorshipIds) {}
