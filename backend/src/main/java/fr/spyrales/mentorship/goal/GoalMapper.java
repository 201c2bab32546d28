package fr.spyrales.mentorship.goal;

import fr.spyrales.mentorship.MentorshipGoal;
import fr.spyrales.mentorship.goal.GoalDtos.CommentView;
import fr.spyrales.mentorship.goal.GoalDtos.GoalView;
import fr.spyrales.training.path.PathProgress.LinkedPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Goals and their comments as the API shows them. Runs no query. */
final class GoalMapper {
    private GoalMapper() {}

    static GoalView view(MentorshipGoal g, List<CommentView> comments, LinkedPath path) {
        return new GoalView(
                g.id,
                g.title,
                g.details,
                g.doneAt != null,
                g.doneAt,
                g.position,
                g.createdBy == null ? null : g.createdBy.id,
                g.createdAt,
                g.updatedAt,
                comments,
                path);
    }

    static CommentView view(GoalComment c) {
        return new CommentView(
                c.id,
                c.author == null ? null : c.author.id,
                c.author == null ? null : c.author.displayName,
                c.body,
                c.createdAt);
    }

    /** Comments of several goals, by goal, in the order given. */
    static Map<UUID, List<CommentView>> byGoal(List<GoalComment> comments) {
        return comments.stream()
                .collect(Collectors.groupingBy(
                        c -> c.goal.id, Collectors.mapping(GoalMapper::view, Collectors.toList())));
    }
}
