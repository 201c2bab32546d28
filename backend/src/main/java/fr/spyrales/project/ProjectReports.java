package fr.spyrales.project;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.security.Roles;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.project.ProjectReportDtos.Decided;
import fr.spyrales.project.ProjectReportDtos.Decision;
import fr.spyrales.project.ProjectReportDtos.DecisionKind;
import fr.spyrales.project.ProjectReportDtos.Person;
import fr.spyrales.project.ProjectReportDtos.ReportCreate;
import fr.spyrales.project.ProjectReportDtos.ReportLine;
import fr.spyrales.project.ProjectReportDtos.ReportView;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Project reports: any member who sees a project may tell the animateurs that it breaks the community's rules, once
 * at a time (one open report per member and project, which a partial unique index also enforces); every animateur
 * and admin hears of it in the app. From the console, an animateur dismisses the report or archives the project,
 * which closes all its open reports; each reporter hears of the decision. Every change locks the project row first,
 * then its reports.
 */
@ApplicationScoped
public class ProjectReports {
    static final String ALREADY_REPORTED =
            "Vous avez déjà signalé ce projet : les animateurs n'ont pas encore traité" + " votre signalement.";
    static final String ARCHIVED = "Ce projet est archivé : il n'est plus nécessaire de le signaler.";
    static final String COMMENT_REQUIRED =
            "Précisez le problème : le commentaire est obligatoire pour le motif" + " « Autre ».";
    static final String NOT_FOUND = "Ce signalement n'existe pas.";

    private final ProjectAccess access;
    private final ProjectReportRepository reports;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final AuditLog audit;
    private final Event<ProjectTeamNews> news;
    private final Event<ProjectReportsSettled> settled;

    ProjectReports(
            ProjectAccess access,
            ProjectReportRepository reports,
            TeamRepository teams,
            MemberRepository members,
            AuditLog audit,
            Event<ProjectTeamNews> news,
            Event<ProjectReportsSettled> settled) {
        this.access = access;
        this.reports = reports;
        this.teams = teams;
        this.members = members;
        this.audit = audit;
        this.news = news;
        this.settled = settled;
    }

    @Transactional
    public ReportView file(UUID projectId, UUID reporterId, ReportCreate body) {
        String comment = body.comment() == null || body.comment().isBlank()
                ? null
                : body.comment().strip();
        if (body.reason() == ProjectReportReason.OTHER && comment == null) {
            throw ApiException.invalidField("comment", COMMENT_REQUIRED);
        }
        Project project = access.locked(projectId);
        if (project.status == ProjectStatus.ARCHIVED) {
            throw new ApiException(ProblemType.CONFLICT, ARCHIVED);
        }
        if (reports.hasOpen(projectId, reporterId)) {
            throw new ApiException(ProblemType.CONFLICT, ALREADY_REPORTED);
        }
        ProjectReport report = new ProjectReport();
        report.id = UUID.randomUUID();
        report.project = project;
        report.reporter = members.findById(reporterId);
        report.reason = body.reason();
        report.comment = comment;
        report.status = ProjectReportStatus.OPEN;
        report.createdAt = OffsetDateTime.now();
        reports.persist(report);
        ConstraintConflicts.check(reports::flush, Map.of("project_report_one_open_key", ALREADY_REPORTED));
        Set<UUID> supervisors = new LinkedHashSet<>();
        for (String role : List.of(Roles.ANIMATEUR, Roles.ADMIN)) {
            members.activeWithRole(role).forEach(m -> supervisors.add(m.id));
        }
        supervisors.remove(reporterId);
        tell(ProjectTeamNews.Kind.REPORTED, project, List.copyOf(supervisors), null);
        return new ReportView(report.id, projectId, report.reason, report.comment, report.status, report.createdAt);
    }

    /** The console's queue: the open reports on live projects, oldest first. */
    @Transactional
    public PageResponse<ReportLine> open(PageQuery page) {
        List<ReportLine> items = reports.pageOpen(Page.of(page.page, page.size)).stream()
                .map(ProjectReports::line)
                .toList();
        return new PageResponse<>(items, page.page, page.size, reports.countOpen());
    }

    @Transactional
    public Decided decide(UUID reportId, UUID animateurId, Decision decision) {
        UUID projectId = reports.projectOf(reportId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        Project project = access.locked(projectId);
        ProjectReport report = reports.findForUpdate(reportId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (report.status != ProjectReportStatus.OPEN) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Ce signalement a déjà été traité"
                            + (report.decidedBy == null ? "." : " par " + report.decidedBy.displayName + "."));
        }
        String note = decision.note().strip();
        Member animateur = members.findById(animateurId);
        OffsetDateTime now = OffsetDateTime.now();
        List<ProjectReport> closed = new ArrayList<>();
        if (decision.decision() == DecisionKind.DISMISS) {
            close(report, ProjectReportStatus.DISMISSED, animateur, note, now);
            closed.add(report);
        } else {
            for (ProjectReport open : reports.openOfProjectForUpdate(projectId)) {
                close(open, ProjectReportStatus.PROJECT_ARCHIVED, animateur, note, now);
                closed.add(open);
            }
        }
        audit.record(
                AuditAction.REPORT_DECIDED,
                AuditActor.member(animateurId),
                AuditTarget.of("project_report", report.id),
                decision.decision().name() + ", projet " + projectId + ", " + closed.size() + " signalement(s) clos");
        if (decision.decision() == DecisionKind.ARCHIVE_PROJECT && project.status != ProjectStatus.ARCHIVED) {
            project.status = ProjectStatus.ARCHIVED;
            project.updatedAt = now;
            audit.record(
                    AuditAction.PROJECT_CLOSED,
                    AuditActor.member(animateurId),
                    AuditTarget.of("project", projectId),
                    "Archivé à la suite du signalement " + report.id);
            tell(
                    ProjectTeamNews.Kind.CLOSED_BY_ANIMATION,
                    project,
                    teams.teamOf(projectId).stream().map(TeamMember::memberId).toList(),
                    note);
        }
        reports.flush();
        // Archiving closed every open report of the project; a dismissal closed one, others may remain.
        if (decision.decision() == DecisionKind.ARCHIVE_PROJECT || !reports.anyOpenOf(projectId)) {
            settled.fire(new ProjectReportsSettled(projectId));
        }
        tell(
                decision.decision() == DecisionKind.DISMISS
                        ? ProjectTeamNews.Kind.REPORT_DISMISSED
                        : ProjectTeamNews.Kind.REPORT_ARCHIVED,
                project,
                closed.stream().map(r -> r.reporter.id).distinct().toList(),
                note);
        return new Decided(
                report.id, projectId, report.status, now, animateur.displayName, closed.size(), project.status);
    }

    private static void close(
            ProjectReport report, ProjectReportStatus status, Member by, String note, OffsetDateTime at) {
        report.status = status;
        report.decidedBy = by;
        report.decidedAt = at;
        report.decisionNote = note;
    }

    static ReportLine line(ProjectReport r) {
        return new ReportLine(
                r.id,
                r.project.id,
                r.project.title,
                r.project.status,
                r.reason,
                r.comment,
                new Person(r.reporter.id, r.reporter.displayName),
                r.createdAt);
    }

    private void tell(ProjectTeamNews.Kind kind, Project project, List<UUID> recipients, String reason) {
        if (!recipients.isEmpty()) {
            news.fire(new ProjectTeamNews(kind, project.id, project.title, recipients, reason));
        }
    }
}
