package fr.spyrales.mentorship.report;

import fr.spyrales.common.ApiException;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may do what with reports. A report may be about the other party, so a party reads only the reports they
 * wrote; the supervisors (animateurs, admins) read and resolve the reports of the pairings they are not part of.
 * Pairings stay invisible (404) to anyone else, as everywhere in mentorship.
 */
@ApplicationScoped
public class ReportAccess {
    static final String PARTIES_ONLY =
            "Seules les deux personnes du binôme peuvent signaler un problème sur ce mentorat.";
    static final String SUPERVISORS_ONLY = "Les signalements sont traités par les animateurs et les administrateurs.";
    static final String NOT_ON_OWN_PAIRING =
            "Vous faites partie de ce binôme : un autre animateur ou administrateur " + "traitera ce signalement.";

    private final MentorshipAccess mentorships;

    ReportAccess(MentorshipAccess mentorships) {
        this.mentorships = mentorships;
    }

    /** What the viewer reads of a pairing's reports: all of them, or only those of one author. */
    record Scope(Mentorship mentorship, UUID onlyAuthor) {}

    /** A party reports, in any state of the pairing. Locks it, so that concurrent reports count one another. */
    Mentorship forFiling(UUID mentorshipId, Viewer viewer) {
        return mentorships.lockedForParty(mentorshipId, viewer, PARTIES_ONLY);
    }

    /** A party reads their own reports, a supervisor who is not a party all of them. */
    Scope forReading(UUID mentorshipId, Viewer viewer) {
        Mentorship mentorship = mentorships.visible(mentorshipId, viewer);
        return new Scope(mentorship, mentorship.isParty(viewer.id()) ? viewer.id() : null);
    }

    /** A supervisor who is not a party of the pairing. */
    Mentorship forResolving(UUID mentorshipId, Viewer viewer) {
        Mentorship mentorship = mentorships.visible(mentorshipId, viewer);
        requireSupervisor(viewer);
        if (mentorship.isParty(viewer.id())) {
            throw ApiException.forbidden(NOT_ON_OWN_PAIRING);
        }
        return mentorship;
    }

    /** The list of every pairing's reports. */
    void requireSupervisor(Viewer viewer) {
        if (!viewer.supervisor()) {
            throw ApiException.forbidden(SUPERVISORS_ONLY);
        }
    }
}
