package fr.spyrales.mentorship.report;

import fr.spyrales.mentorship.report.ReportDtos.ReportView;
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
 * The problems the member reported, and the notes they left when handling others' reports as an animateur (without
 * those reports' text, which belongs to their authors). On erasure, both become « contenu supprimé »; the reports
 * stay for the animateurs' follow-up.
 */
@ApplicationScoped
public class ReportPersonalData implements PersonalDataSection<ReportPersonalData.MentorshipReports> {
    static final String KEY = "mentorshipReports";

    private final ReportRepository reports;

    ReportPersonalData(ReportRepository reports) {
        this.reports = reports;
    }

    @Schema(
            name = "PersonalDataMentorshipReports",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record MentorshipReports(
            @Schema(required = true, description = "Les signalements faits par le membre.")
            List<ReportView> filed,

            @Schema(required = true, description = "Les notes laissées en traitant un signalement, comme animateur.")
            List<ResolutionNote> resolutions) {}

    @Schema(name = "PersonalDataReportResolution")
    public record ResolutionNote(
            @Schema(required = true) UUID reportId,
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) OffsetDateTime resolvedAt,
            String note) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MentorshipReports export(UUID memberId) {
        List<ReportView> filed =
                reports.filedBy(memberId).stream().map(ReportMapper::view).toList();
        List<ResolutionNote> resolutions = reports.resolvedBy(memberId).stream()
                .map(r -> new ResolutionNote(r.id, r.mentorship.id, r.resolvedAt, r.resolutionNote))
                .toList();
        return new MentorshipReports(filed, resolutions);
    }

    void erase(@Observes MemberErased erased) {
        reports.eraseTextsOf(erased.memberId(), MemberErased.ERASED_TEXT);
    }
}
