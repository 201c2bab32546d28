package fr.spyrales.project;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.ListCounting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The project list's query: live projects filtered in SQL and ranked by PostgreSQL full-text search (French
 * stemming, accents ignored, prefix matching), with the directory's query function.
 */
@ApplicationScoped
class ProjectSearchRepository {

    /** One page of project ids, in the page's order, and how many projects match in all. */
    private final EntityManager em;

    private final ListCounting counting;

    ProjectSearchRepository(EntityManager em, ListCounting counting) {
        this.em = em;
        this.counting = counting;
    }

    /**
     * @param tsQuery the search's words separated by spaces, or null for none
     * @param viewerId the member whose skills {@code needsMySkills} compares with the skills sought, and whose
     *     requests {@code myRequestPending} looks for
     */
    IdPage search(ProjectQuery query, String tsQuery, UUID viewerId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("p.deleted_at IS NULL");
        if (tsQuery != null) {
            where.append(" AND p.search_vector @@ " + IdPage.TS_QUERY);
            params.put("tsq", tsQuery);
        }
        if (query.topic != null && !query.topic.isBlank()) {
            where.append(" AND p.topics @> ARRAY[CAST(:topic AS text)]");
            params.put("topic", ProjectInput.topic(query.topic));
        }
        if (query.language != null) {
            where.append(
                    query.language == ProjectLanguages.BOTH
                            ? " AND p.languages = 'BOTH'"
                            : " AND p.languages IN (:language, 'BOTH')");
            if (query.language != ProjectLanguages.BOTH) {
                params.put("language", query.language.name());
            }
        }
        if (query.status != null && !query.status.isEmpty()) {
            where.append(" AND p.status IN (:status)");
            params.put("status", query.status.stream().map(Enum::name).toList());
        } else {
            where.append(" AND p.status <> 'ARCHIVED'");
        }
        if (query.beginnersWelcome != null) {
            where.append(" AND p.welcomes_beginners = :beginners");
            params.put("beginners", query.beginnersWelcome);
        }
        if (query.skill != null && !query.skill.isBlank()) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM project_skill ps WHERE ps.project_id = p.id AND ps.skill_code = :skill)");
            params.put("skill", query.skill);
        }
        if (query.member != null) {
            where.append(" AND EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = p.id"
                    + " AND pm.member_id = :member)");
            params.put("member", query.member);
        }
        if (Boolean.TRUE.equals(query.myRequestPending)) {
            where.append(" AND EXISTS (SELECT 1 FROM project_join_request jr WHERE jr.project_id = p.id"
                    + " AND jr.member_id = :requester AND jr.state = 'PENDING')");
            params.put("requester", viewerId);
        }

        if (Boolean.TRUE.equals(query.needsMySkills)) {
            where.append(" AND EXISTS (SELECT 1 FROM project_skill ps WHERE ps.project_id = p.id AND ("
                    + "EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = :me AND ms.skill_code = ps.skill_code"
                    + " AND ms.level >= ps.level) OR (p.welcomes_beginners AND EXISTS (SELECT 1 FROM"
                    + " member_learning_skill ml WHERE ml.member_id = :me AND ml.skill_code = ps.skill_code))))");
            params.put("me", viewerId);
        }

        boolean ranked = tsQuery != null;
        return IdPage.read(
                em,
                counting,
                "project p",
                where.toString(),
                params,
                ranked,
                ProjectSort.of(query.sort, ranked).order(ranked),
                query);
    }
}
