package fr.spyrales.training.path;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The paths the member wrote, follows, and the steps they ticked.
 *
 * <p>On erasure, their follows and ticks are deleted and their drafts with them (nobody else saw them); the paths they
 * published stay for their followers, with no author.
 */
@ApplicationScoped
public class PathPersonalData implements PersonalDataSection<PathPersonalData.LearningPaths> {
    static final String KEY = "learningPaths";

    private final LearningPathRepository paths;
    private final PathStepRepository steps;
    private final PathFollowRepository follows;

    PathPersonalData(LearningPathRepository paths, PathStepRepository steps, PathFollowRepository follows) {
        this.paths = paths;
        this.steps = steps;
        this.follows = follows;
    }

    @Schema(
            name = "PersonalDataLearningPaths",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record LearningPaths(
            @Schema(required = true, description = "Les parcours que j'ai écrits, brouillons compris.")
            List<Authored> authored,

            @Schema(required = true, description = "Les parcours que je suis.")
            List<Followed> followed,

            @Schema(required = true, description = "Les étapes que j'ai cochées.")
            List<StepDone> stepsDone) {}

    @Schema(name = "PersonalDataAuthoredPath")
    public record Authored(
            @Schema(required = true) UUID pathId,
            @Schema(required = true) String title,
            @Schema(required = true) PathStatus status,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "PersonalDataFollowedPath")
    public record Followed(
            @Schema(required = true) UUID pathId,
            @Schema(required = true) String title,
            @Schema(required = true) OffsetDateTime followedAt) {}

    @Schema(name = "PersonalDataPathStepDone")
    public record StepDone(
            @Schema(required = true) UUID pathId,
            @Schema(required = true) String pathTitle,
            @Schema(required = true) UUID stepId,
            @Schema(required = true) int position,
            @Schema(required = true) UUID resourceId,
            @Schema(required = true) OffsetDateTime doneAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public LearningPaths export(UUID memberId) {
        return new LearningPaths(
                paths.authoredBy(memberId).stream()
                        .map(p -> new Authored(p.id, p.title, p.status, p.createdAt))
                        .toList(),
                follows.followsOf(memberId).stream()
                        .map(r -> new Followed((UUID) r[0], (String) r[1], PathFollowRepository.time(r[2])))
                        .toList(),
                steps.doneBy(memberId).stream()
                        .map(r -> new StepDone(
                                (UUID) r[0],
                                (String) r[1],
                                (UUID) r[2],
                                ((Number) r[3]).intValue(),
                                (UUID) r[4],
                                PathFollowRepository.time(r[5])))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        steps.forgetDoneBy(id);
        follows.forgetFollowsOf(id);
        for (LearningPath path : paths.authoredBy(id)) {
            if (path.status == PathStatus.DRAFT) {
                paths.delete(path);
            } else {
                path.authorId = null;
            }
        }
        paths.flush();
    }
}
