package fr.spyrales.training.path;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.referential.SkillRepository;
import fr.spyrales.training.library.ResourceStatus;
import fr.spyrales.training.path.PathAccess.Viewer;
import fr.spyrales.training.path.PathDtos.PathCreate;
import fr.spyrales.training.path.PathDtos.PathUpdate;
import fr.spyrales.training.path.PathDtos.PathView;
import fr.spyrales.training.path.PathDtos.StepResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creates, edits, publishes, archives and deletes paths. */
@ApplicationScoped
public class PathEditing {
    private final PathAccess access;
    private final LearningPathRepository paths;
    private final PathStepRepository steps;
    private final StepResources resources;
    private final MemberRepository members;
    private final SkillRepository skills;
    private final PathViews views;

    PathEditing(
            PathAccess access,
            LearningPathRepository paths,
            PathStepRepository steps,
            StepResources resources,
            MemberRepository members,
            SkillRepository skills,
            PathViews views) {
        this.access = access;
        this.paths = paths;
        this.steps = steps;
        this.resources = resources;
        this.members = members;
        this.skills = skills;
        this.views = views;
    }

    /** A new draft, by an animateur or a member who can mentor. */
    @Transactional
    public PathView create(Viewer viewer, PathCreate body) {
        if (!viewer.animateur()) {
            Member author = members.findById(viewer.id());
            if (author == null || !author.canMentor) {
                throw PathRefusal.CANNOT_CREATE.exception();
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        LearningPath path = new LearningPath();
        path.id = UUID.randomUUID();
        path.title = body.title().strip();
        path.goal = body.goal().strip();
        path.level = body.level();
        path.programmingLanguage = body.programmingLanguage();
        path.skills = skillCodes(body.skills());
        path.estimatedMinutes = body.estimatedMinutes();
        path.status = PathStatus.DRAFT;
        path.authorId = viewer.id();
        path.createdAt = now;
        path.updatedAt = now;
        paths.persist(path);
        paths.flush();
        return views.view(path, viewer);
    }

    @Transactional
    public PathView update(UUID id, Viewer viewer, PathUpdate body) {
        LearningPath path = access.lockedForEditing(id, viewer);
        if (body.title() != null) {
            path.title = body.title().strip();
        }
        if (body.goal() != null) {
            path.goal = body.goal().strip();
        }
        if (body.level() != null) {
            path.level = body.level();
        }
        if (body.programmingLanguage() != null) {
            path.programmingLanguage = body.programmingLanguage();
        }
        if (body.skills() != null) {
            path.skills = skillCodes(body.skills());
        }
        if (body.estimatedMinutes() != null) {
            path.estimatedMinutes = body.estimatedMinutes() == 0 ? null : body.estimatedMinutes();
        }
        path.updatedAt = OffsetDateTime.now();
        paths.flush();
        return views.view(path, viewer);
    }

    /**
     * A draft is deleted; a published path is archived (hidden from the lists, its followers keep it and their
     * progress); deleting an archived path again changes nothing.
     */
    @Transactional
    public void delete(UUID id, Viewer viewer) {
        LearningPath path = access.locked(id, viewer);
        access.requireEditor(path, viewer);
        switch (path.status) {
            case DRAFT -> paths.delete(path); // its steps go with it (ON DELETE CASCADE)
            case PUBLISHED -> {
                OffsetDateTime now = OffsetDateTime.now();
                path.status = PathStatus.ARCHIVED;
                path.archivedAt = now;
                path.updatedAt = now;
            }
            case ARCHIVED -> {}
        }
    }

    /**
     * Opens the path to every member: a draft, or an archived path brought back. It needs one step at least, and
     * every step's resource published in the library: the first that is not is named.
     */
    @Transactional
    public PathView publish(UUID id, Viewer viewer) {
        LearningPath path = access.locked(id, viewer);
        access.requireEditor(path, viewer);
        if (path.status == PathStatus.PUBLISHED) {
            throw PathRefusal.ALREADY_PUBLISHED.exception();
        }
        List<LearningPathStep> ordered = steps.stepsOf(path.id);
        if (ordered.isEmpty()) {
            throw PathRefusal.NO_STEP.exception();
        }
        Map<UUID, StepResource> byId = resources.byIdsLockedForShare(
                ordered.stream().map(s -> s.resourceId).toList());
        for (LearningPathStep step : ordered) {
            StepResource resource = byId.get(step.resourceId);
            if (resource.status() != ResourceStatus.PUBLISHED) {
                throw ApiException.withExtension(
                        ProblemType.BUSINESS_RULE,
                        "L'étape " + step.position + " (« " + resource.title() + " ») renvoie à une ressource "
                                + unpublished(resource.status())
                                + " : remplacez-la ou retirez l'étape avant de publier le parcours.",
                        "stepId",
                        step.id);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        path.status = PathStatus.PUBLISHED;
        path.publishedAt = now;
        path.archivedAt = null;
        path.updatedAt = now;
        return views.view(path, viewer);
    }

    static String unpublished(ResourceStatus status) {
        return switch (status) {
            case WITHDRAWN -> "retirée de la bibliothèque";
            case PROPOSED -> "encore en relecture";
            case REJECTED -> "refusée par les animateurs";
            case PUBLISHED -> "publiée";
        };
    }

    /** Known skill codes, each once, in the order given. */
    private String[] skillCodes(List<String> codes) {
        Set<String> known = skills.byCode().keySet();
        Set<String> seen = new LinkedHashSet<>();
        for (String code : codes) {
            String c = code.strip();
            if (!known.contains(c)) {
                throw ApiException.invalidField("skills", "Compétence inconnue : " + c + ".");
            }
            if (!seen.add(c)) {
                throw ApiException.invalidField("skills", "La compétence " + c + " est indiquée deux fois.");
            }
        }
        return seen.toArray(String[]::new);
    }
}
