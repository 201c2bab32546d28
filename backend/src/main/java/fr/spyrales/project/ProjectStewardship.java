package fr.spyrales.project;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.project.ProjectReportDtos.ConsoleAction;
import fr.spyrales.project.ProjectReportDtos.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The console's actions on a project that has lost its lead: an animateur closes it (it is archived) or appoints a
 * lead among its active team members. Each takes the lock on the project row first, checks its rule under it, writes
 * one audit row and tells the people concerned, all in one transaction.
 */
@ApplicationScoped
public class ProjectStewardship {
    static final String ALREADY_CLOSED = "Ce projet est déjà terminé ou archivé : il n'y a rien à clore.";
    static final String NOT_ACTIVE = "Cette personne ne peut pas être désignée : son compte est suspendu ou supprimé.";

    private final ProjectAccess access;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final AuditLog audit;
    private final Event<ProjectTeamNews> news;

    ProjectStewardship(
            ProjectAccess access,
            TeamRepository teams,
            MemberRepository members,
            AuditLog audit,
            Event<ProjectTeamNews> news) {
        this.access = access;
        this.teams = teams;
        this.members = members;
        this.audit = audit;
        this.news = news;
    }

    /** The project is archived; its team hears why. A project already done or archived is refused. */
    @Transactional
    public ConsoleAction close(UUID projectId, UUID animateurId, String reason) {
        Project project = access.locked(projectId);
        if (project.status == ProjectStatus.DONE || project.status == ProjectStatus.ARCHIVED) {
            throw new ApiException(ProblemType.CONFLICT, ALREADY_CLOSED);
        }
        OffsetDateTime now = OffsetDateTime.now();
        project.status = ProjectStatus.ARCHIVED;
        project.updatedAt = now;
        audit.record(
                AuditAction.PROJECT_CLOSED,
                AuditActor.member(animateurId),
                AuditTarget.of("project", projectId),
                "Clos depuis la console d'animation");
        List<UUID> team =
                teams.teamOf(projectId).stream().map(TeamMember::memberId).toList();
        if (!team.isEmpty()) {
            news.fire(new ProjectTeamNews(
                    ProjectTeamNews.Kind.CLOSED_BY_ANIMATION, projectId, project.title, team, reason.strip()));
        }
        ConstraintConflicts.check(teams::flush, ProjectRefusal.CONSTRAINTS);
        return action(project, animateurId, now);
    }

    /** An active member of the team who is not a lead yet becomes one, and hears why. */
    @Transactional
    public ConsoleAction appointLead(UUID projectId, UUID animateurId, UUID memberId, String reason) {
        Project project = access.locked(projectId);
        TeamMember member = teams.find(projectId, memberId).orElseThrow(ProjectRefusal.NOT_IN_TEAM::exception);
        if (member.isLead()) {
            throw ProjectRefusal.ALREADY_LEAD.exception();
        }
        Member account = members.findById(memberId);
        if (account.isErased() || teams.isSuspended(memberId)) {
            throw new ApiException(ProblemType.CONFLICT, NOT_ACTIVE);
        }
        member.role = TeamRole.LEAD;
        ConstraintConflicts.check(teams::flush, ProjectRefusal.CONSTRAINTS);
        audit.record(
                AuditAction.PROJECT_LEAD_APPOINTED,
                AuditActor.member(animateurId),
                AuditTarget.of("project", projectId),
                "Responsable désigné : membre " + memberId);
        news.fire(new ProjectTeamNews(
                ProjectTeamNews.Kind.LEAD_APPOINTED, projectId, project.title, List.of(memberId), reason.strip()));
        return action(project, animateurId, OffsetDateTime.now());
    }

    private ConsoleAction action(Project project, UUID animateurId, OffsetDateTime at) {
        List<UUID> leads = teams.teamOf(project.id).stream()
                .filter(TeamMember::isLead)
                .map(TeamMember::memberId)
                .toList();
        Map<UUID, String> names = members.displayNames(
                java.util.stream.Stream.concat(leads.stream(), java.util.stream.Stream.of(animateurId))
                        .toList());
        return new ConsoleAction(
                project.id,
                project.status,
                leads.stream().map(id -> new Person(id, names.get(id))).toList(),
                names.getOrDefault(animateurId, ""),
                at);
    }
}
