package fr.spyrales.mentorship;

import fr.spyrales.member.Member;
import fr.spyrales.member.MemberDtos.OrganizationRef;
import fr.spyrales.mentorship.MentorshipDtos.Contact;
import fr.spyrales.mentorship.MentorshipDtos.GoalProgress;
import fr.spyrales.mentorship.MentorshipDtos.HistoryEntry;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipSummary;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipView;
import fr.spyrales.mentorship.MentorshipDtos.Party;
import fr.spyrales.mentorship.MentorshipDtos.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Pairings as the API shows them. Runs no query: the services pass what it needs, read in batches. */
final class MentorshipMapper {
    private static final GoalProgress NO_GOALS = new GoalProgress(0, 0);

    private MentorshipMapper() {}

    /**
     * The pairing as the viewer may see it. A supervisor who is not a party gets what supervision needs (parties,
     * state, dates, goal progress, the history of changes) without what the parties wrote: the request's message and
     * the history's comments are left out, as are contacts.
     *
     * @param history the latest lines of its history, oldest first
     * @param historyTotal how many lines the whole history has
     * @param progress its goals done out of total, null when it has none
     */
    static MentorshipView view(
            Mentorship m, UUID viewerId, List<MentorshipEvent> history, long historyTotal, GoalProgress progress) {
        boolean seenByParty = m.isParty(viewerId);
        // Contacts are shared between the two parties once the pairing started.
        boolean contactVisible = m.startedAt != null && seenByParty;
        List<MentorshipAction> allowed = Arrays.stream(MentorshipAction.values())
                .filter(a -> a.from.contains(m.status) && a.allowedFor(m.isMentor(viewerId), m.isMentee(viewerId)))
                .toList();
        return new MentorshipView(
                m.id,
                m.status,
                role(m, viewerId),
                party(m.mentee, contactVisible),
                party(m.mentor, contactVisible),
                seenByParty ? m.message : null,
                m.proposedByProgramme,
                m.requestedAt,
                m.startedAt,
                m.plannedEndDate,
                m.endedAt,
                progress == null ? NO_GOALS : progress,
                allowed,
                history.stream().map(e -> entry(e, seenByParty)).toList(),
                (int) historyTotal);
    }

    /** @param progress goals done out of total by pairing; pairings without goals are absent */
    static List<MentorshipSummary> summaries(List<Mentorship> page, UUID viewerId, Map<UUID, GoalProgress> progress) {
        return page.stream()
                .map(m -> new MentorshipSummary(
                        m.id,
                        m.status,
                        role(m, viewerId),
                        party(m.isMentor(viewerId) ? m.mentee : m.mentor, m.startedAt != null),
                        m.proposedByProgramme,
                        m.requestedAt,
                        m.startedAt,
                        m.endedAt,
                        progress.getOrDefault(m.id, NO_GOALS)))
                .toList();
    }

    /** The histories of several pairings, by pairing, in the order of `events`, comments included. */
    static Map<UUID, List<HistoryEntry>> histories(List<MentorshipEvent> events) {
        return events.stream()
                .collect(Collectors.groupingBy(
                        e -> e.mentorship.id, Collectors.mapping(e -> entry(e, true), Collectors.toList())));
    }

    static Role role(Mentorship m, UUID viewerId) {
        return m.isMentor(viewerId) ? Role.MENTOR : m.isMentee(viewerId) ? Role.MENTEE : Role.SUPERVISOR;
    }

    private static HistoryEntry entry(MentorshipEvent e, boolean withComment) {
        return new HistoryEntry(
                e.fromStatus,
                e.toStatus,
                e.actor == null ? null : e.actor.id,
                e.actor == null ? null : e.actor.displayName,
                e.reason,
                withComment ? e.comment : null,
                e.occurredAt);
    }

    private static Party party(Member member, boolean withContact) {
        OrganizationRef organization = member.organization == null
                ? null
                : new OrganizationRef(member.organization.id, member.organization.name, member.organization.acronym);
        Contact contact = withContact && !member.isErased() ? new Contact(member.email, member.tchapHandle) : null;
        return new Party(member.id, member.displayName, organization, member.jobTitle, contact);
    }
}
