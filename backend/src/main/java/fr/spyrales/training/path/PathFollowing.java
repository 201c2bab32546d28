package fr.spyrales.training.path;

import fr.spyrales.training.path.PathAccess.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Following a path and ticking its steps. A member follows a published path; unfollowing keeps the ticked steps,
 * which count again if they follow it anew. Only a follower ticks steps (an archived path's followers still may).
 */
@ApplicationScoped
public class PathFollowing {
    private final PathAccess access;
    private final PathFollowRepository follows;
    private final PathStepRepository steps;

    PathFollowing(PathAccess access, PathFollowRepository follows, PathStepRepository steps) {
        this.access = access;
        this.follows = follows;
        this.steps = steps;
    }

    @Transactional
    public void follow(UUID pathId, Viewer viewer) {
        LearningPath path = access.shareLocked(pathId, viewer);
        if (path.status != PathStatus.PUBLISHED) {
            throw PathRefusal.NOT_PUBLISHED_TO_FOLLOW.exception();
        }
        follows.follow(pathId, viewer.id());
    }

    @Transactional
    public void unfollow(UUID pathId, Viewer viewer) {
        access.visible(pathId, viewer);
        follows.unfollow(pathId, viewer.id());
    }

    @Transactional
    public void markDone(UUID pathId, UUID stepId, Viewer viewer) {
        LearningPathStep step = followedStep(pathId, stepId, viewer);
        steps.markDone(step.id, viewer.id());
    }

    @Transactional
    public void unmarkDone(UUID pathId, UUID stepId, Viewer viewer) {
        LearningPathStep step = followedStep(pathId, stepId, viewer);
        steps.unmarkDone(step.id, viewer.id());
    }

    private LearningPathStep followedStep(UUID pathId, UUID stepId, Viewer viewer) {
        access.shareLocked(pathId, viewer);
        LearningPathStep step = steps.findInPath(pathId, stepId).orElseThrow(PathSteps::stepNotFound);
        if (!follows.follows(pathId, viewer.id())) {
            throw PathRefusal.FOLLOW_FIRST.exception();
        }
        return step;
    }
}
