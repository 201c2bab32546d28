package fr.spyrales.animation;

import java.util.List;
import java.util.UUID;

/**
 * An animateur reminded members from the console: the notification feature tells each of them, in the app and by
 * mail, inside the reminder's transaction (the mail leaves through the outbox once it commits).
 *
 * @param recipients the members to tell
 * @param link the front-end page the notification opens
 * @param title the notification's title and the mail's subject
 * @param body the notification's text, also the mail's
 */
public record AnimationReminderSent(List<UUID> recipients, String link, String title, String body) {}
