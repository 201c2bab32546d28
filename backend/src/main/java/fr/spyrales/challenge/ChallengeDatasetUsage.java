package fr.spyrales.challenge;

import fr.spyrales.opendata.DatasetUsage;
import fr.spyrales.opendata.DatasetUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Tells the animateurs' review queue which live challenge declares a dataset. */
@ApplicationScoped
public class ChallengeDatasetUsage implements DatasetUsage {
    private final ChallengeRepository challenges;

    ChallengeDatasetUsage(ChallengeRepository challenges) {
        this.challenges = challenges;
    }

    @Override
    public List<DatasetUser> usersOf(Collection<UUID> datasetIds) {
        if (datasetIds.isEmpty()) {
            return List.of();
        }
        return challenges.liveDeclaring(datasetIds).stream()
                .map(c -> new DatasetUser(c.datasetId, DatasetUser.CHALLENGE, c.id, c.title))
                .toList();
    }

    /** The animateur who published the challenge may have its dataset checked again (as any animateur may). */
    @Override
    public boolean mayRecheck(UUID datasetId, UUID memberId) {
        return challenges.liveDeclaring(List.of(datasetId)).stream().anyMatch(c -> c.createdBy.equals(memberId));
    }
}
