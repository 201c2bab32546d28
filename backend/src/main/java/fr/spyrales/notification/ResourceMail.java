package fr.spyrales.notification;

/**
 * What the library mail templates (`templates/mail/resource-*.txt`) may print.
 *
 * @param firstName the recipient's first name
 * @param resource the resource's title
 * @param link the resource's page, absolute
 * @param reason the animateur's reason when they rejected it, else null
 * @param profileLink the profile page, where mails can be turned off
 */
public record ResourceMail(String firstName, String resource, String link, String reason, String profileLink) {}
