package fr.spyrales.mentorship.session;

import fr.spyrales.mentorship.session.SessionDtos.SessionView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sessions of the member's pairings, whoever noted them. On erasure, the topics and notes of the sessions
 * the member noted become « contenu supprimé »; their dates and durations stay, for the other party's record.
 */
@ApplicationScoped
public class SessionPersonalData implements PersonalDataSection<SessionPersonalData.MentorshipSessions> {
    static final String KEY = "mentorshipSessions";

    private final SessionRepository sessions;

    SessionPersonalData(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Schema(
            name = "PersonalDataMentorshipSessions",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record MentorshipSessions(
            @Schema(required = true, description = "Par mentorat, les séances, de la plus ancienne à la plus récente.")
            List<PairingSessions> items) {}

    @Schema(name = "PersonalDataPairingSessions")
    public record PairingSessions(
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) List<SessionView> sessions) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MentorshipSessions export(UUID memberId) {
        Map<UUID, List<SessionView>> byPairing = sessions.inPairingsOf(memberId).stream()
                .collect(Collectors.groupingBy(
                        s -> s.mentorship.id,
                        LinkedHashMap::new,
                        Collectors.mapping(SessionMapper::view, Collectors.toList())));
        return new MentorshipSessions(byPairing.entrySet().stream()
                .map(e -> new PairingSessions(e.getKey(), e.getValue()))
                .toList());
    }

    void erase(@Observes MemberErased erased) {
        sessions.createdBy(erased.memberId()).forEach(s -> {
            s.topics = MemberErased.ERASED_TEXT;
            s.notes = s.notes == null ? null : MemberErased.ERASED_TEXT;
        });
    }
}
