package fr.spyrales.common.metrics;

import java.time.OffsetDateTime;

/**
 * An outbox (rows waiting to leave: mails, webhook deliveries, Tchap notices) whose backlog the metrics show. Each
 * feature implements it over its own table; {@link OutboxBacklogGauges} reads them all on a timer, never per scrape.
 */
public interface OutboxBacklog {
    /** The value of the {@code outbox} tag: {@code mail}, {@code webhook}, {@code tchap}. */
    String outbox();

    /** What waits now (not yet sent nor given up), read with one query on the outbox's index of waiting rows. */
    Waiting waiting();

    /** How many rows wait, and when the oldest of them was queued (null when none waits). */
    record Waiting(long count, OffsetDateTime oldestQueuedAt) {}
}
