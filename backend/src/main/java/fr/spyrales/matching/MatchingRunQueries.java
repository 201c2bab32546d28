package fr.spyrales.matching;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.matching.MatchingDtos.ProposalView;
import fr.spyrales.matching.MatchingDtos.RunParameters;
import fr.spyrales.matching.MatchingDtos.RunView;
import fr.spyrales.matching.MatchingProposalRepository.ProposalFilter;
import fr.spyrales.matching.MatchingProposalRepository.ProposalPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What animateurs read about runs: the default parameters, the runs, and each run's proposed pairs. */
@ApplicationScoped
public class MatchingRunQueries {
    private final MatchingRunRepository runs;
    private final MatchingProposalRepository proposals;
    private final MatchingRunMapper mapper;
    private final MatchingConfig config;
    private final MatchedMembers matchedMembers;

    MatchingRunQueries(
            MatchingRunRepository runs,
            MatchingProposalRepository proposals,
            MatchingRunMapper mapper,
            MatchingConfig config,
            MatchedMembers matchedMembers) {
        this.runs = runs;
        this.proposals = proposals;
        this.mapper = mapper;
        this.config = config;
        this.matchedMembers = matchedMembers;
    }

    public RunParameters defaultParameters() {
        return new RunParameters(config.candidatesPerMentee(), 0, config.defaultWeights());
    }

    @Transactional
    public RunView get(UUID id) {
        MatchingRun run = find(id);
        return mapper.view(run, proposals.countRemoved(run));
    }

    @Transactional
    public PageResponse<RunView> list(PageQuery page) {
        List<MatchingRun> found = runs.newestFirst(page);
        Map<UUID, Long> removed =
                proposals.countRemovedByRun(found.stream().map(r -> r.id).toList());
        return new PageResponse<>(
                found.stream()
                        .map(r -> mapper.view(r, removed.getOrDefault(r.id, 0L)))
                        .toList(),
                page.page,
                page.size,
                runs.count());
    }

    /** The proposed pairs, best scores first. */
    @Transactional
    public PageResponse<ProposalView> proposals(UUID runId, ProposalFilter filter, PageQuery page) {
        find(runId);
        ProposalPage found = proposals.page(runId, filter, page);
        Set<UUID> people = new HashSet<>();
        found.proposals().forEach(p -> {
            people.add(p.key.menteeId());
            people.add(p.mentorId);
        });
        Map<UUID, MatchedMember> cards = matchedMembers.byId(people);
        return new PageResponse<>(
                found.proposals().stream()
                        .map(p -> mapper.proposalView(p, cards))
                        .toList(),
                page.page,
                page.size,
                found.total());
    }

    private MatchingRun find(UUID id) {
        return runs.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Cet appariement n'existe pas."));
    }
}
