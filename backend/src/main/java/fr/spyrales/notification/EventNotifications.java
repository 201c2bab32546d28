package fr.spyrales.notification;

import fr.spyrales.event.EventNews;
import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What members hear about the events they registered to, inside the transaction that changed their registration or
 * the event. Dates are written in Europe/Paris time, as the app shows them.
 */
@ApplicationScoped
public class EventNotifications {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

    private final MemberRepository members;
    private final Notifier notifier;

    EventNotifications(MemberRepository members, Notifier notifier) {
        this.members = members;
        this.notifier = notifier;
    }

    void onNews(@Observes EventNews news) {
        String event = "« " + news.eventTitle() + " »";
        String when = when(news.startsAt(), news.endsAt());
        members.findByIdOptional(news.recipient()).ifPresent(recipient -> {
            switch (news.kind()) {
                case EVENT_REGISTERED ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Inscription confirmée : " + event,
                            "Votre place est réservée pour le " + when + ".");
                case EVENT_WAITLISTED ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Liste d'attente : " + event,
                            "L'événement est complet : vous êtes en position " + news.position()
                                    + " sur la liste d'attente. Vous serez prévenu·e si une place se libère.");
                case EVENT_PROMOTED ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Une place s'est libérée : " + event,
                            "Vous quittez la liste d'attente : votre place est confirmée pour le " + when + ".");
                case EVENT_CANCELLED ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Événement annulé : " + event,
                            "Les organisateurs ont annulé l'événement prévu le " + when + ". Motif : « " + news.reason()
                                    + " »");
                case EVENT_REMINDER_DAY ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Rappel : " + event + " demain",
                            "L'événement auquel vous êtes inscrit·e a lieu le " + when + ".");
                case EVENT_REMINDER_HOUR ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Rappel : " + event + " commence dans une heure",
                            "L'événement auquel vous êtes inscrit·e commence le " + when + ".");
                case EVENT_REPLAY ->
                    notifier.sendAboutEvent(
                            news.kind(),
                            recipient,
                            news,
                            when,
                            "Le replay de " + event + " est en ligne",
                            news.slidesUrl() == null
                                    ? "Retrouvez l'enregistrement sur la page de l'événement."
                                    : "Retrouvez l'enregistrement et le support sur la page de l'événement.");
                default -> throw new IllegalArgumentException(news.kind() + " is not about an event");
            }
        });
    }

    /** « mardi 12 janvier 2027, 14 h 00 – 15 h 30 », or both days when it ends another day (Europe/Paris). */
    static String when(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        ZonedDateTime start = startsAt.atZoneSameInstant(PARIS);
        ZonedDateTime end = endsAt.atZoneSameInstant(PARIS);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + " – " + TIME.format(end);
        }
        return DAY.format(start) + ", " + TIME.format(start) + " – " + DAY.format(end) + ", " + TIME.format(end);
    }
}
