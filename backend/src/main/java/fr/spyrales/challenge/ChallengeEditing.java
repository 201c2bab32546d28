package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.ChallengeCreate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeUpdate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeView;
import fr.spyrales.common.ConstraintConflicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Publishes, edits and deletes challenges: the animateurs' side. */
@ApplicationScoped
public class ChallengeEditing {
    private final ChallengeAccess access;
    private final ChallengeRepository challenges;
    private final ChallengeViews views;

    ChallengeEditing(ChallengeAccess access, ChallengeRepository challenges, ChallengeViews views) {
        this.access = access;
        this.challenges = challenges;
        this.views = views;
    }

    @Transactional
    public ChallengeView create(Viewer viewer, ChallengeCreate body) {
        requireAnimateur(viewer);
        OffsetDateTime opens = ChallengeInput.date("opensAt", body.opensAt());
        OffsetDateTime closes = ChallengeInput.date("closesAt", body.closesAt());
        checkDates(opens, closes);
        if (!closes.isAfter(access.now())) {
            throw ChallengeRefusal.CLOSES_IN_THE_PAST.exception();
        }
        OffsetDateTime now = OffsetDateTime.now();
        Challenge challenge = new Challenge();
        challenge.id = UUID.randomUUID();
        challenge.title = ChallengeInput.title(body.title());
        challenge.task = ChallengeInput.task(body.task());
        challenge.suggestedLevel = body.suggestedLevel().shortValue();
        challenge.suggestedLanguage = body.suggestedLanguage();
        challenge.opensAt = opens;
        challenge.closesAt = closes;
        challenge.createdBy = viewer.id();
        challenge.createdAt = now;
        challenge.updatedAt = now;
        challenges.persist(challenge);
        ConstraintConflicts.check(challenges::flush, ChallengeRefusal.CONSTRAINTS);
        return views.view(challenge, viewer.id());
    }

    /** Animateurs change anything, at any time; the closing still comes after the opening. */
    @Transactional
    public ChallengeView update(UUID id, Viewer viewer, ChallengeUpdate body) {
        requireAnimateur(viewer);
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
        challenge.updatedAt = OffsetDateTime.now();
        ConstraintConflicts.check(challenges::flush, ChallengeRefusal.CONSTRAINTS);
        return views.view(challenge, viewer.id());
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
