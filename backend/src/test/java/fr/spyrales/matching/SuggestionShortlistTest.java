package fr.spyrales.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.matching.MatchingPoolLoader.MentorShortlist;
import fr.spyrales.matching.engine.MatchingPool;
import fr.spyrales.matching.engine.MatchingWeights;
import fr.spyrales.matching.engine.Scorer;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suggestions keep the mentors SQL scores best, then score those in Java: SQL must compute the very score the
 * engine's {@link Scorer} does, for every mentor, or the page would differ from scoring everyone in Java.
 */
@QuarkusTest
class SuggestionShortlistTest {
    private static final List<String> SKILLS =
            List.of("python", "r", "sql", "statistiques", "dataviz", "sondages", "econometrie", "series-temporelles");
    private static final List<String> ORGANIZATIONS = List.of("INSEE", "MJ", "SSMSI");
    private static final List<String> REGIONS = List.of("BRE", "OCC", "IDF");

    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    MatchingPoolLoader loader;

    private String name;

    @BeforeEach
    void nameThisTestsMembers() {
        name = MatchingFixtures.uniqueName("Liste");
    }

    @AfterEach
    void takeThisTestsMembersOutOfTheCohort() {
        fixtures.leaveCohort(name);
    }

    @Test
    void sqlScoresEveryMentorAsTheEngineDoesAndKeepsTheBest() {
        Random random = new Random(16);
        Account mentee = fixtures.mentee(
                name, "INSEE", "OCC", Map.of("r", 1, "statistiques", 2), Set.of("python", "statistiques", "dataviz"));
        for (int i = 0; i < 40; i++) {
            Map<String, Integer> skills = new HashMap<>();
            for (String skill : SKILLS) {
                if (random.nextInt(3) == 0) {
                    skills.put(skill, 1 + random.nextInt(4));
                }
            }
            Account mentor = fixtures.mentor(
                    "Mentor" + i,
                    name,
                    ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size())),
                    REGIONS.get(random.nextInt(REGIONS.size())),
                    1 + random.nextInt(3),
                    skills);
            if (i % 7 == 0) {
                // One place taken: the capacity share and the free places change.
                UUID request = mentorships.request(mentorships.mentee(), mentor);
                mentor.as()
                        .post("/api/v1/mentorships/" + request + "/accept")
                        .then()
                        .statusCode(200);
            }
        }
        for (MatchingWeights weights : List.of(
                MatchingWeights.DEFAULT, new MatchingWeights(37, 11, 7, 0, 23), new MatchingWeights(1, 0, 3, 9, 0))) {
            Scorer scorer = new Scorer(weights);
            MentorShortlist all = loader.forMentee(mentee.id(), weights, Integer.MAX_VALUE);
            MatchingPool pool = all.loaded().pool();
            assertTrue(
                    pool.mentorCount() >= 10, "this test's mentors above the mentee at least: " + pool.mentorCount());
            for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
                assertEquals(
                        scorer.score(pool, 0, mentor),
                        all.scores()[mentor],
                        "score of " + all.loaded().mentorIds()[mentor] + " with " + weights);
            }
            // Keeping the 12 best in SQL gives the same 10 best as scoring every mentor here.
            assertEquals(best(all, scorer, 10), best(loader.forMentee(mentee.id(), weights, 12), scorer, 10));
        }
    }

    /** The `limit` best mentors as the suggestions rank them: score, then pool order. */
    private static List<UUID> best(MentorShortlist shortlist, Scorer scorer, int limit) {
        MatchingPool pool = shortlist.loaded().pool();
        List<int[]> scored = new ArrayList<>();
        for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
            scored.add(new int[] {mentor, scorer.score(pool, 0, mentor)});
        }
        scored.sort(Comparator.<int[]>comparingInt(s -> -s[1]).thenComparingInt(s -> s[0]));
        return scored.stream()
                .limit(limit)
                .map(s -> shortlist.loaded().mentorIds()[s[0]])
                .toList();
    }
}
