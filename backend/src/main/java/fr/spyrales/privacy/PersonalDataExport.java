package fr.spyrales.privacy;

import fr.spyrales.matching.MatchingDtos.ProposalAboutMe;
import fr.spyrales.member.MemberDtos.MyProfile;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipSummary;
import fr.spyrales.notification.NotificationDtos.NotificationView;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything Spyrales holds about a member (RGPD, right of access and portability). */
@Schema(name = "PersonalDataExport")
public record PersonalDataExport(
        @Schema(required = true) OffsetDateTime exportedAt,
        @Schema(required = true) MyProfile profile,
        @Schema(required = true) Account account,
        @Schema(required = true, description = "Sessions ouvertes par connexion (jetons de rafraîchissement).") List<Session> sessions,
        @Schema(required = true, description = "Liens envoyés par e-mail (confirmation, réinitialisation).") List<MailLink> mailLinks,
        @Schema(required = true, description = "Demandes de mentorat et binômes, des deux côtés.") List<MentorshipSummary> mentorships,
        @Schema(required = true) List<NotificationView> notifications,
        @Schema(required = true, description = "Binômes proposés par les appariements des animateurs où figure le membre.")
        List<ProposalAboutMe> matchingProposals) {

    @Schema(name = "PersonalDataAccount")
    public record Account(OffsetDateTime createdAt, OffsetDateTime emailVerifiedAt, OffsetDateTime updatedAt) {}

    @Schema(name = "PersonalDataSession")
    public record Session(OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime rotatedAt, OffsetDateTime revokedAt) {}

    @Schema(name = "PersonalDataMailLink")
    public record MailLink(String purpose, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime usedAt) {}
}
