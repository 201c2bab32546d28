package fr.spyrales.mentorship.goal;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipDtos.GoalProgress;
import fr.spyrales.mentorship.MentorshipGoal;
import fr.spyrales.mentorship.MentorshipStateConflict;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.goal.GoalDtos.CommentCreate;
import fr.spyrales.mentorship.goal.GoalDtos.CommentView;
import fr.spyrales.mentorship.goal.GoalDtos.GoalCreate;
import fr.spyrales.mentorship.goal.GoalDtos.GoalList;
import fr.spyrales.mentorship.goal.GoalDtos.GoalUpdate;
import fr.spyrales.mentorship.goal.GoalDtos.GoalView;
import fr.spyrales.training.path.PathProgress;
import fr.spyrales.training.path.PathProgress.LinkedPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The goals of a pairing and their comments. Both parties change them from the request until the
 * pairing ends; nobody else reads them (supervisors see the progress counts on the pairing). Every change locks
 * the pairing first, so that it cannot end meanwhile and concurrent additions cannot pass the goal and comment limits.
 */
@ApplicationScoped
public class GoalService {
    static final int MAX_GOALS = 10;
    /** Per goal; the database holds the same ceilings (V12). */
    static final int MAX_COMMENTS = 50;

    private final MentorshipAccess access;
    private final GoalRepository goals;
    private final MemberRepository members;
    private final PathProgress paths;

    GoalService(MentorshipAccess access, GoalRepository goals, MemberRepository members, PathProgress paths) {
        this.access = access;
        this.goals = goals;
        this.members = members;
        this.paths = paths;
    }

    @Transactional
    public GoalList list(UUID mentorshipId, Viewer viewer) {
        Mentorship mentorship = access.forParty(mentorshipId, viewer);
        List<MentorshipGoal> found = goals.listInPairing(mentorshipId);
        Map<UUID, List<CommentView>> comments = GoalMapper.byGoal(goals.commentsInPairing(mentorshipId));
        Map<UUID, LinkedPath> linked = paths.forMentee(
                found.stream().map(g -> g.pathId).filter(Objects::nonNull).toList(), mentorship.mentee.id);
        List<GoalView> items = found.stream()
                .map(g -> GoalMapper.view(
                        g, comments.getOrDefault(g.id, List.of()), g.pathId == null ? null : linked.get(g.pathId)))
                .toList();
        int done = (int) found.stream().filter(g -> g.doneAt != null).count();
        return new GoalList(items, new GoalProgress(found.size(), done));
    }

    @Transactional
    public GoalView get(UUID mentorshipId, UUID goalId, Viewer viewer) {
        Mentorship mentorship = access.forParty(mentorshipId, viewer);
        return view(mentorship, goal(mentorshipId, goalId));
    }

    @Transactional
    public GoalView create(UUID mentorshipId, GoalCreate request, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        requireOpen(mentorship, viewer);
        if (goals.countInPairing(mentorshipId) >= MAX_GOALS) {
            throw new ApiException(
                    ProblemType.BUSINESS_RULE,
                    "Un mentorat compte au plus " + MAX_GOALS
                            + " objectifs : supprimez-en un avant d'en ajouter un autre.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        MentorshipGoal goal = new MentorshipGoal();
        goal.id = UUID.randomUUID();
        goal.mentorship = mentorship;
        goal.title = request.title().trim();
        goal.details = blankToNull(request.details());
        if (request.pathId() != null) {
            paths.requireLinkable(request.pathId());
            goal.pathId = request.pathId();
        }
        goal.position = goals.nextPosition(mentorshipId);
        goal.createdBy = members.findById(viewer.id());
        goal.updatedAt = now;
        goals.persistCreated(goal);
        return GoalMapper.view(goal, List.of(), linkedPath(mentorship, goal));
    }

    @Transactional
    public GoalView update(UUID mentorshipId, UUID goalId, GoalUpdate update, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        MentorshipGoal goal = goal(mentorshipId, goalId);
        requireOpen(mentorship, viewer);
        if (update.title != null) {
            goal.title = update.title.trim();
        }
        if (update.details != null) {
            goal.details = blankToNull(update.details);
        }
        if (update.pathId != null) {
            update.pathId.ifPresent(paths::requireLinkable);
            goal.pathId = update.pathId.orElse(null);
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (update.done != null) {
            if (!update.done) {
                goal.doneAt = null;
            } else if (goal.doneAt == null) {
                goal.doneAt = now;
            }
        }
        goal.updatedAt = now;
        return view(mentorship, goal);
    }

    @Transactional
    public void delete(UUID mentorshipId, UUID goalId, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        MentorshipGoal goal = goal(mentorshipId, goalId);
        requireOpen(mentorship, viewer);
        goals.delete(goal); // its comments go with it (ON DELETE CASCADE)
    }

    @Transactional
    public CommentView getComment(UUID mentorshipId, UUID goalId, UUID commentId, Viewer viewer) {
        access.forParty(mentorshipId, viewer);
        MentorshipGoal goal = goal(mentorshipId, goalId);
        return goals.findComment(goal.id, commentId)
                .map(GoalMapper::view)
                .orElseThrow(() -> ApiException.notFound("Ce commentaire n'existe pas."));
    }

    @Transactional
    public CommentView comment(UUID mentorshipId, UUID goalId, CommentCreate request, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        MentorshipGoal goal = goal(mentorshipId, goalId);
        requireOpen(mentorship, viewer);
        if (goals.countComments(goal.id) >= MAX_COMMENTS) {
            throw new ApiException(
                    ProblemType.BUSINESS_RULE,
                    "Un objectif compte au plus " + MAX_COMMENTS
                            + " commentaires : poursuivez l'échange dans un nouvel objectif.");
        }
        GoalComment comment = new GoalComment();
        comment.id = UUID.randomUUID();
        comment.goal = goal;
        comment.author = members.findById(viewer.id());
        comment.body = request.body().trim();
        comment.createdAt = OffsetDateTime.now();
        goals.persistComment(comment);
        return GoalMapper.view(comment);
    }

    /**
     * Goals are worked on from the request until the pairing ends: the mentee from the request, the mentor once they
     * have accepted it (before, they read the goals to decide).
     */
    private static void requireOpen(Mentorship mentorship, Viewer viewer) {
        if (!MentorshipStatus.OPEN.contains(mentorship.status)) {
            throw MentorshipStateConflict.of(mentorship.status, "ses objectifs ne peuvent plus être modifiés.");
        }
        if (mentorship.status == MentorshipStatus.PENDING && mentorship.isMentor(viewer.id())) {
            throw MentorshipStateConflict.of(
                    mentorship.status,
                    "vous pourrez modifier et commenter ses objectifs après avoir accepté la demande.");
        }
    }

    private MentorshipGoal goal(UUID mentorshipId, UUID goalId) {
        return goals.findInPairing(mentorshipId, goalId)
                .orElseThrow(() -> ApiException.notFound("Cet objectif n'existe pas dans ce mentorat."));
    }

    private GoalView view(Mentorship mentorship, MentorshipGoal goal) {
        return GoalMapper.view(
                goal, goals.commentsOf(goal.id).stream().map(GoalMapper::view).toList(), linkedPath(mentorship, goal));
    }

    /** The goal's path with the mentee's progress: what both parties of the pairing read. */
    private LinkedPath linkedPath(Mentorship mentorship, MentorshipGoal goal) {
        return goal.pathId == null
                ? null
                : paths.forMentee(List.of(goal.pathId), mentorship.mentee.id).get(goal.pathId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
