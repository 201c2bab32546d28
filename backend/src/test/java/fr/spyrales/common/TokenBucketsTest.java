package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.DirectDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The buckets at chosen instants: no sleep, each test on buckets of its own. */
@QuarkusTest
class TokenBucketsTest {
    private static final int CAPACITY = 10;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration ONE_TOKEN = WINDOW.dividedBy(CAPACITY);
    /** A quarter past ten: where the fixed 15-minute windows used to start afresh. */
    private static final Instant OLD_WINDOW_EDGE = Instant.parse("2026-03-19T10:15:00Z");

    @Inject
    TokenBuckets buckets;

    @Inject
    EntityManager em;

    @Inject
    DirectDatabase database;

    private static String newBucket() {
        return "test:" + UUID.randomUUID();
    }

    private int allowedHits(String bucket, int hits, Instant at) {
        int allowed = 0;
        for (int i = 0; i < hits; i++) {
            if (buckets.take(bucket, CAPACITY, WINDOW, at).allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    @Test
    void noSecondBurstRightAfterWhatUsedToBeAWindowEdge() {
        String bucket = newBucket();
        Instant justBefore = OLD_WINDOW_EDGE.minusSeconds(1);

        assertEquals(CAPACITY, allowedHits(bucket, CAPACITY, justBefore));
        TokenBuckets.Take refused = buckets.take(bucket, CAPACITY, WINDOW, justBefore);
        assertFalse(refused.allowed());
        assertEquals(ONE_TOKEN, refused.retryAfter());

        Instant justAfter = OLD_WINDOW_EDGE.plusSeconds(1);
        assertEquals(
                0, allowedHits(bucket, CAPACITY, justAfter), "the fixed windows let another full burst through here");
        assertEquals(
                ONE_TOKEN.minusSeconds(2),
                buckets.take(bucket, CAPACITY, WINDOW, justAfter).retryAfter());
    }

    @Test
    void tokensComeBackOneByOneThenTheWholeBucketAfterAQuietWindow() {
        String bucket = newBucket();
        Instant start = OLD_WINDOW_EDGE.minusSeconds(30);
        assertEquals(CAPACITY, allowedHits(bucket, CAPACITY + 5, start));

        assertEquals(0, allowedHits(bucket, 3, start.plus(ONE_TOKEN).minusMillis(1)));
        assertEquals(1, allowedHits(bucket, 3, start.plus(ONE_TOKEN)));
        assertEquals(1, allowedHits(bucket, 3, start.plus(ONE_TOKEN.multipliedBy(2))));

        Instant quietWindowLater = start.plus(ONE_TOKEN.multipliedBy(2)).plus(WINDOW);
        assertEquals(CAPACITY, allowedHits(bucket, CAPACITY + 5, quietWindowLater));
    }

    @Test
    void noSpanEverLetsThroughMoreThanTheCapacityPlusTheTokensGivenBackMeanwhile() {
        String bucket = newBucket();
        Random random = new Random(8);
        List<Instant> bursts =
                new ArrayList<>(List.of(OLD_WINDOW_EDGE.minusSeconds(1), OLD_WINDOW_EDGE.plusSeconds(1)));
        for (int i = 0; i < 24; i++) {
            bursts.add(OLD_WINDOW_EDGE.minus(WINDOW).plusSeconds(random.nextInt((int)
                    WINDOW.multipliedBy(3).toSeconds())));
        }
        bursts.sort(null);
        List<Instant> allowed = new ArrayList<>();
        for (Instant at : bursts) {
            int hits = 1 + random.nextInt(CAPACITY + CAPACITY / 2);
            for (int i = 0; i < hits; i++) {
                if (buckets.take(bucket, CAPACITY, WINDOW, at).allowed()) {
                    allowed.add(at);
                }
            }
        }
        for (int first = 0; first < allowed.size(); first++) {
            for (int last = first; last < allowed.size(); last++) {
                Duration span = Duration.between(allowed.get(first), allowed.get(last));
                long givenBack = span.dividedBy(ONE_TOKEN);
                assertTrue(
                        last - first + 1 <= CAPACITY + givenBack,
                        (last - first + 1) + " hits allowed within " + span + " (from " + allowed.get(first) + ")");
            }
        }
        assertTrue(
                allowed.size() > 2 * CAPACITY, "the schedule must spend the bucket more than once: " + allowed.size());
    }

    @Test
    void racingHitsOnOneBucketNeverGetMoreThanItsTokens() throws Exception {
        String bucket = newBucket();
        int threads = 24;
        Instant now = Instant.now();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> hits = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                hits.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return buckets.take(bucket, CAPACITY, WINDOW, now).allowed();
                }));
            }
            int allowed = 0;
            for (Future<Boolean> hit : hits) {
                allowed += hit.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(CAPACITY, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoInstancesOnTheirOwnConnectionsShareOneBucketAndNeverGetMoreThanItsTokens() throws Exception {
        // The application's pool (Agroal) and, as a second backend instance, plain connections opened by hand.
        TokenBuckets otherInstance = new TokenBuckets(database::connect, em);
        String bucket = newBucket();
        int threads = 16;
        Instant now = Instant.now();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                TokenBuckets instance = i % 2 == 0 ? buckets : otherInstance;
                granted.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    int allowed = 0;
                    for (int hit = 0; hit < 3; hit++) {
                        allowed += instance.take(bucket, CAPACITY, WINDOW, now).allowed() ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            int allowed = 0;
            for (Future<Integer> thread : granted) {
                allowed += thread.get(60, TimeUnit.SECONDS);
            }
            assertEquals(CAPACITY, allowed, "48 hits at one instant on a bucket of " + CAPACITY);
        } finally {
            pool.shutdownNow();
        }
        assertFalse(otherInstance.take(bucket, CAPACITY, WINDOW, now).allowed());
        assertFalse(buckets.take(bucket, CAPACITY, WINDOW, now).allowed());
    }

    @Test
    void thePurgeForgetsOnlyBucketsThatAreFullAgain() {
        Instant now = Instant.now();
        String spent = newBucket();
        String refilled = newBucket();
        assertEquals(CAPACITY, allowedHits(spent, CAPACITY, now));
        allowedHits(refilled, 1, now.minus(WINDOW));

        buckets.purgeFull(now);

        assertEquals(0, rows(refilled));
        assertEquals(1, rows(spent));
        assertFalse(buckets.take(spent, CAPACITY, WINDOW, now).allowed());
    }

    @Test
    void aForgottenBucketIsFullAgainForEveryConfiguration() {
        Instant now = Instant.now();
        String bucket = newBucket();
        assertEquals(CAPACITY, allowedHits(bucket, CAPACITY, now));
        buckets.take(bucket, 3, Duration.ofMinutes(1), now);
        assertEquals(2, rows(bucket));

        QuarkusTransaction.requiringNew().run(() -> buckets.forget(List.of(bucket)));

        assertEquals(0, rows(bucket));
        assertTrue(buckets.take(bucket, CAPACITY, WINDOW, now).allowed());
    }

    private long rows(String bucket) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM rate_limit_bucket WHERE key_hash = sha256(convert_to(:bucket, 'UTF8'))")
                        .setParameter("bucket", bucket)
                        .getSingleResult())
                .longValue();
    }
}
