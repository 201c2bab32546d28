package fr.spyrales.member;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.ListCounting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The directory's queries: verified members who share their profile, filtered in SQL and ranked by
 * PostgreSQL full-text search (French stemming, accents ignored, prefix matching).
 */
@ApplicationScoped
class DirectoryRepository {
    private static final String VISIBLE =
            "m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL";

    /** One page of member ids, in the page's order, and how many members match in all. */
    private final EntityManager em;

    private final ListCounting counting;

    DirectoryRepository(EntityManager em, ListCounting counting) {
        this.em = em;
        this.counting = counting;
    }

    /** @param tsQuery the search's words ({@link fr.spyrales.common.SearchWords#of}), or null for none */
    IdPage search(DirectoryQuery query, String tsQuery) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(VISIBLE);
        if (tsQuery != null) {
            where.append(" AND m.search_vector @@ " + IdPage.TS_QUERY);
            params.put("tsq", tsQuery);
        }
        if (query.skill != null && !query.skill.isBlank()) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = :skill AND ms.level >= :minLevel)");
            params.put("skill", query.skill);
            params.put("minLevel", query.minLevel == null ? 1 : query.minLevel);
        } else if (query.minLevel != null) {
            // The member's highest level, kept by V50's trigger and carried by the directory's covering index.
            where.append(" AND m.max_skill_level >= :minLevel");
            params.put("minLevel", query.minLevel);
        }
        if (query.organization != null) {
            where.append(" AND m.organization_id = :organization");
            params.put("organization", query.organization);
        }
        if (query.region != null && !query.region.isBlank()) {
            where.append(" AND m.region_code = :region");
            params.put("region", query.region);
        }
        if (query.canMentor != null) {
            where.append(" AND m.can_mentor = :canMentor");
            params.put("canMentor", query.canMentor);
        }
        if (query.wantsMentor != null) {
            where.append(" AND m.wants_mentor = :wantsMentor");
            params.put("wantsMentor", query.wantsMentor);
        }

        boolean ranked = tsQuery != null;
        return IdPage.read(
                em,
                counting,
                "member m",
                where.toString(),
                params,
                ranked,
                DirectorySort.of(query.sort, ranked).order(ranked),
                query);
    }

    /**
     * One query for the page's members with organisation and skills, kept in ranking order. Read as a list, never
     * as a stream: a stream scrolls the rows and takes each run of adjacent rows of one member as the whole member,
     * but nothing orders a member's skill rows together (a hash join or hash aggregate interleaves them), so the
     * first run filled the skills and the member's later rows were dropped. A list reads every row first.
     */
    List<Member> loadInOrder(List<UUID> ids) {
        Map<UUID, Member> byId = em
                .createQuery(
                        "select m from Member m left join fetch m.organization left join fetch m.skills where m.id in :ids",
                        Member.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<Member> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }
}
