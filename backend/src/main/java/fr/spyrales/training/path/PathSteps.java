package fr.spyrales.training.path;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.training.library.ResourceStatus;
import fr.spyrales.training.path.PathAccess.Viewer;
import fr.spyrales.training.path.PathDtos.PathStep;
import fr.spyrales.training.path.PathDtos.PathStepCreate;
import fr.spyrales.training.path.PathDtos.PathStepUpdate;
import fr.spyrales.training.path.PathDtos.StepResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The steps of a path: added, moved, changed and removed by its editors, under the path's row lock, so that the
 * steps stay numbered 1..n without gaps whatever the concurrent moves (the unique position, checked at commit,
 * backs it).
 */
@ApplicationScoped
public class PathSteps {
    static final int MAX_STEPS = 50;

    private final PathAccess access;
    private final PathStepRepository steps;
    private final StepResources resources;

    PathSteps(PathAccess access, PathStepRepository steps, StepResources resources) {
        this.access = access;
        this.steps = steps;
        this.resources = resources;
    }

    @Transactional
    public PathStep add(UUID pathId, Viewer viewer, PathStepCreate body) {
        LearningPath path = access.lockedForEditing(pathId, viewer);
        List<LearningPathStep> ordered = new ArrayList<>(steps.stepsOf(pathId));
        if (ordered.size() >= MAX_STEPS) {
            throw PathRefusal.TOO_MANY_STEPS.exception();
        }
        StepResource resource = resources
                .byIdLockedForShare(body.resourceId())
                .orElseThrow(() ->
                        ApiException.invalidField("resourceId", "Cette ressource n'existe pas dans la bibliothèque."));
        if (resource.status() != ResourceStatus.PUBLISHED) {
            throw ApiException.invalidField(
                    "resourceId",
                    "Seule une ressource publiée peut devenir une étape : celle-ci est "
                            + PathEditing.unpublished(resource.status())
                            + ".");
        }
        if (ordered.stream().anyMatch(s -> s.resourceId.equals(body.resourceId()))) {
            throw PathRefusal.RESOURCE_ALREADY_IN_PATH.exception();
        }
        int position = body.position() == null ? ordered.size() + 1 : body.position();
        if (position > ordered.size() + 1) {
            throw ApiException.invalidField("position", "La position va de 1 à " + (ordered.size() + 1) + ".");
        }
        LearningPathStep step = new LearningPathStep();
        step.id = UUID.randomUUID();
        step.pathId = pathId;
        step.resourceId = body.resourceId();
        step.note = blankToNull(body.note());
        step.checkpoint = blankToNull(body.checkpoint());
        step.createdAt = OffsetDateTime.now();
        ordered.add(position - 1, step);
        renumber(ordered);
        steps.persist(step);
        touch(path);
        ConstraintConflicts.check(steps::flush, PathRefusal.CONSTRAINTS);
        return PathMapper.step(step, resource, false);
    }

    @Transactional
    public PathStep update(UUID pathId, UUID stepId, Viewer viewer, PathStepUpdate body) {
        LearningPath path = access.lockedForEditing(pathId, viewer);
        List<LearningPathStep> ordered = new ArrayList<>(steps.stepsOf(pathId));
        LearningPathStep step = inPath(ordered, stepId);
        if (body.note() != null) {
            step.note = blankToNull(body.note());
        }
        if (body.checkpoint() != null) {
            step.checkpoint = blankToNull(body.checkpoint());
        }
        if (body.position() != null && body.position() != step.position) {
            if (body.position() > ordered.size()) {
                throw ApiException.invalidField("position", "La position va de 1 à " + ordered.size() + ".");
            }
            ordered.remove(step);
            ordered.add(body.position() - 1, step);
            renumber(ordered);
        }
        touch(path);
        steps.flush();
        StepResource resource = resources.byId(step.resourceId).orElseThrow();
        return PathMapper.step(step, resource, steps.doneIn(pathId, viewer.id()).contains(step.id));
    }

    @Transactional
    public void delete(UUID pathId, UUID stepId, Viewer viewer) {
        LearningPath path = access.lockedForEditing(pathId, viewer);
        List<LearningPathStep> ordered = new ArrayList<>(steps.stepsOf(pathId));
        LearningPathStep step = inPath(ordered, stepId);
        if (path.status == PathStatus.PUBLISHED && ordered.size() == 1) {
            throw PathRefusal.LAST_STEP.exception();
        }
        ordered.remove(step);
        steps.delete(step); // the ticks of the step go with it (ON DELETE CASCADE)
        renumber(ordered);
        touch(path);
    }

    private static LearningPathStep inPath(List<LearningPathStep> ordered, UUID stepId) {
        return ordered.stream().filter(s -> s.id.equals(stepId)).findFirst().orElseThrow(PathSteps::stepNotFound);
    }

    static ApiException stepNotFound() {
        return ApiException.notFound("Cette étape n'existe pas dans ce parcours.");
    }

    /** 1..n in the list's order; the unique position is checked at commit, once every step has its place. */
    private static void renumber(List<LearningPathStep> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = i + 1;
        }
    }

    private static void touch(LearningPath path) {
        path.updatedAt = OffsetDateTime.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
