package fr.spyrales.animation;

import fr.spyrales.mentorship.MentorshipStatus;
import java.time.LocalDate;
import java.util.UUID;

/** The filters of the list of all pairings. */
record PairingFilter(
        MentorshipStatus status, UUID organizationId, String regionCode, LocalDate startedFrom, LocalDate startedTo) {}
