package fr.spyrales.overview;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** « Mon espace » in one call: each block, its empty state's data, and a fixed number of queries whatever the data. */
@QuarkusTest
class OverviewTest {
    private static final String OVERVIEW = "/api/v1/me/overview";

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    @Test
    void aNewcomerSeesEmptyBlocksTheWelcomeAndWhatTheirProfileLacks() {
        Account newcomer = fixtures.stranger();
        newcomer.as()
                .get(OVERVIEW)
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Paul"))
                .body("toAnswer.mentorshipRequests", empty())
                .body("toAnswer.mentorshipRequestCount", equalTo(0))
                .body("toAnswer.joinRequests", empty())
                .body("toAnswer.feedbackToGive", empty())
                .body("mentorships", empty())
                .body("sentRequests", empty())
                .body("projects", empty())
                .body("paths", empty())
                .body("events", empty())
                .body("notifications.unreadCount", equalTo(0))
                .body("notifications.latest", empty())
                .body("profileCompletion.percent", equalTo(0))
                .body("profileCompletion.missing.field", hasItems("SKILLS", "LEARNING_SKILLS", "POSITION"))
                .body("welcome.shown", equalTo(true))
                .body("welcome.skillsDescribed", equalTo(false))
                .body("welcome.learningWishesGiven", equalTo(false))
                .body("welcome.mentorOrPathFound", equalTo(false));
    }

    @Test
    void theMentorIsAskedToAnswerAndTheMenteeSeesTheirRequestWaiting() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
        pair.mentor()
                .as()
                .get(OVERVIEW)
                .then()
                .statusCode(200)
                .body("toAnswer.mentorshipRequestCount", equalTo(1))
                .body(
                        "toAnswer.mentorshipRequests[0].mentorshipId",
                        equalTo(pair.id().toString()))
                .body("toAnswer.mentorshipRequests[0].mentee.displayName", equalTo("Léa Novice"))
                .body("notifications.unreadCount", equalTo(1))
                .body("notifications.latest[0].link", equalTo("/mentorats/" + pair.id()));
        pair.mentee()
                .as()
                .get(OVERVIEW)
                .then()
                .statusCode(200)
                .body("sentRequests[0].mentorshipId", equalTo(pair.id().toString()))
                .body("sentRequests[0].mentor.displayName", equalTo("Claire Mentor"))
                .body("welcome.mentorOrPathFound", equalTo(true))
                .body("toAnswer.mentorshipRequests", empty());
    }

    @Test
    void aPairingUnderWayShowsItsNextSessionAndItsGoals() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        OffsetDateTime start = OffsetDateTime.now().plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        pair.mentor()
                .as()
                .body(Map.of("startsAt", start.toString(), "place", "Salle 3.12"))
                .put("/api/v1/mentorships/" + pair.id() + "/next-session")
                .then()
                .statusCode(200);

        pair.mentee()
                .as()
                .get(OVERVIEW)
                .then()
                .statusCode(200)
                .body("mentorships[0].mentorshipId", equalTo(pair.id().toString()))
                .body("mentorships[0].myRole", equalTo("MENTEE"))
                .body("mentorships[0].otherParty.displayName", equalTo("Claire Mentor"))
                .body("mentorships[0].nextSession.place", equalTo("Salle 3.12"))
                .body("mentorships[0].nextSession.startsAt", notNullValue())
                .body("mentorships[0].goalsTotal", equalTo(2))
                .body("mentorships[0].goalsDone", equalTo(0))
                .body("sentRequests", empty());
    }

    @Test
    void anEndedPairingAsksForFeedbackUntilItIsGiven() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        pair.mentee()
                .as()
                .get(OVERVIEW)
                .then()
                .statusCode(200)
                .body("toAnswer.feedbackToGiveCount", equalTo(1))
                .body("toAnswer.feedbackToGive[0].otherParty.displayName", equalTo("Claire Mentor"))
                .body("mentorships", empty());
    }

    @Test
    void theWelcomeStaysClosedOnceDismissed() {
        Account newcomer = fixtures.stranger();
        newcomer.as().post(OVERVIEW + "/welcome/dismiss").then().statusCode(204);
        newcomer.as().post(OVERVIEW + "/welcome/dismiss").then().statusCode(204);
        newcomer.as()
                .get(OVERVIEW)
                .then()
                .statusCode(200)
                .body("welcome.shown", equalTo(false))
                .body("welcome.dismissed", equalTo(true));
    }

    @Test
    void aMemberWithNothingOpenSeesNoPlannedSessionOfAnEndedPairing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        pair.mentor()
                .as()
                .body(Map.of("startsAt", OffsetDateTime.now().plusDays(2).toString()))
                .put("/api/v1/mentorships/" + pair.id() + "/next-session")
                .then()
                .statusCode(200);
        pair.mentee()
                .as()
                .body("{}")
                .post("/api/v1/mentorships/" + pair.id() + "/complete")
                .then()
                .statusCode(200);
        pair.mentor().as().get(OVERVIEW).then().statusCode(200).body("mentorships", empty());
    }

    /**
     * The statements one call prepares do not grow with the member's data: a member with nothing and a member with
     * eight pairings, dozens of notifications and goals cost the same, and no more than a dozen.
     */
    @Test
    void oneCallCostsAFixedNumberOfQueriesWhateverTheData() {
        Account empty = fixtures.stranger();
        Account busy = fixtures.mentor(5);
        List<Pair> pairs = IntStream.range(0, 8)
                .mapToObj(i -> fixtures.pairIn(MentorshipStatus.ACCEPTED))
                .toList();
        // The busy member becomes the mentor of eight pairings under way, each with goals and a planned session.
        QuarkusTransaction.requiringNew().run(() -> {
            for (Pair pair : pairs) {
                em.createNativeQuery("UPDATE mentorship SET mentor_id = :busy WHERE id = :id")
                        .setParameter("busy", busy.id())
                        .setParameter("id", pair.id())
                        .executeUpdate();
                em.createNativeQuery("""
                                INSERT INTO mentorship_next_session (mentorship_id, starts_at, duration_minutes, planned_at)
                                VALUES (:id, now() + interval '3 days', 60, now())""").setParameter("id", pair.id()).executeUpdate();
                em.createNativeQuery("""
                                INSERT INTO notification (id, member_id, kind, mentorship_id, title, body, link)
                                SELECT gen_random_uuid(), :busy, 'MENTORSHIP_REQUESTED', :id, 'Titre', 'Corps', '/mentorats/x'
                                  FROM generate_series(1, 5)""")
                        .setParameter("busy", busy.id())
                        .setParameter("id", pair.id())
                        .executeUpdate();
            }
        });
        busy.as().get(OVERVIEW).then().statusCode(200).body("mentorships.size()", equalTo(5));

        long forNothing = statementsOf(empty);
        long forPlenty = statementsOf(busy);
        assertEquals(forNothing, forPlenty, "the statements of one call grew with the data");
        assertTrue(forPlenty <= 14, "one call prepared " + forPlenty + " statements");
    }

    /** The fewest statements a call prepared over three calls (a background job may run meanwhile, never less). */
    private long statementsOf(Account account) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = stats.getPrepareStatementCount();
            account.as().get(OVERVIEW).then().statusCode(200);
            fewest = Math.min(fewest, stats.getPrepareStatementCount() - before);
        }
        return fewest;
    }
}
