package fr.spyrales.audit;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The audit log's retention (default in application.properties, beside its environment variable). */
@ConfigMapping(prefix = "spyrales.audit")
public interface AuditConfig {
    /**
     * Rows older than this are deleted by {@link AuditRetention}: 365d by default. One day at least, the youngest row
     * the database lets the purge delete.
     */
    Duration retention();
}
