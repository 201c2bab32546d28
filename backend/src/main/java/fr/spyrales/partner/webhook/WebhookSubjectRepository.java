package fr.spyrales.partner.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The public fields of the thing a webhook is about, as JSON built by PostgreSQL. Read by SQL rather than through
 * the features' services: those features' resources depend on the partner package (scopes), so the partner package
 * must not depend on them back. Only fields any member or partner with the scope already reads through the API go
 * here; never a private link (an event's online room), a person's name, nor a moderation note.
 */
@ApplicationScoped
public class WebhookSubjectRepository {
    private final EntityManager em;

    WebhookSubjectRepository(EntityManager em) {
        this.em = em;
    }

    Optional<String> dataOf(WebhookEventType type, UUID id) {
        String sql = switch (type) {
            case EVENT_CREATED, EVENT_CANCELLED, EVENT_REPLAY_PUBLISHED -> """
                            SELECT jsonb_build_object('id', id, 'title', title, 'type', type, 'status', status,
                                       'startsAt', starts_at, 'endsAt', ends_at, 'online', online_url IS NOT NULL,
                                       'place', place, 'level', level, 'language', language, 'topics', topics,
                                       'cancellationReason', cancellation_reason, 'replayUrl', replay_url)::text
                              FROM event WHERE id = :id""";
            case RESOURCE_PUBLISHED -> """
                            SELECT jsonb_build_object('id', id, 'title', title, 'url', url, 'type', type,
                                       'programmingLanguage', programming_language, 'level', level, 'topics', topics,
                                       'contentLanguage', content_language, 'durationMinutes', duration_minutes,
                                       'free', free, 'author', author, 'publishedAt', published_at)::text
                              FROM training_resource WHERE id = :id AND status = 'PUBLISHED'""";
            case PROJECT_CREATED, PROJECT_LOOKING_FOR_PEOPLE -> """
                            SELECT jsonb_build_object('id', id, 'title', title, 'summary', summary, 'status', status,
                                       'languages', languages, 'topics', topics,
                                       'welcomesBeginners', welcomes_beginners, 'createdAt', created_at)::text
                              FROM project WHERE id = :id AND deleted_at IS NULL""";
            case MENTORSHIP_ACCEPTED, MENTORSHIP_COMPLETED -> """
                            SELECT jsonb_build_object('id', id, 'status', status, 'startedAt', started_at,
                                       'plannedEndDate', planned_end_date, 'endedAt', ended_at)::text
                              FROM mentorship WHERE id = :id""";
            case CHALLENGE_PUBLISHED -> """
                            SELECT jsonb_build_object('id', id, 'title', title, 'suggestedLevel', suggested_level,
                                       'suggestedLanguage', suggested_language, 'opensAt', opens_at,
                                       'closesAt', closes_at)::text
                              FROM challenge WHERE id = :id AND deleted_at IS NULL""";
        };
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(sql)
                .unwrap(NativeQuery.class)
                .addScalar("jsonb_build_object", String.class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst();
    }
}
