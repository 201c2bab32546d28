package fr.spyrales.mentorship.report;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.report.ReportAccess.Scope;
import fr.spyrales.mentorship.report.ReportDtos.ReportCreate;
import fr.spyrales.mentorship.report.ReportDtos.ReportResolution;
import fr.spyrales.mentorship.report.ReportDtos.ReportView;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reports: a party of a pairing tells the animateurs about a problem, whatever the state of the pairing, even
 * after its end; the animateurs hear of it in the app, read it and mark it resolved, and its author hears of that.
 * A party keeps at most a few reports open on a pairing at once; filing locks the pairing, so that concurrent
 * reports cannot pass the limit.
 */
@ApplicationScoped
public class ReportService {
    static final int MAX_OPEN_PER_AUTHOR = 5;

    private final ReportAccess access;
    private final ReportRepository reports;
    private final Event<ReportFiled> filings;
    private final Event<ReportResolved> resolutions;
    private final MemberRepository members;
    private final AuditLog audit;

    ReportService(
            ReportAccess access,
            ReportRepository reports,
            Event<ReportFiled> filings,
            Event<ReportResolved> resolutions,
            MemberRepository members,
            AuditLog audit) {
        this.access = access;
        this.reports = reports;
        this.filings = filings;
        this.resolutions = resolutions;
        this.members = members;
        this.audit = audit;
    }

    @Transactional
    public ReportView file(UUID mentorshipId, ReportCreate request, Viewer viewer) {
        Mentorship mentorship = access.forFiling(mentorshipId, viewer);
        if (reports.countOpen(mentorship.id, viewer.id()) >= MAX_OPEN_PER_AUTHOR) {
            throw new ApiException(
                    ProblemType.BUSINESS_RULE,
                    "Vous avez déjà " + MAX_OPEN_PER_AUTHOR
                            + " signalements en attente sur ce mentorat : les animateurs les traiteront avant d'en recevoir d'autres.");
        }
        MentorshipReport report = new MentorshipReport();
        report.id = UUID.randomUUID();
        report.mentorship = mentorship;
        report.author = members.findById(viewer.id());
        report.message = request.message().trim();
        report.status = ReportStatus.OPEN;
        report.createdAt = OffsetDateTime.now();
        reports.persistAndFlush(report);
        filings.fire(new ReportFiled(mentorship.id, report.id, viewer.id()));
        return ReportMapper.view(report);
    }

    @Transactional
    public PageResponse<ReportView> inPairing(UUID mentorshipId, Viewer viewer, PageQuery page) {
        Scope scope = access.forReading(mentorshipId, viewer);
        var items = reports.pageInPairing(scope.mentorship().id, scope.onlyAuthor(), Page.of(page.page, page.size));
        return new PageResponse<>(
                items.stream().map(ReportMapper::view).toList(),
                page.page,
                page.size,
                reports.countInPairing(scope.mentorship().id, scope.onlyAuthor()));
    }

    @Transactional
    public PageResponse<ReportView> forSupervisors(Viewer viewer, ReportStatus status, PageQuery page) {
        access.requireSupervisor(viewer);
        var items = reports.pageForSupervisor(viewer.id(), status, Page.of(page.page, page.size));
        return new PageResponse<>(
                items.stream().map(ReportMapper::view).toList(),
                page.page,
                page.size,
                reports.countForSupervisor(viewer.id(), status));
    }

    @Transactional
    public ReportView resolve(UUID mentorshipId, UUID reportId, ReportResolution resolution, Viewer viewer) {
        Mentorship mentorship = access.forResolving(mentorshipId, viewer);
        MentorshipReport report = reports.findInPairingForUpdate(mentorship.id, reportId)
                .orElseThrow(() -> ApiException.notFound("Ce signalement n'existe pas dans ce mentorat."));
        if (report.status == ReportStatus.RESOLVED) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Ce signalement a déjà été traité"
                            + (report.resolvedBy == null ? "." : " par " + report.resolvedBy.displayName + "."));
        }
        String note = resolution == null
                        || resolution.note() == null
                        || resolution.note().isBlank()
                ? null
                : resolution.note().trim();
        report.status = ReportStatus.RESOLVED;
        report.resolvedAt = OffsetDateTime.now();
        report.resolvedBy = members.findById(viewer.id());
        report.resolutionNote = note;
        audit.record(
                AuditAction.REPORT_DECIDED,
                AuditActor.member(viewer.id()),
                AuditTarget.of("mentorship_report", report.id),
                "Mentorat " + mentorship.id);
        reports.flush();
        resolutions.fire(new ReportResolved(mentorship.id, report.id, report.author.id, note, viewer.id()));
        return ReportMapper.view(report);
    }
}
