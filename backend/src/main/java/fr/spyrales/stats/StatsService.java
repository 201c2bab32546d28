package fr.spyrales.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The community's public figures, counted over confirmed, non-erased members. */
@ApplicationScoped
public class StatsService {
    private final StatsRepository stats;

    StatsService(StatsRepository stats) {
        this.stats = stats;
    }

    @Transactional
    public CommunityStats communityStats() {
        return stats.countCommunity();
    }
}
