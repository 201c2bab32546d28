package fr.spyrales.notification;

import fr.spyrales.common.security.Roles;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipLookup;
import fr.spyrales.mentorship.report.ReportFiled;
import fr.spyrales.mentorship.report.ReportResolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who hears about reports, in the app only: every animateur hears of a new one, except the parties of the pairing
 * (a report may be about them); its author hears that it was resolved. Observed inside the transaction that files
 * or resolves it, so the notifications are written with it or not at all.
 */
@ApplicationScoped
public class ReportNotifications {
    private final MentorshipLookup mentorships;
    private final MemberRepository members;
    private final Notifier notifier;

    ReportNotifications(MentorshipLookup mentorships, MemberRepository members, Notifier notifier) {
        this.mentorships = mentorships;
        this.members = members;
        this.notifier = notifier;
    }

    void onFiled(@Observes ReportFiled filed) {
        Mentorship m = mentorships.pairing(filed.mentorshipId());
        Member author = m.isMentor(filed.authorId()) ? m.mentor : m.mentee;
        for (Member animateur : members.activeWithRole(Roles.ANIMATEUR)) {
            if (!m.isParty(animateur.id)) {
                notifier.sendToSupervisor(NotificationKind.MENTORSHIP_REPORTED, m, animateur, author);
            }
        }
    }

    void onResolved(@Observes ReportResolved resolved) {
        Mentorship m = mentorships.pairing(resolved.mentorshipId());
        Member author = m.isMentor(resolved.authorId()) ? m.mentor : m.mentee;
        notifier.send(Notice.of(NotificationKind.MENTORSHIP_REPORT_RESOLVED, m, author)
                .quoting(resolved.note()));
    }
}
