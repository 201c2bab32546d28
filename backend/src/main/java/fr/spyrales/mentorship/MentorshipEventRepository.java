package fr.spyrales.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The lines of the pairings' histories. */
@ApplicationScoped
public class MentorshipEventRepository implements PanacheRepositoryBase<MentorshipEvent, UUID> {

    /** The latest `max` lines of a pairing's history, most recent first, with their actors. */
    List<MentorshipEvent> latestOf(UUID mentorshipId, int max) {
        return find(
                        "from MentorshipEvent e left join fetch e.actor where e.mentorship.id = ?1 "
                                + "order by e.occurredAt desc, e.id desc",
                        mentorshipId)
                .page(0, max)
                .list();
    }

    long countOf(UUID mentorshipId) {
        return count("mentorship.id", mentorshipId);
    }

    /** The histories of several pairings in one query, oldest first, with their actors. */
    List<MentorshipEvent> ofPairings(List<UUID> mentorshipIds) {
        if (mentorshipIds.isEmpty()) {
            return List.of();
        }
        return list(
                "from MentorshipEvent e left join fetch e.actor where e.mentorship.id in ?1 order by e.occurredAt, e.id",
                mentorshipIds);
    }

    /** The line the latest change to `to` wrote, for its reason and comment. */
    public MentorshipEvent lastChangeTo(UUID mentorshipId, MentorshipStatus to) {
        return find("mentorship.id = ?1 and toStatus = ?2 order by occurredAt desc, id desc", mentorshipId, to)
                .firstResult();
    }

    /** The comments a member wrote with their changes, except date changes, whose comment is the programme's wording. */
    List<MentorshipEvent> commentsWrittenBy(UUID actorId) {
        return list(
                "actor.id = ?1 and comment is not null and (reason is null or reason <> ?2)",
                actorId,
                ChangeReason.END_DATE_CHANGED.name());
    }
}
