package fr.spyrales.project;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.project.ProjectDtos.JoinRequestCreate;
import fr.spyrales.project.ProjectDtos.JoinRequestView;
import fr.spyrales.project.ProjectDtos.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A project's team: requests to join and the leads' answers, leaving, promoting and demoting. Every change takes
 * the lock on the project row first and checks its rule under it; the database's triggers check the same rules
 * (a lead always left, the team never past its maximum) under the same lock.
 */
@ApplicationScoped
public class ProjectTeam {
    private final ProjectAccess access;
    private final ProjectRepository projects;
    private final TeamRepository teams;
    private final JoinRequestRepository requests;
    private final ProjectViews views;
    private final Event<ProjectTeamNews> news;
    private final Event<JoinRequestAnswered> answers;

    ProjectTeam(
            ProjectAccess access,
            ProjectRepository projects,
            TeamRepository teams,
            JoinRequestRepository requests,
            ProjectViews views,
            Event<ProjectTeamNews> news,
            Event<JoinRequestAnswered> answers) {
        this.access = access;
        this.projects = projects;
        this.teams = teams;
        this.requests = requests;
        this.views = views;
        this.news = news;
        this.answers = answers;
    }

    @Transactional
    public JoinRequestView requestToJoin(UUID projectId, UUID memberId, JoinRequestCreate body) {
        Project project = access.locked(projectId);
        if (project.status == ProjectStatus.DONE || project.status == ProjectStatus.ARCHIVED) {
            throw ProjectRefusal.CLOSED.exception();
        }
        if (teams.find(projectId, memberId).isPresent()) {
            throw ProjectRefusal.ALREADY_IN_TEAM.exception();
        }
        if (requests.hasPending(projectId, memberId)) {
            throw ProjectRefusal.REQUEST_PENDING.exception();
        }
        JoinRequest request = new JoinRequest();
        request.id = UUID.randomUUID();
        request.projectId = projectId;
        request.memberId = memberId;
        request.message = body.message().strip();
        request.state = JoinRequestState.PENDING;
        request.createdAt = OffsetDateTime.now();
        requests.persist(request);
        ConstraintConflicts.check(requests::flush, ProjectRefusal.CONSTRAINTS);
        List<UUID> leads = teams.teamOf(projectId).stream()
                .filter(TeamMember::isLead)
                .map(TeamMember::memberId)
                .toList();
        tell(ProjectTeamNews.Kind.JOIN_REQUESTED, project, leads, null);
        return view(request);
    }

    /** The project's requests, for its leads. */
    @Transactional
    public List<JoinRequestView> requestsOf(UUID projectId, UUID viewerId) {
        access.visible(projectId);
        access.requireLead(projectId, viewerId);
        List<JoinRequest> all = requests.ofProject(projectId);
        var names = views.names(Set.copyOf(all.stream().map(r -> r.memberId).toList()));
        return all.stream()
                .map(r -> ProjectMapper.request(r, names.get(r.memberId)))
                .toList();
    }

    /** One request, for the member who made it and for the project's leads; 404 for everyone else. */
    @Transactional
    public JoinRequestView request(UUID projectId, UUID requestId, UUID viewerId) {
        access.visible(projectId);
        JoinRequest request = requests.findByIdOptional(requestId)
                .filter(r -> r.projectId.equals(projectId))
                .filter(r -> r.memberId.equals(viewerId) || access.isLead(projectId, viewerId))
                .orElseThrow(ProjectTeam::requestNotFound);
        return view(request);
    }

    @Transactional
    public JoinRequestView accept(UUID projectId, UUID requestId, UUID leadId) {
        JoinRequest request = pendingForLead(projectId, requestId, leadId);
        Project project = projects.findById(projectId);
        if (project.maxTeamSize != null && teams.size(projectId) >= project.maxTeamSize) {
            throw ProjectRefusal.TEAM_FULL.exception();
        }
        teams.persist(TeamMember.of(projectId, request.memberId, TeamRole.MEMBER));
        answer(request, leadId, JoinRequestState.ACCEPTED, null);
        tell(ProjectTeamNews.Kind.JOIN_ACCEPTED, project, List.of(request.memberId), null);
        return view(request);
    }

