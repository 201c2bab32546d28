package fr.spyrales.matching;

import static org.awaitility.Awaitility.await;

import fr.spyrales.member.Member;
import fr.spyrales.member.SkillLevel;
import fr.spyrales.referential.Organization;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Members with the skills, organisation and region a matching scenario needs, and runs started when none computes. */
@ApplicationScoped
public class MatchingFixtures {
    public static final String RUNS = "/api/v1/matching/runs";

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    /** A fresh last name, so that a test finds its own members in a shared database. */
    public static String uniqueName(String base) {
        return base + UUID.randomUUID().toString().substring(0, 8);
    }

    public Account mentee(
            String lastName, String organization, String region, Map<String, Integer> skills, Set<String> learning) {
        Organization org = organization(organization);
        return accounts.quickMember("Léa", lastName, m -> {
            m.wantsMentor = true;
            profile(m, org, region, skills);
            m.learningSkills.addAll(learning);
        });
    }

    public Account mentor(
            String firstName,
            String lastName,
            String organization,
            String region,
            int capacity,
            Map<String, Integer> skills) {
        Organization org = organization(organization);
        return accounts.quickMember(firstName, lastName, m -> {
            m.canMentor = true;
            m.mentorCapacity = (short) capacity;
            profile(m, org, region, skills);
        });
    }

    private static void profile(Member m, Organization org, String region, Map<String, Integer> skills) {
        m.organization = org;
        m.regionCode = region;
        skills.forEach((code, level) -> m.skills.add(new SkillLevel(code, level)));
    }

    /** By acronym, as seeded: INSEE (Économie et Finances), MJ (Justice), SSMSI (Intérieur)… */
    private Organization organization(String acronym) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select o from Organization o where o.acronym = :a", Organization.class)
                        .setParameter("a", acronym)
                        .getSingleResult());
    }

    /**
     * A run ready to review, started by this animateur, that proposes one pair: what a member's data shows of the
     * matching, without computing a run over the whole shared database. Returns the run's id.
     */
    public UUID proposedPair(Account animateur, Account mentee, Account mentor) {
        UUID run = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            INSERT INTO matching_run (id, status, stage, started_by, finished_at, candidates_per_mentee, minimum_score,
                                weight_skill, weight_language, weight_capacity, weight_other_ministry, weight_same_region, mentee_count,
                                mentor_count, candidate_count, matched_count, total_score_hundredths, greedy_score_hundredths,
                                greedy_matched_count, duration_ms)
                            VALUES (:id, 'DONE', 'FINISHED', :animateur, now(), 50, 0, 50, 15, 10, 15, 10, 1, 1, 1, 1, 6500, 6500, 1, 3)""")
                    .setParameter("id", run)
                    .setParameter("animateur", animateur.id())
                    .executeUpdate();
            em.createNativeQuery("""
                            INSERT INTO matching_proposal (run_id, mentee_id, mentor_id, score_hundredths, reasons)
                            VALUES (:run, :mentee, :mentor, 6500, CAST('[]' AS jsonb))""")
                    .setParameter("run", run)
                    .setParameter("mentee", mentee.id())
                    .setParameter("mentor", mentor.id())
                    .executeUpdate();
        });
        return run;
    }

    /**
     * Starts a run (202) and returns its id. One run computes at a time: when another test's run still computes,
     * this waits for it to end, then starts.
     */
    public UUID startRun(Account animateur, Map<String, Object> parameters) {
        UUID[] started = new UUID[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    var answer =
                            animateur.as().body(parameters).post(RUNS).then().extract();
                    if (answer.statusCode() == 409) {
                        awaitEnd(animateur, UUID.fromString(answer.path("runningRunId")));
                        return false;
                    }
                    if (answer.statusCode() != 202) {
                        throw new AssertionError(
                                "starting a run answered " + answer.statusCode() + ": " + answer.asString());
                    }
                    started[0] = UUID.fromString(answer.path("id"));
                    return true;
                });
        return started[0];
    }

    /** Waits until the run has stopped computing (DONE or FAILED). */
    public void awaitEnd(Account animateur, UUID run) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING"
                        .equals(animateur
                                .as()
                                .get(RUNS + "/" + run)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("status")));
    }

    /** Takes the members of this last name out of the cohort, so that later runs start without them. */
    public void leaveCohort(String lastName) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE member SET wants_mentor = false, can_mentor = false WHERE last_name = :name")
                        .setParameter("name", lastName)
                        .executeUpdate());
    }

    /** Waits until no run computes, whoever started it. */
    public void awaitNoRunComputing() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                        "SELECT count(*) FROM matching_run WHERE status = 'RUNNING'")
                                                .getSingleResult())
                                        .intValue()
                                == 0));
    }

    /** Keeps, in a run's proposal, only the pairs of these mentees: other tests' members stay out of the confirmation. */
    public void keepOnly(UUID runId, List<UUID> mentees) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE matching_proposal SET removed_at = now() WHERE run_id = :run AND NOT (mentee_id = ANY(CAST(:kept AS uuid[])))")
                        .setParameter("run", runId)
                        .setParameter(
                                "kept",
                                mentees.stream().map(UUID::toString).toList().toArray(new String[0]))
                        .executeUpdate());
    }
}
