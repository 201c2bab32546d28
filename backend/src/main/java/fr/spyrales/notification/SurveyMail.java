package fr.spyrales.notification;

/**
 * What the survey mail template (`templates/mail/survey-opened.txt`) may print. One text for every member (the mail
 * goes to the whole community in one statement): it names nobody.
 *
 * @param survey the campaign's title
 * @param closesOn its last day, in French (« jeudi 31 décembre 2026 »)
 * @param link the survey's page, absolute
 * @param profileLink the profile page, where mails can be turned off
 */
public record SurveyMail(String survey, String closesOn, String link, String profileLink) {}
