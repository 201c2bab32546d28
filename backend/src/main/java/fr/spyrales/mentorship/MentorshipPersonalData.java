package fr.spyrales.mentorship;

import fr.spyrales.mentorship.MentorshipDtos.HistoryEntry;
import fr.spyrales.mentorship.MentorshipDtos.Role;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's requests and pairings, either side, with their messages and history. On erasure, open ones
 * end (requests withdrawn or declined, pairings cancelled, the counterparts told), and what the member wrote
 * becomes « contenu supprimé »: their request messages (written by them, or by the programme on their behalf)
 * and the comments of their state changes. The counterpart keeps the pairing, its dates and states.
 */
@ApplicationScoped
public class MentorshipPersonalData implements PersonalDataSection<MentorshipPersonalData.Mentorships> {
    static final String KEY = "mentorships";

    private final MentorshipRepository mentorships;
    private final MentorshipEventRepository events;
    private final MentorshipHousekeeping housekeeping;

    MentorshipPersonalData(
            MentorshipRepository mentorships, MentorshipEventRepository events, MentorshipHousekeeping housekeeping) {
        this.mentorships = mentorships;
        this.events = events;
        this.housekeeping = housekeeping;
    }

    @Schema(
            name = "PersonalDataMentorships",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Mentorships(
            @Schema(
                    required = true,
                    description =
                            "Demandes de mentorat et binômes, des deux côtés, de la plus ancienne à la plus récente.")
            List<Pairing> items) {}

    @Schema(name = "PersonalDataPairing")
    public record Pairing(
            @Schema(required = true) UUID id,
            @Schema(required = true) Role myRole,
            @Schema(required = true) MentorshipStatus status,

            @Schema(required = true, description = "L'autre personne du binôme.")
            Counterpart counterpart,

            @Schema(required = true, description = "Le message de la demande.")
            String message,

            @Schema(required = true) boolean proposedByProgramme,
            @Schema(required = true) OffsetDateTime requestedAt,
            OffsetDateTime startedAt,
            LocalDate plannedEndDate,
            OffsetDateTime endedAt,

            @Schema(required = true, description = "Changements d'état, avec leurs motifs et commentaires.")
            List<HistoryEntry> history) {}

    @Schema(name = "PersonalDataCounterpart")
    public record Counterpart(
            @Schema(required = true) UUID id,
            @Schema(required = true) String displayName) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Mentorships export(UUID memberId) {
        List<Mentorship> all = mentorships.allOf(memberId);
        Map<UUID, List<HistoryEntry>> histories = MentorshipMapper.histories(
                events.ofPairings(all.stream().map(m -> m.id).toList()));
        return new Mentorships(all.stream()
                .map(m -> {
                    var other = m.isMentor(memberId) ? m.mentee : m.mentor;
                    return new Pairing(
                            m.id,
                            MentorshipMapper.role(m, memberId),
                            m.status,
                            new Counterpart(other.id, other.displayName),
                            m.message,
                            m.proposedByProgramme,
                            m.requestedAt,
                            m.startedAt,
                            m.plannedEndDate,
                            m.endedAt,
                            histories.getOrDefault(m.id, List.of()));
                })
                .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        housekeeping.closeAllOf(id);
        mentorships.requestsOf(id).forEach(m -> m.message = MemberErased.ERASED_TEXT);
        // A date change's comment is the programme's wording of the new date, which the counterpart still needs.
        events.commentsWrittenBy(id).forEach(e -> e.comment = MemberErased.ERASED_TEXT);
    }
}
