package fr.spyrales.mentorship.goal;

import fr.spyrales.mentorship.goal.GoalDtos.CommentView;
import fr.spyrales.mentorship.goal.GoalDtos.GoalView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The goals of the member's pairings and their comments, the member's and the other party's, as the member
 * reads them. On erasure, the goals the member set and the comments they wrote become « contenu supprimé »;
 * the other party's stay, and so does every goal's progress.
 */
@ApplicationScoped
public class GoalPersonalData implements PersonalDataSection<GoalPersonalData.MentorshipGoals> {
    static final String KEY = "mentorshipGoals";

    private final GoalRepository goals;

    GoalPersonalData(GoalRepository goals) {
        this.goals = goals;
    }

    @Schema(
            name = "PersonalDataMentorshipGoals",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record MentorshipGoals(
            @Schema(required = true, description = "Par mentorat, les objectifs et leurs commentaires.")
            List<PairingGoals> items) {}

    @Schema(name = "PersonalDataPairingGoals")
    public record PairingGoals(
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) List<GoalView> goals) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MentorshipGoals export(UUID memberId) {
        Map<UUID, List<CommentView>> comments = GoalMapper.byGoal(goals.commentsInPairingsOf(memberId));
        Map<UUID, List<GoalView>> byPairing = goals.inPairingsOf(memberId).stream()
                .collect(Collectors.groupingBy(
                        g -> g.mentorship.id,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                g -> GoalMapper.view(g, comments.getOrDefault(g.id, List.of()), null),
                                Collectors.toList())));
        return new MentorshipGoals(byPairing.entrySet().stream()
                .map(e -> new PairingGoals(e.getKey(), e.getValue()))
                .toList());
    }

    void erase(@Observes MemberErased erased) {
        goals.createdBy(erased.memberId()).forEach(g -> {
            g.title = MemberErased.ERASED_TEXT;
            g.details = g.details == null ? null : MemberErased.ERASED_TEXT;
        });
        goals.commentsBy(erased.memberId()).forEach(c -> c.body = MemberErased.ERASED_TEXT);
    }
}
