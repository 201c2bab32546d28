package fr.spyrales.training.library;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.ListTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What members keep about resources: their ratings (one per member and resource, the primary key), their bookmarks
 * and their « done » marks. The ratings' sum and count on the resource are recomputed from the ratings by
 * {@link #recomputeRating}, which the service calls under the resource's row lock.
 */
@ApplicationScoped
class ResourceMarkRepository {
    private final EntityManager em;

    ResourceMarkRepository(EntityManager em) {
        this.em = em;
    }

    /** One member's rating of a resource, as read back. */
    record RatingRow(
            UUID resourceId, UUID memberId, String displayName, int stars, String comment, OffsetDateTime ratedAt) {}

    /** A bookmark or a done mark, with its date. */
    record MarkRow(UUID resourceId, OffsetDateTime at) {}

    void rate(UUID resourceId, UUID memberId, int stars, String comment) {
        em.createNativeQuery("INSERT INTO training_resource_rating (resource_id, member_id, stars, comment, rated_at)"
                        + " VALUES (:resource, :member, :stars, :comment, now()) ON CONFLICT (resource_id, member_id)"
                        + " DO UPDATE SET stars = EXCLUDED.stars, comment = EXCLUDED.comment, rated_at = now()")
                .setParameter("resource", resourceId)
                .setParameter("member", memberId)
                .setParameter("stars", stars)
                .setParameter("comment", comment)
                .executeUpdate();
    }

    boolean deleteRating(UUID resourceId, UUID memberId) {
        return em.createNativeQuery(
                                "DELETE FROM training_resource_rating WHERE resource_id = :resource AND member_id = :member")
                        .setParameter("resource", resourceId)
                        .setParameter("member", memberId)
                        .executeUpdate()
                > 0;
    }

    /** Sets the resource's rating sum and count from its ratings; call it under the resource's row lock. */
    void recomputeRating(UUID resourceId) {
        em.createNativeQuery("UPDATE training_resource SET"
                        + " rating_sum = (SELECT coalesce(sum(stars), 0) FROM training_resource_rating WHERE resource_id = :id),"
                        + " rating_count = (SELECT count(*) FROM training_resource_rating WHERE resource_id = :id)"
                        + " WHERE id = :id")
                .setParameter("id", resourceId)
                .executeUpdate();
    }

    Optional<RatingRow> rating(UUID resourceId, UUID memberId) {
        return ratings("rt.resource_id = :resource AND rt.member_id = :member", resourceId, memberId, 1, 0).stream()
                .findFirst();
    }

    /** A page of a resource's ratings, newest first, with the raters' names. */
    List<RatingRow> ratingsOf(UUID resourceId, int size, long offset) {
        return ratings("rt.resource_id = :resource", resourceId, null, size, offset);
    }

    long countRatings(UUID resourceId) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM training_resource_rating WHERE resource_id = :resource")
                        .setParameter("resource", resourceId)
                        .getSingleResult())
                .longValue();
    }

    /** Every rating a member gave, oldest first (their personal data). */
    List<RatingRow> ratingsBy(UUID memberId) {
        return ratings("rt.member_id = :member", null, memberId, Integer.MAX_VALUE, 0);
    }

    private List<RatingRow> ratings(String where, UUID resourceId, UUID memberId, int size, long offset) {
        Query query = em.createNativeQuery("SELECT rt.resource_id, rt.member_id, m.display_name, rt.stars, rt.comment,"
                + " rt.rated_at FROM training_resource_rating rt JOIN member m ON m.id = rt.member_id WHERE " + where
                + " ORDER BY rt.rated_at DESC, rt.member_id LIMIT :limit OFFSET :offset");
        if (resourceId != null) {
            query.setParameter("resource", resourceId);
        }
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        query.setParameter("limit", size).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new RatingRow(
                        (UUID) row[0],
                        (UUID) row[1],
                        (String) row[2],
                        ((Number) row[3]).intValue(),
                        (String) row[4],
                        toOffsetDateTime(row[5])))
                .toList();
    }

    /** Deletes every rating of the member and answers the resources whose averages must be recomputed. */
    List<UUID> deleteRatingsBy(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<UUID> rated = em.createNativeQuery(
                        "DELETE FROM training_resource_rating WHERE member_id = :member RETURNING resource_id",
                        UUID.class)
                .setParameter("member", memberId)
                .getResultList();
        return rated;
    }

    void bookmark(UUID resourceId, UUID memberId) {
        mark("training_resource_bookmark", "bookmarked_at", resourceId, memberId);
    }

    void unbookmark(UUID resourceId, UUID memberId) {
        unmark("training_resource_bookmark", resourceId, memberId);
    }

    void markDone(UUID resourceId, UUID memberId) {
        mark("training_resource_done", "done_at", resourceId, memberId);
    }

    void unmarkDone(UUID resourceId, UUID memberId) {
        unmark("training_resource_done", resourceId, memberId);
    }

    boolean isBookmarked(UUID resourceId, UUID memberId) {
        return !bookmarkedAmong(memberId, List.of(resourceId)).isEmpty();
    }

    Set<UUID> bookmarkedAmong(UUID memberId, Collection<UUID> resourceIds) {
        return among("training_resource_bookmark", memberId, resourceIds);
    }

    Set<UUID> doneAmong(UUID memberId, Collection<UUID> resourceIds) {
        return among("training_resource_done", memberId, resourceIds);
    }

    /** A page of the member's bookmarks, newest first. */
    IdPage bookmarks(UUID memberId, int size, long offset) {
        long total = ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM training_resource_bookmark WHERE member_id = :member")
                        .setParameter("member", memberId)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "SELECT resource_id FROM training_resource_bookmark WHERE member_id = :member"
                                + " ORDER BY bookmarked_at DESC, resource_id LIMIT :limit OFFSET :offset",
                        UUID.class)
                .setParameter("member", memberId)
                .setParameter("limit", size)
                .setParameter("offset", offset)
                .getResultList();
        return new IdPage(ids, ListTotal.exactly(total));
    }

    List<MarkRow> bookmarksOf(UUID memberId) {
        return marks("training_resource_bookmark", "bookmarked_at", memberId);
    }

    List<MarkRow> doneOf(UUID memberId) {
        return marks("training_resource_done", "done_at", memberId);
    }

    void deleteMarksOf(UUID memberId) {
        for (String table : List.of("training_resource_bookmark", "training_resource_done")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE member_id = :member")
                    .setParameter("member", memberId)
                    .executeUpdate();
        }
    }

    private void mark(String table, String dateColumn, UUID resourceId, UUID memberId) {
        em.createNativeQuery("INSERT INTO " + table + " (resource_id, member_id, " + dateColumn + ")"
                        + " VALUES (:resource, :member, now()) ON CONFLICT DO NOTHING")
                .setParameter("resource", resourceId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    private void unmark(String table, UUID resourceId, UUID memberId) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE resource_id = :resource AND member_id = :member")
                .setParameter("resource", resourceId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    private Set<UUID> among(String table, UUID memberId, Collection<UUID> resourceIds) {
        if (resourceIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "SELECT resource_id FROM " + table + " WHERE member_id = :member AND resource_id IN (:ids)",
                        UUID.class)
                .setParameter("member", memberId)
                .setParameter("ids", resourceIds)
                .getResultList();
        return new HashSet<>(ids);
    }

    private List<MarkRow> marks(String table, String dateColumn, UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT resource_id, " + dateColumn + " FROM " + table
                        + " WHERE member_id = :member ORDER BY " + dateColumn + ", resource_id")
                .setParameter("member", memberId)
                .getResultList();
        return rows.stream()
                .map(row -> new MarkRow((UUID) row[0], toOffsetDateTime(row[1])))
                .toList();
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value);
    }
}
