package fr.spyrales.tchap;

import fr.spyrales.common.net.UnsafeUrl;
import fr.spyrales.common.net.UrlGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Posts the outbox's due notices. Any number of workers, in one instance or several, may run at once: each notice
 * is leased by one of them (FOR UPDATE SKIP LOCKED) and each room is called at most once per room interval. No
 * transaction stays open while a homeserver answers. A failure is retried with a doubling wait (a 429's
 * retry_after_ms when the homeserver gives one) until the notice is a day old, then given up.
 */
@ApplicationScoped
public class TchapWorker {
    private static final Logger LOG = Logger.getLogger(TchapWorker.class);

    private final TchapNoticeRepository notices;
    private final TchapRoomRepository rooms;
    private final TchapTokens tokens;
    private final MatrixClient matrix;
    private final TchapConfig config;
    private final HomeserverGuard guard;

    TchapWorker(
            TchapNoticeRepository notices,
            TchapRoomRepository rooms,
            TchapTokens tokens,
            MatrixClient matrix,
            TchapConfig config,
            HomeserverGuard guard) {
        this.notices = notices;
        this.rooms = rooms;
        this.tokens = tokens;
        this.matrix = matrix;
        this.config = config;
        this.guard = guard;
    }

    private record Target(String homeserverUrl, String roomId, Optional<String> token) {}

    /** Posts every notice due now whose room may be called now; answers how many were posted. */
    public int runOnce() {
        int sent = 0;
        while (true) {
            Optional<ClaimedNotice> claimed = QuarkusTransaction.requiringNew()
                    .call(() -> notices.claimNext(config.claimLease(), config.roomInterval()));
            if (claimed.isEmpty()) {
                return sent;
            }
            ClaimedNotice notice = claimed.get();
            Optional<Target> target = QuarkusTransaction.requiringNew()
                    .call(() -> rooms.findByIdOptional(notice.room())
                            .map(r -> new Target(r.homeserverUrl, r.roomId, tokens.token(r))));
            if (target.isEmpty()) {
                continue; // the room was deleted meanwhile, and its notices with it
            }
            long start = System.nanoTime();
            MatrixClient.Answer answer = send(notice, target.get());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            QuarkusTransaction.requiringNew().run(() -> record(notice, answer, millis));
            if (answer.ok()) {
                sent++;
            }
        }
    }

    private MatrixClient.Answer send(ClaimedNotice notice, Target target) {
        if (target.token().isEmpty()) {
            return new MatrixClient.Answer(null, null, null, "Jeton du robot indisponible");
        }
        UrlGuard.Target homeserver;
        try {
            // Checked again now: the name may resolve elsewhere than when the room was configured.
            homeserver = guard.check(target.homeserverUrl());
        } catch (UnsafeUrl refused) {
            return new MatrixClient.Answer(null, null, null, "Adresse refusée : " + refused.getMessage());
        }
        return matrix.sendNotice(
                homeserver,
                target.roomId(),
                notice.transactionId(),
                target.token().get(),
                new TchapMessage(notice.body(), notice.formattedBody()));
    }

    private void record(ClaimedNotice notice, MatrixClient.Answer answer, long millis) {
        notices.recordAttempt(notice.id(), millis, answer.status(), answer.error());
        if (answer.ok()) {
            notices.markSent(notice.id(), answer.status(), answer.eventId());
            return;
        }
        Duration delay = answer.rateLimited() && answer.retryAfterMillis() != null
                ? Duration.ofMillis(Math.max(
                        answer.retryAfterMillis(), config.roomInterval().toMillis()))
                : config.retryDelay(notice.attempts());
        if (answer.rateLimited()) {
            notices.holdRoom(notice.room(), delay);
        }
        OffsetDateTime deadline = notice.createdAt().plus(config.giveUpAfter());
        if (OffsetDateTime.now().plus(delay).isAfter(deadline)) {
            notices.markFailed(notice.id(), answer.status(), answer.error());
            LOG.errorf(
                    "Tchap notice %d given up after %d attempts (%s). To try again: UPDATE tchap_notice SET"
                            + " failed_at = NULL, created_at = now(), next_attempt_at = now() WHERE id = %d",
                    notice.id(), notice.attempts(), answer.error(), notice.id());
        } else {
            notices.markRetry(notice.id(), answer.status(), answer.error(), delay);
            LOG.warnf(
                    "Tchap notice %d not posted (attempt %d), next attempt in %s: %s",
                    notice.id(), notice.attempts(), delay, answer.error());
        }
    }
}
