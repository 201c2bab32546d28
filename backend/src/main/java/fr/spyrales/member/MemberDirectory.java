package fr.spyrales.member;

import fr.spyrales.common.PageResponse;
import fr.spyrales.member.MemberDtos.MemberSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The directory: verified members who share their profile, filtered in SQL and ranked by
 * PostgreSQL full-text search (French stemming, accents ignored, prefix matching).
 */
@ApplicationScoped
public class MemberDirectory {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String VISIBLE = "m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL";

    private static final String TS_QUERY = "directory_tsquery(:tsq)";

    private final EntityManager em;
    private final MemberMapper mapper;

    MemberDirectory(EntityManager em, MemberMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    public PageResponse<MemberSummary> search(DirectoryQuery query) {
        String tsQuery = prefixQuery(query.q);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(VISIBLE);
        if (tsQuery != null) {
            where.append(" AND m.search_vector @@ " + TS_QUERY);
            params.put("tsq", tsQuery);
        }
        if (query.skill != null && !query.skill.isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = :skill AND ms.level >= :minLevel)");
            params.put("skill", query.skill);
            params.put("minLevel", query.minLevel == null ? 1 : query.minLevel);
        } else if (query.minLevel != null) {
            where.append(" AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.level >= :minLevel)");
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

        Query count = em.createNativeQuery("SELECT count(*) FROM member m WHERE " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || query.offset() >= total) {
            return new PageResponse<>(List.of(), query.page, query.size, total);
        }

        // The page query parses the search once, in FROM, for both the match and the ranking (bench/README.md).
        String from = tsQuery == null ? "member m" : "member m, " + TS_QUERY + " AS tsq";
        Query page = em.createNativeQuery("SELECT m.id FROM " + from + " WHERE " + where.toString().replace(TS_QUERY, "tsq")
                + " ORDER BY " + orderBy(query, tsQuery != null) + " LIMIT :limit OFFSET :offset", UUID.class);
        params.forEach(page::setParameter);
        page.setParameter("limit", query.size).setParameter("offset", query.offset());
        @SuppressWarnings("unchecked")
        List<UUID> ids = page.getResultList();
        return new PageResponse<>(mapper.summaries(load(ids)), query.page, query.size, total);
    }

    /**
     * One query for the page's members with organisation and skills, kept in ranking order. Read as a list, never
     * as a stream: a stream scrolls the rows and takes each run of adjacent rows of one member as the whole member,
     * but nothing orders a member's skill rows together (a hash join or hash aggregate interleaves them), so the
     * first run filled the skills and the member's later rows were dropped. A list reads every row first.
     */
    private List<Member> load(List<UUID> ids) {
        Map<UUID, Member> byId = em.createQuery(
                        "select m from Member m left join fetch m.organization left join fetch m.skills where m.id in :ids",
                        Member.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<Member> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    private static String orderBy(DirectoryQuery query, boolean ranked) {
        String sort = query.sort != null ? query.sort : ranked ? "relevance" : "name,asc";
        return switch (sort) {
            case "relevance" -> ranked
                    ? "ts_rank_cd(m.search_vector, tsq) DESC, lower(m.display_name), m.id"
                    : "lower(m.display_name), m.id";
            case "name,desc" -> "lower(m.display_name) DESC, m.id";
            case "createdAt,asc" -> "m.created_at, m.id";
            case "createdAt,desc" -> "m.created_at DESC, m.id";
            default -> "lower(m.display_name), m.id";
        };
    }

    /** "Élodie, stat" → "Élodie stat": the words of the search, of which {@code directory_tsquery} makes prefix terms. */
    static String prefixQuery(String q) {
        if (q == null) {
            return null;
        }
        List<String> words = WORD.matcher(q).results().map(MatchResult::group).toList();
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
