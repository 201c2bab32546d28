package fr.spyrales.training.path;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.ListCounting;
import fr.spyrales.training.library.ProgrammingLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The path lists' queries: published paths (or the viewer's own) filtered in SQL and ranked by PostgreSQL full-text
 * search (French stemming, accents ignored, prefix matching), the paths a member follows, and the suggestions.
 */
@ApplicationScoped
class PathSearchRepository {
    private static final String FOLLOWERS = "(SELECT count(*) FROM learning_path_follow f WHERE f.path_id = lp.id)";

    private final EntityManager em;
    private final ListCounting counting;

    PathSearchRepository(EntityManager em, ListCounting counting) {
        this.em = em;
        this.counting = counting;
    }

    /** @param tsQuery the search's words separated by spaces, or null for none */
    IdPage search(PathQuery query, String tsQuery, UUID viewerId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (Boolean.TRUE.equals(query.mine)) {
            where.append("lp.author_id = :me");
            params.put("me", viewerId);
        } else {
            where.append("lp.status = 'PUBLISHED'");
        }
        if (tsQuery != null) {
            where.append(" AND lp.search_vector @@ " + IdPage.TS_QUERY);
            params.put("tsq", tsQuery);
        }
        if (query.level != null) {
            where.append(" AND lp.level = :level");
            params.put("level", query.level.name());
        }
        if (query.programmingLanguage != null) {
            boolean one = query.programmingLanguage == ProgrammingLanguage.PYTHON
                    || query.programmingLanguage == ProgrammingLanguage.R;
            where.append(
                    one
                            ? " AND lp.programming_language IN (:language, 'BOTH')"
                            : " AND lp.programming_language = :language");
            params.put("language", query.programmingLanguage.name());
        }
        if (query.skill != null && !query.skill.isBlank()) {
            where.append(" AND lp.skills @> ARRAY[CAST(:skill AS text)]");
            params.put("skill", query.skill.strip());
        }
        boolean ranked = tsQuery != null;
        String newest = Boolean.TRUE.equals(query.mine) ? "lp.updated_at DESC, lp.id" : "lp.published_at DESC, lp.id";
        return IdPage.read(
                em,
                counting,
                "learning_path lp",
                where.toString(),
                params,
                ranked,
                ranked ? "ts_rank_cd(lp.search_vector, tsq) DESC, " + newest : newest,
                query.size,
                query.offset());
    }

    /** The paths the member follows (published or archived), the latest followed first. */
    IdPage followedBy(UUID memberId, int size, long offset) {
        return IdPage.read(
                em,
                counting,
                "learning_path lp",
                "EXISTS (SELECT 1 FROM learning_path_follow f WHERE f.path_id = lp.id AND f.member_id = :me)",
                Map.of("me", memberId),
                false,
                "(SELECT f.followed_at FROM learning_path_follow f WHERE f.path_id = lp.id AND f.member_id = :me) DESC,"
                        + " lp.id",
                size,
                offset);
    }

    /**
     * Up to {@code limit} published paths the member does not follow, the most followed first: those on a skill they
     * want to learn at the level that suits their level in it (none, 1 or 2: beginner; 3: intermediate; 4: advanced),
     * or the beginner paths when they named no skill to learn.
     */
    List<UUID> suggestions(UUID memberId, int limit) {
        String suited = "EXISTS (SELECT 1 FROM member_learning_skill ml LEFT JOIN member_skill ms"
                + " ON ms.member_id = ml.member_id AND ms.skill_code = ml.skill_code"
                + " WHERE ml.member_id = :me AND ml.skill_code = ANY (lp.skills)"
                + " AND lp.level = CASE WHEN ms.level IS NULL OR ms.level <= 2 THEN 'BEGINNER'"
                + " WHEN ms.level = 3 THEN 'INTERMEDIATE' ELSE 'ADVANCED' END)";
        String beginnerWhenNoWish = "(lp.level = 'BEGINNER'"
                + " AND NOT EXISTS (SELECT 1 FROM member_learning_skill ml WHERE ml.member_id = :me))";
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "SELECT lp.id FROM learning_path lp WHERE lp.status = 'PUBLISHED'"
                                + " AND NOT EXISTS (SELECT 1 FROM learning_path_follow f WHERE f.path_id = lp.id"
                                + " AND f.member_id = :me) AND (" + suited + " OR " + beginnerWhenNoWish + ")"
                                + " ORDER BY " + FOLLOWERS + " DESC, lp.published_at DESC, lp.id LIMIT :limit",
                        UUID.class)
                .setParameter("me", memberId)
                .setParameter("limit", limit)
                .getResultList();
        return ids;
    }
}
