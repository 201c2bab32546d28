package fr.spyrales.event;

import fr.spyrales.common.markdown.SafeMarkdown;
import fr.spyrales.event.EventDtos.EventSummary;
import fr.spyrales.event.EventDtos.EventView;
import fr.spyrales.event.EventDtos.Linked;
import fr.spyrales.event.EventDtos.MyRegistration;
import fr.spyrales.event.EventDtos.Speaker;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns events, with what the service read beside them, into the API's records. Runs no query. */
final class EventMapper {
    private EventMapper() {}

    /**
     * @param memberNames the display names of the member speakers
     * @param mine the viewer's live registration, or null
     */
    static EventSummary summary(
            Event e,
            List<EventSpeaker> speakers,
            Map<UUID, String> memberNames,
            long waitlistCount,
            MyRegistration mine) {
        return new EventSummary(
                e.id,
                e.title,
                e.type,
                e.status,
                e.startsAt,
                e.endsAt,
                e.place,
                e.onlineUrl != null,
                e.capacity,
                e.confirmedCount,
                e.seatsLeft(),
                waitlistCount,
                e.level,
                e.language,
                Arrays.asList(e.topics),
                speakers(speakers, memberNames),
                e.replayUrl != null,
                mine == null ? null : mine.status());
    }

    /**
     * @param mayJoin whether the viewer sees the online link (a confirmed registrant or an organiser)
     */
    static EventView view(
            Event e,
            List<EventSpeaker> speakers,
            Map<UUID, String> memberNames,
            long waitlistCount,
            MyRegistration mine,
            Linked project,
            Linked path,
            boolean organiser,
            boolean registrationOpen) {
        boolean mayJoin = organiser || (mine != null && mine.status() == RegistrationStatus.CONFIRMED);
        return new EventView(
                e.id,
                e.title,
                e.type,
                e.status,
                e.startsAt,
                e.endsAt,
                e.place,
                e.onlineUrl != null,
                e.capacity,
                e.confirmedCount,
                e.seatsLeft(),
                waitlistCount,
                e.level,
                e.language,
                Arrays.asList(e.topics),
                speakers(speakers, memberNames),
                e.replayUrl != null,
                mine == null ? null : mine.status(),
                e.description,
                SafeMarkdown.toHtml(e.description),
                mayJoin ? e.onlineUrl : null,
                e.replayUrl,
                e.slidesUrl,
                e.cancellationReason,
                project,
                path,
                mine,
                organiser,
                registrationOpen,
                e.createdAt,
                e.updatedAt);
    }

    static List<Speaker> speakers(List<EventSpeaker> speakers, Map<UUID, String> memberNames) {
        return speakers.stream()
                .map(s -> s.memberId == null
                        ? new Speaker(null, s.externalName)
                        : new Speaker(s.memberId, memberNames.getOrDefault(s.memberId, "")))
                .toList();
    }
}
