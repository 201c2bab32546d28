package fr.spyrales.survey;

import fr.spyrales.member.MemberRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The campaigns, and through native SQL their participations and anonymous answers. Every day is judged by the
 * database's clock in Europe/Paris, as the table's check reads it.
 */
@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<SurveyCampaign, UUID> {
    /** A member who was active when the campaign opened: one it was sent to. */
    /** The segment of the answers whose member had not said their category (or kind of organisation). */
    static final String NOT_PROVIDED = "NOT_PROVIDED";

    private static final String INVITED_SQL = MemberRepository.ACTIVE_SQL + " AND m.email_verified_at <= :openedAt";

    OffsetDateTime now() {
        return (OffsetDateTime) getEntityManager()
                .createNativeQuery("SELECT now()", OffsetDateTime.class)
                .getSingleResult();
    }

    LocalDate today() {
        return (LocalDate) getEntityManager()
                .createNativeQuery("SELECT (now() AT TIME ZONE 'Europe/Paris')::date", LocalDate.class)
                .getSingleResult();
    }

    /** Marks closed the campaigns whose closing day has passed, so that the next one may open. */
    void closeExpired() {
        getEntityManager().createNativeQuery("""
                        UPDATE survey_campaign SET closed_at = greatest(now(), opened_at)
                         WHERE closed_at IS NULL AND closes_on < (now() AT TIME ZONE 'Europe/Paris')::date""").executeUpdate();
    }

    /** The campaign not closed yet, if any (its closing day may have passed). */
    Optional<SurveyCampaign> findNotClosed() {
        return find("closedAt is null").firstResultOptional();
    }

    Optional<SurveyCampaign> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the campaign against its closing while an answer is written. */
    Optional<SurveyCampaign> findForShare(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The active members now: those a campaign opened now is sent to. */
    int countActiveMembers() {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT count(*) FROM member m WHERE " + MemberRepository.ACTIVE_SQL)
                        .getSingleResult())
                .intValue();
    }

    /** Whether the member was active when the campaign opened (and still is). */
    boolean isInvited(SurveyCampaign campaign, UUID memberId) {
        return (Boolean) getEntityManager()
                .createNativeQuery(
                        "SELECT EXISTS (SELECT 1 FROM member m WHERE m.id = :member AND " + INVITED_SQL + ")")
                .setParameter("member", memberId)
                .setParameter("openedAt", campaign.openedAt)
                .getSingleResult();
    }

    boolean hasAnswered(UUID campaignId, UUID memberId) {
        return (Boolean) getEntityManager()
                .createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM survey_participation WHERE campaign_id = :campaign AND member_id = :member)""")
                .setParameter("campaign", campaignId)
                .setParameter("member", memberId)
                .getSingleResult();
    }

    /** Records that the member answered; violates `survey_participation_once` the second time. */
    void insertParticipation(UUID campaignId, UUID memberId) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO survey_participation (campaign_id, member_id) VALUES (:campaign, :member)")
                .setParameter("campaign", campaignId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    /** The answer, with no member id; its id is a random UUID drawn by the database, its date the day alone. */
    void insertAnswer(UUID campaignId, AnonymousAnswer answer) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO survey_answer (campaign_id, answered_on, recommendation, less_alone, python_progress,
                                                   r_progress, wishes, wish_other, comment, category, organization_kind)
                        VALUES (:campaign, (now() AT TIME ZONE 'Europe/Paris')::date, :recommendation, :lessAlone,
                                :python, :r, string_to_array(:wishes, ','), :wishOther, :comment, :category, :orgKind)""")
                .unwrap(NativeQuery.class)
                .setParameter("campaign", campaignId, StandardBasicTypes.UUID)
                .setParameter("recommendation", answer.recommendation(), StandardBasicTypes.SHORT)
                .setParameter("lessAlone", answer.lessAlone(), StandardBasicTypes.STRING)
                .setParameter("python", answer.pythonProgress(), StandardBasicTypes.STRING)
                .setParameter("r", answer.rProgress(), StandardBasicTypes.STRING)
                .setParameter("wishes", answer.wishes(), StandardBasicTypes.STRING)
                .setParameter("wishOther", answer.wishOther(), StandardBasicTypes.STRING)
                .setParameter("comment", answer.comment(), StandardBasicTypes.STRING)
                .setParameter("category", answer.category(), StandardBasicTypes.STRING)
                .setParameter("orgKind", answer.organizationKind(), StandardBasicTypes.STRING)
                .executeUpdate();
    }

    /** What is written of an answer: values as the table stores them, wishes joined by commas. */
    record AnonymousAnswer(
            short recommendation,
            String lessAlone,
            String pythonProgress,
            String rProgress,
            String wishes,
            String wishOther,
            String comment,
            String category,
            String organizationKind) {}

    /** The number of members who answered each campaign (mixed or not: it tells who answered, not what). */
    Map<UUID, Long> participationCounts(List<UUID> campaignIds) {
        return countsPerCampaign("SELECT campaign_id, count(*) FROM survey_participation", campaignIds);
    }

    /** The number of mixed answers of each campaign: those the results read. */
    Map<UUID, Long> mixedAnswerCounts(List<UUID> campaignIds) {
        return countsPerCampaign("SELECT campaign_id, count(*) FROM survey_answer WHERE mixed", campaignIds);
    }

    private Map<UUID, Long> countsPerCampaign(String select, List<UUID> campaignIds) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(select + (select.contains("WHERE") ? " AND" : " WHERE")
                        + " campaign_id IN (:ids) GROUP BY campaign_id")
                .setParameter("ids", campaignIds)
                .getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The campaigns that have answers waiting for the mix. */
    @SuppressWarnings("unchecked")
    List<UUID> campaignsWaitingForTheMix() {
        return getEntityManager()
                .createNativeQuery("SELECT DISTINCT campaign_id FROM survey_answer WHERE NOT mixed")
                .getResultList();
    }

    /** Whether the campaign takes no more answers: closed early, or its closing day passed. */
    boolean isClosed(UUID campaignId) {
        return (Boolean) getEntityManager()
                .createNativeQuery("""
                        SELECT closed_at IS NOT NULL OR closes_on < (now() AT TIME ZONE 'Europe/Paris')::date
                          FROM survey_campaign WHERE id = :campaign""")
                .setParameter("campaign", campaignId)
                .getSingleResult();
    }

    /**
     * Locks the campaign's answers waiting for the mix and returns their ids. Those another transaction holds are
     * skipped when `skipLocked` (the job: another instance is mixing them), else waited for (the close: once the other
     * transaction ends, a row it mixed is gone and one it left is taken): never are the same rows mixed twice.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockWaiting(UUID campaignId, boolean skipLocked) {
        return getEntityManager()
                .createNativeQuery("SELECT id FROM survey_answer WHERE campaign_id = :campaign AND NOT mixed FOR UPDATE"
                        + (skipLocked ? " SKIP LOCKED" : ""))
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    /**
     * Re-inserts these answers with new random ids, in random order, as mixed rows, and deletes the originals: the new
     * rows carry this transaction's xmin and a place in the table that says nothing of the order they came in.
     */
    int mix(List<UUID> answerIds) {
        return getEntityManager()
                .createNativeQuery("""
                        WITH moved AS (
                            DELETE FROM survey_answer WHERE id IN (:ids) AND NOT mixed RETURNING *
                        )
                        INSERT INTO survey_answer (id, campaign_id, answered_on, recommendation, less_alone,
                                                   python_progress, r_progress, wishes, wish_other, comment, category,
                                                   organization_kind, mixed)
                        SELECT gen_random_uuid(), campaign_id, answered_on, recommendation, less_alone, python_progress,
                               r_progress, wishes, wish_other, comment, category, organization_kind, true
                          FROM moved
                         ORDER BY random()""")
                .setParameter("ids", answerIds)
                .executeUpdate();
    }

    /** The number of answers for each value of a column (the wishes' array is unnested), most frequent first. */
    Map<String, Long> countBy(UUID campaignId, String column) {
        String value = column.equals("wishes") ? "unnest(wishes)" : column + "::text";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT v, count(*) FROM (SELECT " + value
                        + " AS v FROM survey_answer WHERE campaign_id = :campaign AND mixed) a WHERE v IS NOT NULL"
                        + " GROUP BY v")
                .setParameter("campaign", campaignId)
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * For each value of the segment column among the mixed answers: answers, promoters (9–10) and detractors (0–6).
     * The answers without a value are under {@link #NOT_PROVIDED}.
     */
    Map<String, long[]> segments(UUID campaignId, String column) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT " + column
                        + ", count(*), count(*) FILTER (WHERE recommendation >= 9),"
                        + " count(*) FILTER (WHERE recommendation <= 6)"
                        + " FROM survey_answer WHERE campaign_id = :campaign AND mixed"
                        + " GROUP BY " + column)
                .setParameter("campaign", campaignId)
                .getResultList();
        Map<String, long[]> segments = new LinkedHashMap<>();
        rows.forEach(r -> segments.put(
                r[0] == null ? NOT_PROVIDED : String.valueOf(r[0]),
                new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return segments;
    }

    /** A text column's values among the mixed answers, in alphabetical order (never the order answers came in). */
    List<String> texts(UUID campaignId, String column) {
        @SuppressWarnings("unchecked")
        List<String> texts = getEntityManager()
                .createNativeQuery(
                        "SELECT " + column + " FROM survey_answer WHERE campaign_id = :campaign AND mixed" + " AND "
                                + column + " IS NOT NULL ORDER BY lower(immutable_unaccent(" + column + ")), " + column)
                .setParameter("campaign", campaignId)
                .getResultList();
        return texts;
    }

    /** The closed campaigns (closed early or past their day), oldest first. */
    List<SurveyCampaign> closed(LocalDate today) {
        return list("closedAt is not null or closesOn < ?1 order by openedAt, id", today);
    }
}