    @Transactional
    public JoinRequestView decline(UUID projectId, UUID requestId, UUID leadId, String reason) {
        JoinRequest request = pendingForLead(projectId, requestId, leadId);
        answer(request, leadId, JoinRequestState.DECLINED, reason.strip());
        tell(
                ProjectTeamNews.Kind.JOIN_DECLINED,
                projects.findById(projectId),
                List.of(request.memberId),
                request.answerReason);
        return view(request);
    }

    /** The member leaves the team; the last lead cannot. */
    @Transactional
    public void leave(UUID projectId, UUID memberId) {
        access.locked(projectId);
        TeamMember member = teams.find(projectId, memberId).orElseThrow(ProjectRefusal.NOT_IN_TEAM::exception);
        if (member.isLead() && teams.leads(projectId) <= 1) {
            throw ProjectRefusal.LAST_LEAD.exception();
        }
        teams.delete(member);
        ConstraintConflicts.check(teams::flush, ProjectRefusal.CONSTRAINTS);
    }

    @Transactional
    public ProjectView promote(UUID projectId, UUID memberId, UUID leadId) {
        ProjectView promoted = changeRole(projectId, memberId, leadId, member -> {
            if (member.isLead()) {
                throw ProjectRefusal.ALREADY_LEAD.exception();
            }
            return TeamRole.LEAD;
        });
        tell(ProjectTeamNews.Kind.PROMOTED, projects.findById(projectId), List.of(memberId), null);
        return promoted;
    }

    /** A lead steps another lead (or themselves) down; the last lead cannot be. */
    @Transactional
    public ProjectView demote(UUID projectId, UUID memberId, UUID leadId) {
        return changeRole(projectId, memberId, leadId, member -> {
            if (!member.isLead()) {
                throw ProjectRefusal.NOT_A_LEAD.exception();
            }
            if (teams.leads(projectId) <= 1) {
                throw ProjectRefusal.LAST_LEAD.exception();
            }
            return TeamRole.MEMBER;
        });
    }

    private ProjectView changeRole(UUID projectId, UUID memberId, UUID leadId, Function<TeamMember, TeamRole> rule) {
        Project project = access.locked(projectId);
        access.requireLead(projectId, leadId);
        TeamMember member = teams.find(projectId, memberId).orElseThrow(ProjectRefusal.NOT_IN_TEAM::exception);
        member.role = rule.apply(member);
        ConstraintConflicts.check(teams::flush, ProjectRefusal.CONSTRAINTS);
        return views.view(project, leadId);
    }

    /** The request, locked with its project, when the caller leads the project and nobody answered yet. */
    private JoinRequest pendingForLead(UUID projectId, UUID requestId, UUID leadId) {
        access.locked(projectId);
        access.requireLead(projectId, leadId);
        JoinRequest request =
                requests.findInProjectForUpdate(projectId, requestId).orElseThrow(ProjectTeam::requestNotFound);
        if (request.state != JoinRequestState.PENDING) {
            throw ProjectRefusal.REQUEST_ANSWERED.exception();
        }
        return request;
    }

    private void answer(JoinRequest request, UUID leadId, JoinRequestState state, String reason) {
        request.state = state;
        request.answeredBy = leadId;
        request.answeredAt = OffsetDateTime.now();
        request.answerReason = reason;
        ConstraintConflicts.check(requests::flush, ProjectRefusal.CONSTRAINTS);
        answers.fire(new JoinRequestAnswered(request.projectId, leadId));
    }

    private void tell(ProjectTeamNews.Kind kind, Project project, List<UUID> recipients, String reason) {
        news.fire(new ProjectTeamNews(kind, project.id, project.title, recipients, reason));
    }

    private JoinRequestView view(JoinRequest request) {
        return ProjectMapper.request(
                request, views.names(Set.of(request.memberId)).get(request.memberId));
    }

    private static ApiException requestNotFound() {
        return ApiException.notFound("Cette demande n'existe pas ou ne vous concerne pas.");
    }
}
