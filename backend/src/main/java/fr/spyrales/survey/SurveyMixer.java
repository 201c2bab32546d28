package fr.spyrales.survey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Mixes the survey's answers so that none can be linked to its member by the database (V40 says why and what
 * remains): every {@code spyrales.survey.mix-every}, the answers waiting in a campaign are rewritten, in one
 * transaction per campaign, with new random ids and in random order, once at least {@link #BATCH} wait or the campaign
 * is closed. Closing a campaign mixes what waits at once, in its own transaction.
 */
@ApplicationScoped
public class SurveyMixer {
    /** The fewest answers mixed together while the campaign is open: the results never move by fewer. */
    static final int BATCH = SurveyDtos.MIN_ANSWERS_SHOWN;

    private static final Logger LOG = Logger.getLogger(SurveyMixer.class);

    private final SurveyRepository surveys;

    SurveyMixer(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @Scheduled(
            identity = "survey-mix",
            every = "${spyrales.survey.mix-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        mixAll();
    }

    /** Mixes every campaign's waiting answers that may be; returns how many answers were mixed. */
    public int mixAll() {
        int mixed = 0;
        for (UUID campaign : QuarkusTransaction.requiringNew().call(surveys::campaignsWaitingForTheMix)) {
            mixed += QuarkusTransaction.requiringNew().call(() -> mix(campaign, surveys.isClosed(campaign), true));
        }
        if (mixed > 0) {
            LOG.infof("Mixed %d survey answer(s)", mixed);
        }
        return mixed;
    }

    /** In the caller's transaction, the close's: mixes every answer still waiting in the campaign. */
    @Transactional(Transactional.TxType.MANDATORY)
    int mixClosed(UUID campaignId) {
        return mix(campaignId, true, false);
    }

    /**
     * Mixes the campaign's waiting answers if at least {@link #BATCH} wait or the campaign is closed. The job skips the
     * rows another transaction holds; the close waits for them (a job that looked at 3 answers and left them would
     * otherwise leave them waiting in a closed campaign). Returns how many were mixed.
     */
    private int mix(UUID campaignId, boolean closed, boolean skipLocked) {
        List<UUID> waiting = surveys.lockWaiting(campaignId, skipLocked);
        if (waiting.isEmpty() || (waiting.size() < BATCH && !closed)) {
            return 0;
        }
        return surveys.mix(waiting);
    }
}
