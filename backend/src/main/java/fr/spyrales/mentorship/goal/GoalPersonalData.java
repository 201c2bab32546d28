package fr.spyrales.mentorship.goal;

import fr.spyrales.mentorship.MentorshipGoal;
import fr.spyrales.mentorship.goal.GoalDtos.CommentView;
import fr.spyrales.mentorship.goal.GoalDtos.GoalView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;

    GoalPersonalData(EntityManager em) {
        this.em = em;
    }

    @Schema(name = "PersonalDataMentorshipGoals", extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record MentorshipGoals(
            @Schema(required = true, description = "Par mentorat, les objectifs et leurs commentaires.") List<PairingGoals> items) {}

    @Schema(name = "PersonalDataPairingGoals")
    public record PairingGoals(@Schema(required = true) UUID mentorshipId, @Schema(required = true) List<GoalView> goals) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MentorshipGoals export(UUID memberId) {
        List<MentorshipGoal> goals = em.createQuery("""
                        from MentorshipGoal g left join fetch g.createdBy
                        where g.mentorship.mentee.id = :id or g.mentorship.mentor.id = :id
                        order by g.mentorship.requestedAt, g.mentorship.id, g.position, g.createdAt, g.id""", MentorshipGoal.class)
                .setParameter("id", memberId).getResultList();
        Map<UUID, List<CommentView>> comments = em.createQuery("""
                        from GoalComment c left join fetch c.author
                        where c.goal.mentorship.mentee.id = :id or c.goal.mentorship.mentor.id = :id
                        order by c.createdAt, c.id""", GoalComment.class)
                .setParameter("id", memberId).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.goal.id, Collectors.mapping(GoalService::view, Collectors.toList())));
        Map<UUID, List<GoalView>> byPairing = goals.stream().collect(Collectors.groupingBy(g -> g.mentorship.id, LinkedHashMap::new,
                Collectors.mapping(g -> GoalService.view(g, comments.getOrDefault(g.id, List.of())), Collectors.toList())));
        return new MentorshipGoals(byPairing.entrySet().stream().map(e -> new PairingGoals(e.getKey(), e.getValue())).toList());
    }

    void erase(@Observes MemberErased erased) {
        em.createQuery("from MentorshipGoal g where g.createdBy.id = :id", MentorshipGoal.class)
                .setParameter("id", erased.memberId()).getResultList().forEach(g -> {
                    g.title = MemberErased.ERASED_TEXT;
                    g.details = g.details == null ? null : MemberErased.ERASED_TEXT;
                });
        em.createQuery("from GoalComment c where c.author.id = :id", GoalComment.class)
                .setParameter("id", erased.memberId()).getResultList().forEach(c -> c.body = MemberErased.ERASED_TEXT);
    }
}
