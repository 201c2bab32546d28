package fr.spyrales.training.path;

import fr.spyrales.common.ApiException;
import fr.spyrales.training.path.PathDtos.Progress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The door through which other features (a mentorship goal) point to a path and read a member's progress on it.
 * Runs in the caller's transaction; the caller decides who may read what (the two parties of a pairing).
 */
@ApplicationScoped
public class PathProgress {
    private final LearningPathRepository paths;
    private final PathFollowRepository follows;

    PathProgress(LearningPathRepository paths, PathFollowRepository follows) {
        this.paths = paths;
        this.follows = follows;
    }

    @Schema(
            name = "MentorshipGoalPath",
            description = "Le parcours lié à un objectif, et où en est la personne accompagnée.")
    public record LinkedPath(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) PathStatus status,

            @Schema(required = true, description = "La personne accompagnée suit ce parcours.")
            boolean menteeFollows,

            @Schema(
                    required = true,
                    description = "Ses étapes cochées sur le nombre d'étapes (aucune tant qu'elle ne le suit pas).")
            Progress menteeProgress) {}

    /** Refuses a path that is not published (unknown, draft or archived) as the {@code pathId} of a body. */
    public void requireLinkable(UUID pathId) {
        paths.findByIdOptional(pathId)
                .filter(p -> p.status == PathStatus.PUBLISHED)
                .orElseThrow(() -> ApiException.invalidField(
                        "pathId", "Choisissez un parcours publié : celui-ci n'existe pas ou n'est pas publié."));
    }

    /** These paths, each with the mentee's progress on it. */
    public Map<UUID, LinkedPath> forMentee(Collection<UUID> pathIds, UUID menteeId) {
        if (pathIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(new HashSet<>(pathIds));
        Map<UUID, Integer> steps = paths.stepCounts(ids);
        Set<UUID> followed = follows.followedAmong(ids, menteeId);
        Map<UUID, Integer> done = followed.isEmpty() ? Map.of() : paths.doneCounts(followed, menteeId);
        return paths.list("id in ?1", ids).stream()
                .map(p -> new LinkedPath(
                        p.id,
                        p.title,
                        p.status,
                        followed.contains(p.id),
                        Progress.of(done.getOrDefault(p.id, 0), steps.getOrDefault(p.id, 0))))
                .collect(Collectors.toMap(LinkedPath::id, Function.identity()));
    }
}
