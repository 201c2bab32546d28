package fr.spyrales.stats;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatsTest {
    @Inject
    TestAccounts accounts;

    @Inject
    StatsService stats;

    @Inject
    EntityManager em;

    private static Long figure(String name) {
        return get("/api/v1/stats").then().statusCode(200).extract().jsonPath().getObject(name, Long.class);
    }

    /** The members' total on the statistics page, null when it is not published. */
    private static Long statisticsPageTotal() {
        return get("/api/v1/stats/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getObject("total.value", Long.class);
    }

    @Test
    void theHomeFiguresAreThoseOfTheLastRefresh() {
        for (int i = 0; i < 5; i++) {
            accounts.quickMember("Quentin", "Compté", m -> {
                m.canMentor = true;
                m.mentorCapacity = 2;
            });
        }
        stats.refresh();
        assertEquals(statisticsPageTotal(), figure("members"), "the home page publishes what the statistics page does");
        long members = figure("members");
        long mentors = figure("mentors");
        accounts.register(TestAccounts.newEmail(), "Pas", "Confirmé");
        TestAccounts.Account mentor = accounts.member("Sophie", "Mentor");
        mentor.as()
                .body(Map.of("canMentor", true, "mentorCapacity", 2))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        assertEquals(mentors, figure("mentors"), "a visit reads the snapshot: it counts nothing");
        assertEquals(members, figure("members"), "the members are the statistics page's total, until its next refresh");
        stats.refresh();
        // Test classes run one after another: the figures move only with this test's accounts.
        assertEquals(mentors + 1, figure("mentors"), "the new mentor counts from the next refresh");
        assertEquals(members + 1, figure("members"), "only the confirmed account counts");
        assertEquals(statisticsPageTotal(), figure("members"));
    }

    @Test
    void aSnapshotStoredBeforeTheHomeFiguresIsComputedAgain() {
        stats.refresh();
        long organizations = figure("organizations");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE statistics_snapshot SET figures = figures - 'home',"
                                + " refreshed_at = refreshed_at - interval '1 minute' WHERE id = 1")
                        .executeUpdate());
        assertEquals(organizations, figure("organizations"), "the figures are there, computed on the first visit");
        Object stored = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT jsonb_exists(figures, 'home') FROM statistics_snapshot WHERE id = 1")
                        .getSingleResult());
        assertEquals(Boolean.TRUE, stored, "and kept for the next visits");
    }
}
