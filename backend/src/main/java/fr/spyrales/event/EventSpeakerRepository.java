package fr.spyrales.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class EventSpeakerRepository implements PanacheRepositoryBase<EventSpeaker, EventSpeaker.Key> {
    /** The speakers of these events, each event's in order. */
    public Map<UUID, List<EventSpeaker>> ofEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return list("eventId in ?1 order by eventId, position", eventIds).stream()
                .collect(Collectors.groupingBy(s -> s.eventId));
    }

    public List<EventSpeaker> of(UUID eventId) {
        return list("eventId = ?1 order by position", eventId);
    }

    /** Replaces the event's speakers by these, numbered 1..n in the given order. */
    void replace(UUID eventId, List<EventSpeaker> speakers) {
        delete("eventId", eventId);
        flush();
        short position = 1;
        for (EventSpeaker speaker : speakers) {
            speaker.eventId = eventId;
            speaker.position = position++;
            persist(speaker);
        }
    }

    /** The events where this member speaks. */
    public List<EventSpeaker> byMember(UUID memberId) {
        return list("memberId = ?1 order by eventId, position", memberId);
    }

    void forgetMember(UUID memberId) {
        delete("memberId", memberId);
    }
}
