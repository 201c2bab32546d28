package fr.spyrales.opendata;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * data.gouv.fr's API behind timeouts, a few retries and a circuit breaker: a slow or failing data.gouv.fr costs a
 * member a few seconds at most, and once it fails repeatedly the guard stops waiting for it for a while. Every
 * failure (no connection, a timeout, a 5xx, an answer in another shape) ends as {@link DataGouvUnavailable} or a fault-tolerance exception, which the guard turns into « à
 * vérifier ». A 404 or 410 is an answer, not a failure: it is neither retried nor counted by the breaker.
 */
@ApplicationScoped
class DataGouvClient {
    private final DataGouvApi api;

    DataGouvClient(OpenDataConfig config) {
        OpenDataConfig.DataGouv datagouv = config.datagouv();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(datagouv.baseUrl()))
                .connectTimeout(datagouv.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(datagouv.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(DataGouvApi.class);
    }

    /** The timeout is a backstop above the configured connect and read timeouts, which speak first. */
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    DatasetLookup dataset(String idOrSlug) {
        try {
            return new DatasetLookup.Found(api.dataset(idOrSlug));
        } catch (WebApplicationException e) {
            return switch (e.getResponse().getStatus()) {
                case 404 -> new DatasetLookup.Missing();
                case 410 -> new DatasetLookup.Deleted();
                default -> throw unavailable(e);
            };
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    @Retry(maxRetries = 1, delay = 200)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    List<DataGouvLicence> licences() {
        try {
            return api.licences();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static DataGouvUnavailable unavailable(RuntimeException cause) {
        return new DataGouvUnavailable("data.gouv.fr did not answer: " + cause.getMessage(), cause);
    }
}
