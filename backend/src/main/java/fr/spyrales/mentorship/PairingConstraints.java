package fr.spyrales.mentorship;

import fr.spyrales.common.ConstraintConflicts;
import java.util.Map;

/** The pairing rules the database backs with named constraints: a lost race on one of them reads as a clear 409. */
final class PairingConstraints {
    private static final Map<String, String> DETAILS = Map.of(
            "mentorship_mentor_capacity", "Le mentor a atteint sa capacité d'accompagnement.",
            "mentorship_active_mentee_key", "La personne accompagnée a déjà un mentorat en cours.",
            "mentorship_open_pair_key", "Une demande ou un mentorat est déjà en cours entre ces deux personnes.");

    private PairingConstraints() {}

    /** Flushes the pending changes, so that the database checks its rules now. */
    static void flush(MentorshipRepository mentorships) {
        ConstraintConflicts.check(mentorships::flush, DETAILS);
    }
}
