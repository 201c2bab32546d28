package fr.spyrales.notification;

/**
 * What the challenge mail templates (`templates/mail/challenge-*.txt`) may print.
 *
 * @param firstName the recipient's first name
 * @param challenge the challenge's title
 * @param link the challenge's page, absolute
 * @param profileLink the profile page, where mails can be turned off
 */
public record ChallengeMail(String firstName, String challenge, String link, String profileLink) {}
