package fr.spyrales.notification;

/**
 * What the mail templates (`templates/mail/*.txt`) may print. Optional parts are null when they
 * do not apply to the kind.
 *
 * @param firstName the recipient's first name
 * @param toMentor whether the recipient is the pairing's mentor (else its mentee)
 * @param other the display name of the other party of the pairing
 * @param link the pairing's page, absolute
 * @param message the request's message, as the mentee wrote it
 * @param reason why it happened, in French (decline reason)
 * @param comment what the actor wrote (decline comment, cancellation reason)
 * @param days the delay the kind is about (expiry or reminder delay)
 * @param profileLink the profile page, where mails can be turned off
 * @param programme whether the animateurs proposed the pairing (batch matching), rather than the mentee
 */
public record MentorshipMail(
        String firstName,
        boolean toMentor,
        String other,
        String link,
        String message,
        String reason,
        String comment,
        int days,
        String profileLink,
        boolean programme) {}
