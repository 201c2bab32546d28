package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeDtos.ChallengeSummary;
import fr.spyrales.challenge.ChallengeDtos.ChallengeView;
import fr.spyrales.challenge.ChallengeMapper.Standing;
import fr.spyrales.common.IdPage;
import fr.spyrales.common.PageResponse;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.opendata.DatasetView;
import fr.spyrales.opendata.Datasets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads challenges: one, or a page of a period. */
@ApplicationScoped
public class ChallengeViews {
    private final ChallengeAccess access;
    private final ChallengeRepository challenges;
    private final EntryRepository entries;
    private final MemberRepository members;
    private final Datasets datasets;

    ChallengeViews(
            ChallengeAccess access,
            ChallengeRepository challenges,
            EntryRepository entries,
            MemberRepository members,
            Datasets datasets) {
        this.access = access;
        this.challenges = challenges;
        this.entries = entries;
        this.members = members;
        this.datasets = datasets;
    }

    @Transactional
    public ChallengeView get(UUID id, UUID viewerId) {
        return view(access.visible(id), viewerId);
    }

    @Transactional
    public PageResponse<ChallengeSummary> list(ChallengeQuery query, UUID viewerId) {
        IdPage found = challenges.page(ChallengePeriod.of(query.period), query.size, query.offset());
        if (found.ids().isEmpty()) {
            return new PageResponse<>(List.of(), query.page, query.size, found.total());
        }
        OffsetDateTime now = access.now();
        Map<UUID, Long> counts = entries.counts(found.ids());
        Set<UUID> entered = entries.enteredBy(viewerId, found.ids());
        List<Challenge> page = challenges.loadInOrder(found.ids());
        Map<UUID, String> datasetTitles = datasets
                .views(page.stream().map(c -> c.datasetId).toList())
                .stream()
                .filter(d -> d.title() != null)
                .collect(Collectors.toMap(DatasetView::id, DatasetView::title));
        return new PageResponse<>(
                page.stream()
                        .map(c -> ChallengeMapper.summary(
                                c,
                                datasetTitles.get(c.datasetId),
                                new Standing(c.stateAt(now), counts.getOrDefault(c.id, 0L), entered.contains(c.id))))
                        .toList(),
                query.page,
                query.size,
                found.total());
    }

    /** The challenge as the viewer sees it, within the caller's transaction. */
    ChallengeView view(Challenge challenge, UUID viewerId) {
        Standing standing = new Standing(
                challenge.stateAt(access.now()),
                entries.countIn(challenge.id),
                entries.mine(challenge.id, viewerId).isPresent());
        return ChallengeMapper.view(
                challenge,
                datasets.view(challenge.datasetId).orElseThrow(),
                standing,
                names(List.of(challenge.createdBy)).get(challenge.createdBy));
    }

    /** The public names of these members. */
    Map<UUID, String> names(Collection<UUID> ids) {
        return members.displayNames(ids);
    }
}
