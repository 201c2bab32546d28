package fr.spyrales.matching;

import fr.spyrales.common.LikePattern;
import fr.spyrales.common.ListCounting;
import fr.spyrales.common.ListTotal;
import fr.spyrales.common.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MatchingProposalRepository implements PanacheRepositoryBase<MatchingProposal, MatchingProposal.Key> {
    private final ListCounting counting;

    MatchingProposalRepository(ListCounting counting) {
        this.counting = counting;
    }

    /** Which of a run's proposals to list: part of a name (accents and case ignored), and removed or kept ones. */
    record ProposalFilter(String nameContains, Boolean removed) {
        boolean byName() {
            return nameContains != null && !nameContains.isBlank();
        }
    }

    private static final String NAMED = "lower(immutable_unaccent(x.display_name)) LIKE :q";

    /** One page of a run's proposals matching the filter, best scores first, and how many match in all. */
    record ProposalPage(List<MatchingProposal> proposals, ListTotal total) {}

    ProposalPage page(UUID runId, ProposalFilter filter, PageQuery page) {
        // By name: the members so named first (trigram index, V51), then the run's pairs either of whose people is
        // among them, instead of joining each of the run's thousands of pairs to its two people to test their names.
        String where = " FROM matching_proposal p WHERE p.run_id = :run"
                + (filter.removed() == null
                        ? ""
                        : filter.removed() ? " AND p.removed_at IS NOT NULL" : " AND p.removed_at IS NULL")
                + (filter.byName()
                        ? " AND (p.mentee_id IN (SELECT x.id FROM member x WHERE " + NAMED + ")"
                                + " OR p.mentor_id IN (SELECT x.id FROM member x WHERE " + NAMED + "))"
                        : "");
        var em = getEntityManager();
        var select = em.createNativeQuery(
                        "SELECT p.mentee_id" + where + " ORDER BY p.score_hundredths DESC, p.mentee_id", UUID.class)
                .setParameter("run", runId);
        var count = em.createNativeQuery(counting.sql(where)).setParameter("run", runId);
        if (filter.byName()) {
            String pattern = LikePattern.containing(filter.nameContains());
            select.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        @SuppressWarnings("unchecked")
        List<UUID> menteeIds =
                select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        ListTotal total =
                counting.total((Number) count.getSingleResult()).refinedBy(page.offset(), page.size, menteeIds.size());
        Map<UUID, MatchingProposal> byMentee = new HashMap<>();
        if (!menteeIds.isEmpty()) {
            list("key.runId = ?1 and key.menteeId in ?2", runId, menteeIds)
                    .forEach(p -> byMentee.put(p.key.menteeId(), p));
        }
        return new ProposalPage(menteeIds.stream().map(byMentee::get).toList(), total);
    }

    /** How many of a run's pairs an animateur removed (none before the run has its proposal). */
    long countRemoved(MatchingRun run) {
        return run.matchedCount == null ? 0 : count("key.runId = ?1 and removedAt is not null", run.id);
    }

    /** Removed pairs per run, for the runs that have some. */
    Map<UUID, Long> countRemovedByRun(Collection<UUID> runIds) {
        Map<UUID, Long> removed = new HashMap<>();
        if (!runIds.isEmpty()) {
            getEntityManager()
                    .createQuery(
                            "select p.key.runId, count(p) from MatchingProposal p where p.key.runId in :runs "
                                    + "and p.removedAt is not null group by p.key.runId",
                            Object[].class)
                    .setParameter("runs", runIds)
                    .getResultList()
                    .forEach(row -> removed.put((UUID) row[0], (Long) row[1]));
        }
        return removed;
    }

    /** The next kept pairs whose request is not sent yet, in mentee order. */
    List<MatchingProposal> nextToSend(UUID runId, int batchSize) {
        return find("key.runId = ?1 and removedAt is null and outcome is null order by key.menteeId", runId)
                .page(0, batchSize)
                .list();
    }

    /** The pairs a member is part of, on either side. */
    List<MatchingProposal> involving(UUID memberId) {
        return list("key.menteeId = ?1 or mentorId = ?1", memberId);
    }
}
