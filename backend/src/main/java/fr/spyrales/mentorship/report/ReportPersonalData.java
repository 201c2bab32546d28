package fr.spyrales.mentorship.report;

import fr.spyrales.mentorship.report.ReportDtos.ReportView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;

    ReportPersonalData(EntityManager em) {
        this.em = em;
    }

    @Schema(name = "PersonalDataMentorshipReports", extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record MentorshipReports(
            @Schema(required = true, description = "Les signalements faits par le membre.") List<ReportView> filed,
            @Schema(required = true, description = "Les notes laissées en traitant un signalement, comme animateur.")
            List<ResolutionNote> resolutions) {}

    @Schema(name = "PersonalDataReportResolution")
    public record ResolutionNote(@Schema(required = true) UUID reportId, @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) OffsetDateTime resolvedAt, String note) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MentorshipReports export(UUID memberId) {
        List<ReportView> filed = em.createQuery("""
                        from MentorshipReport r join fetch r.mentorship m join fetch m.mentee join fetch m.mentor
                        join fetch r.author left join fetch r.resolvedBy
                        where r.author.id = :id order by r.createdAt, r.id""", MentorshipReport.class)
                .setParameter("id", memberId).getResultList().stream().map(ReportService::view).toList();
        List<ResolutionNote> resolutions = em.createQuery(
                        "from MentorshipReport r where r.resolvedBy.id = :id order by r.resolvedAt, r.id", MentorshipReport.class)
                .setParameter("id", memberId).getResultList().stream()
                .map(r -> new ResolutionNote(r.id, r.mentorship.id, r.resolvedAt, r.resolutionNote)).toList();
        return new MentorshipReports(filed, resolutions);
    }

    void erase(@Observes MemberErased erased) {
        em.createQuery("update MentorshipReport r set r.message = :erased where r.author.id = :id")
                .setParameter("erased", MemberErased.ERASED_TEXT).setParameter("id", erased.memberId()).executeUpdate();
        em.createQuery("update MentorshipReport r set r.resolutionNote = :erased where r.resolvedBy.id = :id and r.resolutionNote is not null")
                .setParameter("erased", MemberErased.ERASED_TEXT).setParameter("id", erased.memberId()).executeUpdate();
    }
}
