package fr.spyrales.mentorship.session;

import fr.spyrales.mentorship.session.NextSessionDtos.NextSessionView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The next sessions planned in the member's pairings, whoever planned them. On erasure, the notes the member wrote
 * become « contenu supprimé »; the date stays for the other party.
 */
@ApplicationScoped
public class NextSessionPersonalData implements PersonalDataSection<NextSessionPersonalData.NextSessions> {
    static final String KEY = "mentorshipNextSessions";

    private final NextSessionRepository nextSessions;

    NextSessionPersonalData(NextSessionRepository nextSessions) {
        this.nextSessions = nextSessions;
    }

    @Schema(
            name = "PersonalDataNextSessions",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record NextSessions(
            @Schema(required = true, description = "La prochaine séance prévue de chacun de mes mentorats.")
            List<NextSessionView> items) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public NextSessions export(UUID memberId) {
        return new NextSessions(nextSessions.inPairingsOf(memberId).stream()
                .map(NextSessionService::view)
                .toList());
    }

    void erase(@Observes MemberErased erased) {
        nextSessions.plannedBy(erased.memberId()).forEach(s -> {
            s.note = s.note == null ? null : MemberErased.ERASED_TEXT;
            s.place = s.place == null ? null : MemberErased.ERASED_TEXT;
        });
    }
}
