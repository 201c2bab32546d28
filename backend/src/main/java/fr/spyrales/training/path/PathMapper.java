package fr.spyrales.training.path;

import fr.spyrales.common.markdown.SafeMarkdown;
import fr.spyrales.training.path.PathDtos.Author;
import fr.spyrales.training.path.PathDtos.PathStep;
import fr.spyrales.training.path.PathDtos.PathSummary;
import fr.spyrales.training.path.PathDtos.PathView;
import fr.spyrales.training.path.PathDtos.Progress;
import fr.spyrales.training.path.PathDtos.StepResource;
import java.util.List;

/** Paths and their steps as the API shows them. Runs no query. */
final class PathMapper {
    private PathMapper() {}

    /** What the lists show of a path, with the counts the service read for its page. */
    record Counts(int steps, int followers, Progress myProgress) {}

    static PathSummary summary(LearningPath p, Author author, Counts counts) {
        return new PathSummary(
                p.id,
                p.title,
                p.goal,
                p.level,
                p.programmingLanguage,
                List.of(p.skills),
                p.estimatedMinutes,
                counts.steps(),
                p.status,
                author,
                counts.followers(),
                counts.myProgress());
    }

    static PathView view(LearningPath p, Author author, Counts counts, List<PathStep> steps, boolean canEdit) {
        return new PathView(
                p.id,
                p.title,
                p.goal,
                p.level,
                p.programmingLanguage,
                List.of(p.skills),
                p.estimatedMinutes,
                counts.steps(),
                p.status,
                author,
                counts.followers(),
                counts.myProgress(),
                steps,
                canEdit,
                p.createdAt,
                p.updatedAt,
                p.publishedAt);
    }

    static PathStep step(LearningPathStep s, StepResource resource, boolean done) {
        return new PathStep(
                s.id,
                s.position,
                s.note,
                SafeMarkdown.toHtml(s.note),
                s.checkpoint,
                SafeMarkdown.toHtml(s.checkpoint),
                resource,
                done);
    }
}
