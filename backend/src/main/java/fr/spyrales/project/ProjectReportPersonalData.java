package fr.spyrales.project;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The projects the member reported, and the notes they left when deciding others' reports as an animateur (without
 * those reports' comments, which belong to their authors). On erasure, both texts become « contenu supprimé »; the
 * reports stay, naming the anonymised account, for the animateurs' follow-up of the project.
 */
@ApplicationScoped
public class ProjectReportPersonalData implements PersonalDataSection<ProjectReportPersonalData.ReportedProjects> {
    static final String KEY = "projectReports";

    private final ProjectReportRepository reports;

    ProjectReportPersonalData(ProjectReportRepository reports) {
        this.reports = reports;
    }

    @Schema(
            name = "PersonalDataProjectReports",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record ReportedProjects(
            @Schema(required = true, description = "Les signalements de projets faits par le membre.")
            List<FiledReport> filed,

            @Schema(required = true, description = "Les notes laissées en décidant d'un signalement, comme animateur.")
            List<DecisionNote> decisions) {}

    @Schema(name = "PersonalDataProjectReport")
    public record FiledReport(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectTitle,
            @Schema(required = true) ProjectReportReason reason,
            String comment,
            @Schema(required = true) ProjectReportStatus status,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime decidedAt,
            String decisionNote) {}

    @Schema(name = "PersonalDataProjectReportDecision")
    public record DecisionNote(
            @Schema(required = true) UUID reportId,
            @Schema(required = true) UUID projectId,
            @Schema(required = true) ProjectReportStatus status,
            @Schema(required = true) OffsetDateTime decidedAt,
            @Schema(required = true) String note) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ReportedProjects export(UUID memberId) {
        List<FiledReport> filed = reports.filedBy(memberId).stream()
                .map(r -> new FiledReport(
                        r.id,
                        r.project.id,
                        r.project.title,
                        r.reason,
                        r.comment,
                        r.status,
                        r.createdAt,
                        r.decidedAt,
                        r.decisionNote))
                .toList();
        List<DecisionNote> decisions = reports.decidedBy(memberId).stream()
                .map(r -> new DecisionNote(r.id, r.project.id, r.status, r.decidedAt, r.decisionNote))
                .toList();
        return new ReportedProjects(filed, decisions);
    }

    void erase(@Observes MemberErased erased) {
        reports.eraseTextsOf(erased.memberId(), MemberErased.ERASED_TEXT);
    }
}
