package fr.spyrales.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A confirmed run's requests, many pairs to a batch: the rules are read for the whole batch at once, the pairs that
 * break one are skipped with the reason a single request would give, and a batch is written whole or not at all.
 */
@QuarkusTest
class MatchingConfirmationBatchTest {
    private static final String SKILL_REASONS = "[{\"criterion\":\"SKILL\",\"label\":\"Maîtrise R au niveau 4\","
            + "\"points\":50.0,\"skill\":{\"code\":\"r\",\"name\":\"R\"}}]";

    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    MatchingConfirmation confirmation;

    @Inject
    EntityManager em;

    private String name;

    @BeforeEach
    void nameThisTestsMembers() {
        name = MatchingFixtures.uniqueName("Lot");
    }

    @AfterEach
    void takeThisTestsMembersOutOfTheCohort() {
        fixtures.leaveCohort(name);
    }

    @Test
    void aBatchChecksEveryRuleForAllItsPairsAndSkipsThoseThatBreakOne() {
        Account animateur = mentorships.animateur();
        Account roomy = mentor("Ambre", 2);
        Account elsewhere = mentor("Xavier", 3);
        Account declining = mentor("Claire", 2);
        Account busy = mentor("Denis", 2);
        Account full = mentor("Eve", 1);
        Account asked = mentor("Fanny", 2);
        Account stopped = mentor("Gaspard", 2);
        Account firstOk = mentee();
        Account secondOk = mentee();
        Account paired = mentee();
        Account declined = mentee();
        Account waiting = mentee();
        Account other = mentee();
        Account askedAlready = mentee();
        Account stoppedMentee = mentee();
        pairing(paired, elsewhere, "ACCEPTED");
        pairing(declined, declining, "DECLINED");
        for (String first : List.of("Hugo", "Inès", "Jules")) {
            pairing(waiting, mentor(first, 1), "PENDING");
        }
        pairing(other, full, "ACCEPTED");
        pairing(askedAlready, asked, "PENDING");
        sql("UPDATE member SET can_mentor = false WHERE id = :id", Map.of("id", stopped.id()));

        Map<Account, Account> pairs = new LinkedHashMap<>();
        pairs.put(firstOk, roomy);
        pairs.put(secondOk, roomy);
        pairs.put(paired, busy);
        pairs.put(declined, declining);
        pairs.put(waiting, busy);
        pairs.put(askedAlready, asked);
        pairs.put(stoppedMentee, stopped);
        // `other` holds the full mentor's one place.
        Account toFull = mentee();
        pairs.put(toFull, full);
        UUID run = confirmingRun(animateur, pairs, Map.of());

        assertEquals(8, confirmation.sendNextBatch(run, 50));
        assertEquals(0, confirmation.sendNextBatch(run, 50));

        assertEquals(List.of("CONFIRMED", 2, 6), runFigures(run));
        Map<UUID, List<Object>> outcomes = outcomes(run);
        assertEquals(List.of("CREATED", ""), outcomes.get(firstOk.id()));
        assertEquals(List.of("CREATED", ""), outcomes.get(secondOk.id()));
        assertEquals(List.of("SKIPPED", "La personne a déjà un mentorat en cours."), outcomes.get(paired.id()));
        assertEquals(
                List.of("SKIPPED", "Le mentor a déjà décliné une demande de cette personne."),
                outcomes.get(declined.id()));
        assertEquals(
                List.of("SKIPPED", "La personne a déjà le maximum de demandes en attente."),
                outcomes.get(waiting.id()));
        assertEquals(List.of("SKIPPED", "Le mentor n'a plus de place libre."), outcomes.get(toFull.id()));
        assertEquals(
                List.of("SKIPPED", "Une demande ou un mentorat est déjà en cours entre ces deux personnes."),
                outcomes.get(askedAlready.id()));
        assertEquals(
                List.of("SKIPPED", "Le mentor ne propose plus d'accompagnement."), outcomes.get(stoppedMentee.id()));

        // The two requests, each with its goal, its history line, both notifications and both mails.
        assertEquals(
                2L,
                count(
                        "SELECT count(*) FROM mentorship WHERE mentor_id = :id AND status = 'PENDING'"
                                + " AND proposed_by_programme",
                        roomy));
        assertEquals(
                2L,
                count(
                        "SELECT count(*) FROM mentorship_goal g JOIN mentorship m ON m.id = g.mentorship_id"
                                + " WHERE m.mentor_id = :id AND g.title = 'Progresser en R'",
                        roomy));
        assertEquals(
                2L,
                count(
                        "SELECT count(*) FROM mentorship_event e JOIN mentorship m ON m.id = e.mentorship_id"
                                + " WHERE m.mentor_id = :id AND e.actor_id IS NULL AND e.to_status = 'PENDING'",
                        roomy));
        assertEquals(
                2L,
                count(
                        "SELECT count(*) FROM notification WHERE member_id = :id"
                                + " AND kind = 'MENTORSHIP_REQUESTED'",
                        roomy));
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM notification WHERE member_id = :id" + " AND kind = 'MENTORSHIP_PROPOSED'",
                        firstOk));
        assertEquals(2L, count("SELECT count(*) FROM mail_outbox WHERE member_id = :id", roomy));
        assertEquals(1L, count("SELECT count(*) FROM mail_outbox WHERE member_id = :id", secondOk));
        // The skipped pairs wrote nothing.
        for (Account mentor : List.of(busy, declining, asked, stopped, full)) {
            assertEquals(0L, count("SELECT count(*) FROM notification WHERE member_id = :id", mentor));
        }
    }

    @Test
    void aBatchThatTheDatabaseRefusesLeavesNothingBehindAndIsSentAgainWhole() {
        Account animateur = mentorships.animateur();
        Account mentor = mentor("Lucie", 3);
        Account first = mentee();
        Account second = mentee();
        Account third = mentee();
        Map<Account, Account> pairs = new LinkedHashMap<>();
        pairs.put(first, mentor);
        pairs.put(second, mentor);
        pairs.put(third, mentor);
        // A goal longer than the database allows (200 characters): its insert fails when the batch is written.
        String tooLong = "[{\"criterion\":\"SKILL\",\"label\":\"Maîtrise\",\"points\":50.0,"
                + "\"skill\":{\"code\":\"r\",\"name\":\"" + "R".repeat(250) + "\"}}]";
        UUID run = confirmingRun(animateur, pairs, Map.of(third, tooLong));

        assertThrows(RuntimeException.class, () -> confirmation.sendNextBatch(run, 10));

        assertEquals(List.of("CONFIRMING", 0, 0), runFigures(run));
        assertEquals(0L, count("SELECT count(*) FROM mentorship WHERE mentor_id = :id", mentor));
        assertEquals(0L, count("SELECT count(*) FROM notification WHERE member_id = :id", mentor));
        assertEquals(0L, count("SELECT count(*) FROM mail_outbox WHERE member_id = :id", mentor));
        outcomes(run).values().forEach(o -> assertEquals(List.of("", ""), o));

        // Once the faulty pair is left out, the same batch goes through whole.
        sql(
                "UPDATE matching_proposal SET removed_at = now() WHERE run_id = :run AND mentee_id = :mentee",
                Map.of("run", run, "mentee", third.id()));
        assertEquals(2, confirmation.sendNextBatch(run, 10));
        assertEquals(0, confirmation.sendNextBatch(run, 10));
        assertEquals(List.of("CONFIRMED", 2, 0), runFigures(run));
        assertEquals(2L, count("SELECT count(*) FROM mentorship WHERE mentor_id = :id", mentor));
        assertEquals(2L, count("SELECT count(*) FROM mail_outbox WHERE member_id = :id", mentor));
    }

    private Account mentee() {
        return fixtures.mentee(name, "INSEE", "BRE", Map.of(), Set.of("r"));
    }

    private Account mentor(String firstName, int capacity) {
        return fixtures.mentor(firstName, name, "INSEE", "BRE", capacity, Map.of("r", 4));
    }

    private void pairing(Account mentee, Account mentor, String status) {
        sql(
                "INSERT INTO mentorship (id, mentee_id, mentor_id, status, message, started_at)"
                        + " VALUES (:id, :mentee, :mentor, :status, 'Bonjour',"
                        + " CASE WHEN :status = 'ACCEPTED' THEN now() END)",
                Map.of("id", UUID.randomUUID(), "mentee", mentee.id(), "mentor", mentor.id(), "status", status));
    }

    /** A run confirmed by the animateur whose requests are not sent yet (nothing sends them but this test). */
    private UUID confirmingRun(Account animateur, Map<Account, Account> pairs, Map<Account, String> reasons) {
        UUID run = UUID.randomUUID();
        sql("""
                INSERT INTO matching_run (id, status, stage, started_by, finished_at, candidates_per_mentee, minimum_score,
                    weight_skill, weight_language, weight_capacity, weight_other_ministry, weight_same_region, mentee_count,
                    mentor_count, candidate_count, matched_count, total_score_hundredths, greedy_score_hundredths,
                    greedy_matched_count, duration_ms, confirmed_at, confirmed_by, created_count, skipped_count)
                VALUES (:id, 'CONFIRMING', 'FINISHED', :animateur, now(), 50, 0, 50, 15, 10, 15, 10, 1, 1, 1, 1, 6500,
                    6500, 1, 3, now(), :animateur, 0, 0)""", Map.of("id", run, "animateur", animateur.id()));
        pairs.forEach((mentee, mentor) -> sql(
                """
                INSERT INTO matching_proposal (run_id, mentee_id, mentor_id, score_hundredths, reasons)
                VALUES (:run, :mentee, :mentor, 6500, CAST(:reasons AS jsonb))""",
                Map.of(
                        "run",
                        run,
                        "mentee",
                        mentee.id(),
                        "mentor",
                        mentor.id(),
                        "reasons",
                        reasons.getOrDefault(mentee, SKILL_REASONS))));
        return run;
    }

    private List<Object> runFigures(UUID run) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("SELECT status, created_count, skipped_count FROM matching_run WHERE id = :run")
                        .setParameter("run", run)
                        .getSingleResult());
        return List.of(row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
    }

    /** Each mentee's outcome and its detail ("" for none). */
    private Map<UUID, List<Object>> outcomes(UUID run) {
        Map<UUID, List<Object>> outcomes = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT mentee_id, coalesce(outcome, ''),"
                            + " coalesce(outcome_detail, '') FROM matching_proposal WHERE run_id = :run")
                    .setParameter("run", run)
                    .getResultList();
            for (Object[] row : rows) {
                outcomes.put((UUID) row[0], new ArrayList<>(List.of(row[1], row[2])));
            }
        });
        return outcomes;
    }

    private long count(String sql, Account member) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter("id", member.id())
                                .getSingleResult())
                        .longValue());
    }

    private void sql(String statement, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }
}
