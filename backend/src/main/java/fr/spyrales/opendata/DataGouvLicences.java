package fr.spyrales.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * data.gouv.fr's licence list, kept for {@link OpenDataConfig.DataGouv#licencesKeptFor()}. When data.gouv.fr does
 * not answer, the last list read is used however old; with none, the guard decides without it.
 */
@ApplicationScoped
class DataGouvLicences {
    private record Snapshot(Map<String, DataGouvLicence> byId, Instant readAt) {}

    private final DataGouvClient client;
    private final Duration keptFor;
    private volatile Snapshot snapshot;

    DataGouvLicences(DataGouvClient client, OpenDataConfig config) {
        this.client = client;
        this.keptFor = config.datagouv().licencesKeptFor();
    }

    /** The licences by id, or empty when data.gouv.fr has never answered. */
    Optional<Map<String, DataGouvLicence>> byId() {
        Snapshot current = snapshot;
        if (current != null && current.readAt().plus(keptFor).isAfter(Instant.now())) {
            return Optional.of(current.byId());
        }
        try {
            Map<String, DataGouvLicence> read = client.licences().stream()
                    .collect(Collectors.toUnmodifiableMap(DataGouvLicence::id, Function.identity(), (a, b) -> a));
            snapshot = new Snapshot(read, Instant.now());
            return Optional.of(read);
        } catch (DataGouvUnavailable | FaultToleranceException e) {
            return Optional.ofNullable(current).map(Snapshot::byId);
        }
    }
}
