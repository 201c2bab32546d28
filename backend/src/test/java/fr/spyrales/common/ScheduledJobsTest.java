package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The hourly reminders, the morning expiry and the purge of throttling windows would otherwise fire in
 * the middle of other tests and change their data: tests call the job they are about themselves.
 */
@QuarkusTest
class ScheduledJobsTest {
    @Inject
    Scheduler scheduler;

    @Test
    void noScheduledJobFiresDuringTheTests() {
        assertFalse(scheduler.isStarted(), "the scheduler started in the test profile");
    }
}
