package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.ChallengeCreate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeUpdate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeView;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.opendata.DatasetCheck;
import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.Datasets;
import fr.spyrales.opendata.OpenDataGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes, edits and deletes challenges: the animateurs' side. A challenge's dataset goes through the open-data
 * guard first, outside any transaction (data.gouv.fr may take a few seconds to answer, and no lock is held
 * meanwhile); what the guard found is then stored with the challenge, in one transaction.
 */
@ApplicationScoped
public class ChallengeEditing {
    /** The field that names the dataset, in the problems of a refused one. */
    static final String DATASET_FIELD = "dataset";

    private final ChallengeAccess access;
    private final ChallengeRepository challenges;
    private final ChallengeViews views;
    private final OpenDataGuard guard;
    private final Datasets datasets;
    private final jakarta.enterprise.event.Event<CommunityNews> news;

    ChallengeEditing(
            ChallengeAccess access,
            ChallengeRepository challenges,
            ChallengeViews views,
            OpenDataGuard guard,
            Datasets datasets,
            jakarta.enterprise.event.Event<CommunityNews> news) {
        this.access = access;
        this.challenges = challenges;
        this.views = views;
        this.guard = guard;
        this.datasets = datasets;
        this.news = news;
    }

    /** A new challenge on an open dataset; nothing is stored when the dataset is refused. */
    public ChallengeView create(Viewer viewer, ChallengeCreate body) {
        return create(viewer, body, null);
    }

    /**
     * A new challenge on a dataset whose facts were checked elsewhere (the demo community's known data.gouv.fr
     * datasets, loaded offline), or on {@code body.dataset()} checked here when {@code checked} is null. No endpoint
     * passes a check of its own.
     */
    public ChallengeView create(Viewer viewer, ChallengeCreate body, DatasetCheck checked) {
        requireAnimateur(viewer);
        String title = ChallengeInput.title(body.title());
        String task = ChallengeInput.task(body.task());
        OffsetDateTime opens = ChallengeInput.date("opensAt", body.opensAt());
        OffsetDateTime closes = ChallengeInput.date("closesAt", body.closesAt());
        checkDates(opens, closes);
        DatasetCheck dataset = checked == null ? check(body.dataset()) : checked.unlessRefused(DATASET_FIELD);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!closes.isAfter(access.now())) {
                throw ChallengeRefusal.CLOSES_IN_THE_PAST.exception();
            }
            OffsetDateTime now = OffsetDateTime.now();
            Challenge challenge = new Challenge();
            challenge.id = UUID.randomUUID();
            challenge.title = title;
            challenge.task = task;
            challenge.suggestedLevel = body.suggestedLevel().shortValue();
            challenge.suggestedLanguage = body.suggestedLanguage();
            challenge.datasetId = datasets.record(dataset, viewer.id());
            challenge.opensAt = opens;
            challenge.closesAt = closes;
            challenge.createdBy = viewer.id();
            challenge.createdAt = now;
            challenge.updatedAt = now;
            challenges.persist(challenge);
            ConstraintConflicts.check(challenges::flush, ChallengeRefusal.CONSTRAINTS);
            news.fire(CommunityNews.of(CommunityNews.Type.CHALLENGE_PUBLISHED, challenge.id));
            return views.view(challenge, viewer.id());
        });
    }

    /**
     * Animateurs change anything, at any time; the closing still comes after the opening. A new dataset is checked
     * like the first one and replaces it.
     */
    public ChallengeView update(UUID id, Viewer viewer, ChallengeUpdate body) {
        requireAnimateur(viewer);
        DatasetCheck dataset = body.dataset() == null ? null : check(body.dataset());
        return QuarkusTransaction.joiningExisting().call(() -> {
            Challenge challenge = access.lockedForUpdate(id);
            if (body.title() != null) {
                challenge.title = ChallengeInput.title(body.title());
            }
            if (body.task() != null) {
                challenge.task = ChallengeInput.task(body.task());
            }
            if (body.suggestedLevel() != null) {
                challenge.suggestedLevel = body.suggestedLevel().shortValue();
            }
            if (body.suggestedLanguage() != null) {
                challenge.suggestedLanguage = body.suggestedLanguage();
            }
            if (body.opensAt() != null || body.closesAt() != null) {
                OffsetDateTime opens =
                        body.opensAt() == null ? challenge.opensAt : ChallengeInput.date("opensAt", body.opensAt());
                OffsetDateTime closes =
                        body.closesAt() == null ? challenge.closesAt : ChallengeInput.date("closesAt", body.closesAt());
                checkDates(opens, closes);
                challenge.opensAt = opens;
                challenge.closesAt = closes;
            }
            UUID replaced = null;
            if (dataset != null) {
                replaced = challenge.datasetId;
                challenge.datasetId = datasets.record(dataset, viewer.id());
            }
            challenge.updatedAt = OffsetDateTime.now();
            ConstraintConflicts.check(challenges::flush, ChallengeRefusal.CONSTRAINTS);
            if (replaced != null) {
                datasets.discard(replaced);
            }
            return views.view(challenge, viewer.id());
        });
    }

    /**
     * Cancels a challenge: animateurs before it opens (its members have not started), admins at any time. The
     * challenge disappears for everyone, and who deleted it when is recorded.
     */
    @Transactional
    public void delete(UUID id, Viewer viewer) {
        requireAnimateur(viewer);
        Challenge challenge = access.lockedForUpdate(id);
        if (!viewer.admin() && challenge.stateAt(access.now()) != ChallengeState.UPCOMING) {
            throw ChallengeRefusal.ALREADY_OPEN.exception();
        }
        challenge.deletedAt = OffsetDateTime.now();
        challenge.deletedBy = viewer.id();
    }

    /** The guard's verdict on the dataset; a 4xx problem on the field « dataset » when it is refused. */
    private DatasetCheck check(DatasetInput input) {
        return guard.check(input).unlessRefused(DATASET_FIELD);
    }

    private static void requireAnimateur(Viewer viewer) {
        if (!viewer.animateur()) {
            throw ChallengeRefusal.ANIMATEURS_ONLY.exception();
        }
    }

    private static void checkDates(OffsetDateTime opens, OffsetDateTime closes) {
        if (!closes.isAfter(opens)) {
            throw ChallengeRefusal.CLOSES_BEFORE_OPENING.exception();
        }
    }
}
