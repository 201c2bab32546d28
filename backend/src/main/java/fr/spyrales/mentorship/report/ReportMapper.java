package fr.spyrales.mentorship.report;

import fr.spyrales.member.Member;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipDtos.Role;
import fr.spyrales.mentorship.report.ReportDtos.Person;
import fr.spyrales.mentorship.report.ReportDtos.ReportView;

/** Reports as the API shows them. Runs no query: the repository fetches the pairing and people with the report. */
final class ReportMapper {
    private ReportMapper() {}

    static ReportView view(MentorshipReport r) {
        Mentorship m = r.mentorship;
        return new ReportView(
                r.id,
                m.id,
                person(m.mentee),
                person(m.mentor),
                person(r.author),
                m.isMentor(r.author.id) ? Role.MENTOR : Role.MENTEE,
                r.message,
                r.status,
                r.createdAt,
                r.resolvedAt,
                r.resolvedBy == null ? null : r.resolvedBy.displayName,
                r.resolutionNote);
    }

    private static Person person(Member member) {
        return new Person(member.id, member.displayName);
    }
}
