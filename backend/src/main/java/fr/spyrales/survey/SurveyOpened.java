package fr.spyrales.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Fired inside the transaction that opened a campaign: the notification feature tells every member it was sent to
 * (the active members whose account existed at `openedAt`), in the app and by mail.
 */
public record SurveyOpened(UUID campaignId, String title, LocalDate closesOn, OffsetDateTime openedAt) {}
