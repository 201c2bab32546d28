package fr.spyrales.notification;

/**
 * What the event mail templates (`templates/mail/event-*.txt`) may print.
 *
 * @param firstName the recipient's first name
 * @param event the event's title
 * @param when the start and end, in French, Europe/Paris time (« mardi 12 janvier 2027, 14 h 00 – 15 h 30 »)
 * @param place the place, or null when online only
 * @param online whether it happens online (the link is on the event's page, for confirmed registrants)
 * @param link the event's page, absolute
 * @param position the place on the waitlist, or null
 * @param reason the organisers' reason when they cancelled the event, else null
 * @param replayUrl the replay's address, or null
 * @param slidesUrl the slides' address, or null
 * @param profileLink the profile page, where mails can be turned off
 */
public record EventMail(
        String firstName,
        String event,
        String when,
        String place,
        boolean online,
        String link,
        Integer position,
        String reason,
        String replayUrl,
        String slidesUrl,
        String profileLink) {}
