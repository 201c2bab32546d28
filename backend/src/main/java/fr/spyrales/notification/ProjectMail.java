package fr.spyrales.notification;

/**
 * What the project mail templates (`templates/mail/project-*.txt`) may print.
 *
 * @param firstName the recipient's first name
 * @param project the project's title
 * @param link the project's page, absolute
 * @param reason the lead's reason when they declined, else null
 * @param profileLink the profile page, where mails can be turned off
 */
public record ProjectMail(String firstName, String project, String link, String reason, String profileLink) {}
