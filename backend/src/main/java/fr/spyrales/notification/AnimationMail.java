package fr.spyrales.notification;

/**
 * What the animateurs' reminder mail (`templates/mail/animation-reminder.txt`) may print.
 *
 * @param firstName the recipient's first name
 * @param title the reminder's title
 * @param body the reminder's text
 * @param link the page it is about, absolute
 */
public record AnimationMail(String firstName, String title, String body, String link) {}
