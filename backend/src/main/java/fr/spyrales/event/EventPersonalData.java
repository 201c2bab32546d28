package fr.spyrales.event;

import fr.spyrales.member.AttendedEvents;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's registrations (cancelled ones included), the events they speak at and the events they created.
 *
 * <p>On erasure, their registrations are deleted (each confirmed seat of an upcoming event goes to the next on the
 * waitlist) and so are their speaker entries; the events they created stay, the community's, with no creator.
 */
@ApplicationScoped
public class EventPersonalData implements PersonalDataSection<EventPersonalData.Events>, AttendedEvents {
    static final String KEY = "events";

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventSpeakerRepository speakers;
    private final EventRegistrations registering;

    EventPersonalData(
            EventRepository events,
            EventRegistrationRepository registrations,
            EventSpeakerRepository speakers,
            EventRegistrations registering) {
        this.events = events;
        this.registrations = registrations;
        this.speakers = speakers;
        this.registering = registering;
    }

    @Schema(
            name = "PersonalDataEvents",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Events(
            @Schema(required = true, description = "Mes inscriptions aux événements, annulées comprises.")
            List<Registration> registrations,

            @Schema(required = true, description = "Les événements où je suis intervenant·e.")
            List<Spoken> speaking,

            @Schema(required = true, description = "Les événements que j'ai créés.")
            List<Created> created) {}

    @Schema(name = "PersonalDataEventRegistration")
    public record Registration(
            @Schema(required = true) UUID eventId,
            @Schema(required = true) String eventTitle,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true) RegistrationStatus status,
            @Schema(required = true) OffsetDateTime registeredAt,
            OffsetDateTime confirmedAt,
            OffsetDateTime cancelledAt,
            OffsetDateTime attendedAt) {}

    @Schema(name = "PersonalDataEventSpeaking")
    public record Spoken(
            @Schema(required = true) UUID eventId,
            @Schema(required = true) String eventTitle,
            @Schema(required = true) int position) {}

    @Schema(name = "PersonalDataEventCreated")
    public record Created(
            @Schema(required = true) UUID eventId,
            @Schema(required = true) String title,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Events export(UUID memberId) {
        List<EventRegistration> theirs = registrations.allOf(memberId);
        List<EventSpeaker> spoken = speakers.byMember(memberId);
        Map<UUID, Event> byId = events
                .byIds(java.util.stream.Stream.concat(
                                theirs.stream().map(r -> r.eventId),
                                spoken.stream().map(s -> s.eventId))
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return new Events(
                theirs.stream()
                        .map(r -> new Registration(
                                r.eventId,
                                byId.get(r.eventId).title,
                                byId.get(r.eventId).startsAt,
                                r.status,
                                r.registeredAt,
                                r.confirmedAt,
                                r.cancelledAt,
                                r.attendedAt))
                        .toList(),
                spoken.stream()
                        .map(s -> new Spoken(s.eventId, byId.get(s.eventId).title, s.position))
                        .toList(),
                events.createdBy(memberId).stream()
                        .map(e -> new Created(e.id, e.title, e.createdAt))
                        .toList());
    }

    @Override
    public long count(UUID memberId) {
        return registrations.attendedCount(memberId);
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        registering.eraseMember(id);
        speakers.forgetMember(id);
        for (Event event : events.createdBy(id)) {
            event.createdBy = null;
        }
        events.flush();
    }
}
