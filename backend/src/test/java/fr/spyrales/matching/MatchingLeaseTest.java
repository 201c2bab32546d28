package fr.spyrales.matching;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one database: a run computing or sending its requests on another instance is left alone while
 * that instance renews its lease, and taken over (failed, or its sending resumed) once the lease ran out.
 */
@QuarkusTest
class MatchingLeaseTest {
    private static final String OTHER_INSTANCE = "une-autre-instance";

    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    MatchingLease lease;

    @Inject
    EntityManager em;

    /** The last name this test gives its members; they leave the cohort afterwards, so later runs start clean. */
    private String name;

    @BeforeEach
    void nameThisTestsMembers() {
        name = MatchingFixtures.uniqueName("Bail");
    }

    @AfterEach
    void takeThisTestsMembersOutOfTheCohort() {
        fixtures.leaveCohort(name);
    }

    @Test
    void aRunComputingOnALiveInstanceIsLeftAloneAndFailedOnceItsInstanceStopped() {
        Account animateur = mentorships.animateur();
        Account mentee = fixtures.mentee(name, "INSEE", "OCC", Map.of(), java.util.Set.of());
        Account mentor = fixtures.mentor("Marc", name, "INSEE", "OCC", 1, Map.of());
        UUID run = fixtures.proposedPair(animateur, mentee, mentor);
        fixtures.awaitNoRunComputing();
        sql(
                "UPDATE matching_run SET status = 'RUNNING', stage = 'SOLVING', finished_at = NULL, lease_holder = :other,"
                        + " lease_until = now() + interval '5 minutes' WHERE id = :run",
                run);
        try {
            lease.sweep();
            assertEquals(List.of("RUNNING", ""), statusAndError(run), "another instance still computes it");

            sql("UPDATE matching_run SET lease_until = now() - interval '1 second' WHERE id = :run", run);
            lease.sweep();
            assertEquals(List.of("FAILED", MatchingLease.INTERRUPTED), statusAndError(run));
        } finally {
            sql("UPDATE matching_run SET status = 'FAILED' WHERE id = :run AND status = 'RUNNING'", run);
        }
    }

    @Test
    void theRequestsOfAConfirmedRunWhoseSenderStoppedAreSentByAnotherInstance() {
        Account animateur = mentorships.animateur();
        Account mentee = fixtures.mentee(name, "INSEE", "OCC", Map.of(), java.util.Set.of());
        Account mentor = fixtures.mentor("Rémi", name, "INSEE", "OCC", 1, Map.of());
        UUID run = fixtures.proposedPair(animateur, mentee, mentor);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                UPDATE matching_run SET status = 'CONFIRMING', confirmed_at = now(), confirmed_by = :animateur,
                                       created_count = 0, skipped_count = 0, lease_holder = :other,
                                       lease_until = now() + interval '5 minutes'
                                 WHERE id = :run""")
                        .setParameter("animateur", animateur.id())
                        .setParameter("other", OTHER_INSTANCE)
                        .setParameter("run", run)
                        .executeUpdate());

        lease.sweep();
        assertEquals(0L, requestsBetween(mentee, mentor), "the other instance still sends them");

        sql("UPDATE matching_run SET lease_until = now() - interval '1 second' WHERE id = :run", run);
        lease.sweep();
        await("the run's requests are sent by this instance")
                .atMost(Duration.ofSeconds(60))
                .until(() -> "CONFIRMED".equals(statusAndError(run).get(0)));
        assertEquals(1L, requestsBetween(mentee, mentor), "its one pair, once");
    }

    private void sql(String statement, UUID run) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement).setParameter("run", run);
            if (statement.contains(":other")) {
                query.setParameter("other", OTHER_INSTANCE);
            }
            query.executeUpdate();
        });
    }

    private List<String> statusAndError(UUID run) {
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[])
                        em.createNativeQuery("SELECT status, coalesce(error, '') FROM matching_run WHERE id = :run")
                                .setParameter("run", run)
                                .getSingleResult());
        return List.of((String) row[0], (String) row[1]);
    }

    private long requestsBetween(Account mentee, Account mentor) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM mentorship WHERE mentee_id = :mentee AND mentor_id = :mentor")
                                .setParameter("mentee", mentee.id())
                                .setParameter("mentor", mentor.id())
                                .getSingleResult())
                        .longValue());
    }
}
