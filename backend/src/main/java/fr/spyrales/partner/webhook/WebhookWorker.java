package fr.spyrales.partner.webhook;

import fr.spyrales.common.net.UnsafeUrl;
import fr.spyrales.common.net.UrlGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. Any number of workers, in one instance or several, may run at once: each delivery
 * is leased by one of them (FOR UPDATE SKIP LOCKED, in a short transaction of its own) and the partner is called
 * outside any transaction, so a slow partner holds no database connection. Each attempt is recorded; a failure is
 * retried after the configured waits (about a day in all), then given up; an endpoint that keeps failing is
 * switched off and its partner told.
 */
@ApplicationScoped
public class WebhookWorker {
    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookUrlGuard guard;
    private final WebhookSender sender;
    private final WebhookSecrets secrets;
    private final WebhookConfig config;
    private final WebhookDisabling disabling;

    WebhookWorker(
            WebhookDeliveryRepository deliveries,
            WebhookUrlGuard guard,
            WebhookSender sender,
            WebhookSecrets secrets,
            WebhookConfig config,
            WebhookDisabling disabling) {
        this.deliveries = deliveries;
        this.guard = guard;
        this.sender = sender;
        this.secrets = secrets;
        this.config = config;
        this.disabling = disabling;
    }

    /** Sends due deliveries, at most a batch; returns how many were attempted. */
    public int runOnce() {
        int attempted = 0;
        while (attempted < config.batchSize()) {
            Optional<WebhookDeliveryRepository.Claimed> claimed =
                    QuarkusTransaction.requiringNew().call(() -> deliveries.claimNext(config.claimLease()));
            if (claimed.isEmpty()) {
                break;
            }
            deliver(claimed.get());
            attempted++;
        }
        return attempted;
    }

    private void deliver(WebhookDeliveryRepository.Claimed delivery) {
        WebhookSender.Outcome outcome;
        try {
            // Checked again now: the name may resolve elsewhere than when the partner subscribed.
            UrlGuard.Target target = guard.check(delivery.url());
            Map<String, String> headers = WebhookSignature.headers(
                    secrets.open(delivery.endpointId(), delivery.secretSealed()),
                    delivery.messageId().toString(),
                    Instant.now().getEpochSecond(),
                    delivery.body());
            outcome = sender.post(target, headers, delivery.body());
        } catch (UnsafeUrl refused) {
            outcome = new WebhookSender.Outcome(null, "Adresse refusée : " + refused.getMessage(), 0);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Webhook delivery %s could not be prepared", delivery.deliveryId());
            outcome = new WebhookSender.Outcome(null, "Erreur interne à l'envoi", 0);
        }
        WebhookSender.Outcome result = outcome;
        QuarkusTransaction.requiringNew().run(() -> record(delivery, result));
    }

    private void record(WebhookDeliveryRepository.Claimed delivery, WebhookSender.Outcome outcome) {
        deliveries.recordAttempt(delivery.deliveryId(), outcome.durationMs(), outcome.status(), outcome.error());
        if (outcome.succeeded()) {
            deliveries.markSucceeded(delivery.deliveryId());
            deliveries.endStreaks(delivery.endpointId());
            return;
        }
        List<Duration> waits = config.retryDelays();
        boolean gaveUp = delivery.attempts() > waits.size();
        if (gaveUp) {
            deliveries.markGaveUp(delivery.deliveryId());
            LOG.warnf(
                    "Webhook delivery %s given up after %d attempts (%s)",
                    delivery.deliveryId(), delivery.attempts(), outcome.error());
        } else {
            deliveries.markRetry(delivery.deliveryId(), waits.get(delivery.attempts() - 1));
        }
        WebhookDeliveryRepository.Streak streak = deliveries.extendStreak(delivery.endpointId(), gaveUp);
        failingTooLong(streak).ifPresent(reason -> disabling.disable(delivery.endpointId(), reason));
    }

    /** Why the endpoint must be switched off after this streak, if it must. */
    private Optional<String> failingTooLong(WebhookDeliveryRepository.Streak streak) {
        WebhookConfig.Disable rule = config.disable();
        if (streak.givenUpDeliveries() >= rule.givenUpDeliveries()) {
            return Optional.of(
                    streak.givenUpDeliveries() + " envois abandonnés d'affilée, après toutes leurs tentatives.");
        }
        boolean longEnough = streak.failingSince() != null
                && !streak.failingSince().plus(rule.failingFor()).isAfter(OffsetDateTime.now());
        if (streak.failedAttempts() >= rule.failedAttempts() && longEnough) {
            return Optional.of(streak.failedAttempts() + " tentatives échouées d'affilée depuis le "
                    + WebhookDisabling.FRENCH_DATE_TIME.format(streak.failingSince()) + ".");
        }
        return Optional.empty();
    }

    /** Deletes finished deliveries and their messages after the retention period. */
    public void purge() {
        int purged = QuarkusTransaction.requiringNew().call(() -> deliveries.purgeBefore(config.keepFinished()));
        if (purged > 0) {
            LOG.infof("Deleted %d finished webhook deliveries older than %s", purged, config.keepFinished());
        }
    }
}
