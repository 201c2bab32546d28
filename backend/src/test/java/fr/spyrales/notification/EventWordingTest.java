package fr.spyrales.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** How the event mails and notifications write an event's times: in French, Paris time, across the clock changes. */
class EventWordingTest {
    @Test
    void aWinterAfternoonIsWrittenInParisTime() {
        assertEquals(
                "mardi 12 janvier 2027, 14 h 00 – 15 h 30",
                EventNotifications.when(
                        OffsetDateTime.parse("2027-01-12T13:00:00Z"), OffsetDateTime.parse("2027-01-12T14:30:00Z")));
    }

    @Test
    void anEventAcrossTheOctoberClockChangeKeepsEachEndInItsOwnOffset() {
        // 25 October 2026: at 3:00 (summer time, UTC+2) the clocks go back to 2:00 (UTC+1).
        assertEquals(
                "dimanche 25 octobre 2026, 1 h 30 – 2 h 30",
                EventNotifications.when(
                        OffsetDateTime.parse("2026-10-24T23:30:00Z"), OffsetDateTime.parse("2026-10-25T01:30:00Z")));
    }

    @Test
    void anEventOverSeveralDaysNamesBothDays() {
        assertEquals(
                "jeudi 3 juin 2027, 9 h 00 – vendredi 4 juin 2027, 17 h 00",
                EventNotifications.when(
                        OffsetDateTime.parse("2027-06-03T07:00:00Z"), OffsetDateTime.parse("2027-06-04T15:00:00Z")));
    }
}
