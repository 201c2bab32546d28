package fr.spyrales.mentorship.feedback;

import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackEntry;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The feedback the member gave, and the feedback they received once it is revealed to them (the rule of
 * {@link FeedbackService}: both answered, or the reveal delay passed). On erasure, the comments the member
 * wrote become « contenu supprimé »; their ratings stay, as the other party reads them.
 */
@ApplicationScoped
public class FeedbackPersonalData implements PersonalDataSection<FeedbackPersonalData.GivenAndReceived> {
    static final String KEY = "mentorshipFeedback";

    private final FeedbackService service;
    private final FeedbackRepository feedback;

    FeedbackPersonalData(FeedbackService service, FeedbackRepository feedback) {
        this.service = service;
        this.feedback = feedback;
    }

    @Schema(
            name = "PersonalDataMentorshipFeedback",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record GivenAndReceived(
            @Schema(
                    required = true,
                    description = "Les mentorats où un avis a été donné, par le membre ou par l'autre partie.")
            List<PairingFeedback> items) {}

    @Schema(name = "PersonalDataPairingFeedback")
    public record PairingFeedback(
            @Schema(required = true) UUID mentorshipId,

            @Schema(description = "L'avis donné par le membre ; absent s'il n'en a pas donné.")
            FeedbackEntry given,

            @Schema(description = "L'avis reçu de l'autre partie, une fois visible ; absent sinon.")
            FeedbackEntry received,

            @Schema(
                    required = true,
                    description = "Vrai quand l'autre partie a donné un avis qui n'est pas encore visible.")
            boolean receivedHidden,

            @Schema(description = "Quand l'avis reçu devient visible même sans réponse du membre.")
            OffsetDateTime revealAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public GivenAndReceived export(UUID memberId) {
        List<Mentorship> rated = feedback.ratedPairingsOf(memberId);
        Map<UUID, List<MentorshipFeedback>> given =
                feedback.onPairings(rated.stream().map(m -> m.id).toList());
        return new GivenAndReceived(rated.stream()
                .map(m -> {
                    FeedbackView view = service.view(m, memberId, given.getOrDefault(m.id, List.of()));
                    return new PairingFeedback(m.id, view.mine(), view.theirs(), view.theirsHidden(), view.revealAt());
                })
                .toList());
    }

    void erase(@Observes MemberErased erased) {
        feedback.commentedBy(erased.memberId()).forEach(f -> f.comment = MemberErased.ERASED_TEXT);
    }
}
