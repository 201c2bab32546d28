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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MentorshipMapper {
    /** History entries a pairing's view embeds, the most recent ones. */
    static final int HISTORY_SHOWN = 50;

    private final EntityManager em;

    MentorshipMapper(EntityManager em) {
        this.em = em;
    }

    /**
     * The pairing as the viewer may see it. A supervisor who is not a party gets what supervision needs (parties,
     * state, dates, goal progress, the history of changes) without what the parties wrote: the request's message and
     * the history's comments are left out, as are contacts.
     */
    public MentorshipView view(Mentorship m, UUID viewerId) {
        boolean seenByParty = m.isParty(viewerId);
        // Pauses and date changes can repeat: the view embeds the latest entries only, and says how many there are.
        List<HistoryEntry> history = new ArrayList<>(em.createQuery(
                        "from MentorshipEvent e left join fetch e.actor where e.mentorship.id = :id order by e.occurredAt desc, e.id desc",
                        MentorshipEvent.class)
                .setParameter("id", m.id).setMaxResults(HISTORY_SHOWN).getResultList().stream()
                .map(e -> new HistoryEntry(e.fromStatus, e.toStatus, e.actor == null ? null : e.actor.id,
                        e.actor == null ? null : e.actor.displayName, e.reason, seenByParty ? e.comment : null, e.occurredAt))
                .toList());
        Collections.reverse(history);
        long historyTotal = history.size() < HISTORY_SHOWN ? history.size()
                : em.createQuery("select count(e) from MentorshipEvent e where e.mentorship.id = :id", Long.class)
                        .setParameter("id", m.id).getSingleResult();
        // Contacts are shared between the two parties once the pairing started.
        boolean contactVisible = m.startedAt != null && seenByParty;
        List<MentorshipAction> allowed = Arrays.stream(MentorshipAction.values())
                .filter(a -> a.from.contains(m.status) && a.allowedFor(m.isMentor(viewerId), m.isMentee(viewerId)))
                .toList();
        return new MentorshipView(m.id, m.status, role(m, viewerId), party(m.mentee, contactVisible),
                party(m.mentor, contactVisible), seenByParty ? m.message : null, m.proposedByProgramme, m.requestedAt,
                m.startedAt, m.plannedEndDate, m.endedAt, progress(List.of(m.id)).getOrDefault(m.id, new GoalProgress(0, 0)),
                allowed, history, (int) historyTotal);
    }

    public List<MentorshipSummary> summaries(List<Mentorship> page, UUID viewerId) {
        Map<UUID, GoalProgress> progress = progress(page.stream().map(m -> m.id).toList());
        return page.stream().map(m -> new MentorshipSummary(m.id, m.status, role(m, viewerId),
                party(m.isMentor(viewerId) ? m.mentee : m.mentor, m.startedAt != null), m.proposedByProgramme,
                m.requestedAt, m.startedAt, m.endedAt, progress.getOrDefault(m.id, new GoalProgress(0, 0)))).toList();
    }

    /** The history of several pairings in one query, oldest first. */
    Map<UUID, List<HistoryEntry>> histories(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        from MentorshipEvent e left join fetch e.actor
                        where e.mentorship.id in :ids order by e.occurredAt, e.id""", MentorshipEvent.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.mentorship.id, Collectors.mapping(e -> new HistoryEntry(e.fromStatus,
                        e.toStatus, e.actor == null ? null : e.actor.id, e.actor == null ? null : e.actor.displayName,
                        e.reason, e.comment, e.occurredAt), Collectors.toList())));
    }

    /** Goals done out of total, for several pairings in one query. */
    private Map<UUID, GoalProgress> progress(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("""
                        select g.mentorship.id, count(g), count(g.doneAt) from MentorshipGoal g
                        where g.mentorship.id in :ids group by g.mentorship.id""", Object[].class)
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0],
                r -> new GoalProgress(((Number) r[1]).intValue(), ((Number) r[2]).intValue())));
    }

    static Role role(Mentorship m, UUID viewerId) {
        return m.isMentor(viewerId) ? Role.MENTOR : m.isMentee(viewerId) ? Role.MENTEE : Role.SUPERVISOR;
    }

    private static Party party(Member member, boolean withContact) {
        OrganizationRef organization = member.organization == null ? null
                : new OrganizationRef(member.organization.id, member.organization.name, member.organization.acronym);
        Contact contact = withContact && !member.isErased() ? new Contact(member.email, member.tchapHandle) : null;
        return new Party(member.id, member.displayName, organization, member.jobTitle, contact);
    }
}
