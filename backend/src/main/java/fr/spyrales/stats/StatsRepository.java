package fr.spyrales.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The figures, counted in one query over confirmed, non-erased members. */
@ApplicationScoped
class StatsRepository {
    private final EntityManager em;

    StatsRepository(EntityManager em) {
        this.em = em;
    }

    CommunityStats countCommunity() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       count(DISTINCT organization_id),
                       count(*) FILTER (WHERE can_mentor AND mentor_capacity > 0),
                       (SELECT count(DISTINCT skill_code) FROM member_skill ms JOIN member v ON v.id = ms.member_id
                         WHERE v.email_verified_at IS NOT NULL AND v.erased_at IS NULL)
                FROM member WHERE email_verified_at IS NOT NULL AND erased_at IS NULL""").getSingleResult();
        return new CommunityStats(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }
}
