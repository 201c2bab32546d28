package fr.spyrales.stats;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatsTest {
    @Inject
    TestAccounts accounts;

    @Inject
    StatsService stats;

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
    void confirmedMembersAreTheStatisticsTotalAndMentorsAreCountedLive() {
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
        // Test classes run one after another: the figures move only with this test's accounts.
        assertEquals(mentors + 1, figure("mentors"), "mentors are counted on each request");
        assertEquals(members, figure("members"), "the members are the statistics page's total, until its next refresh");
        stats.refresh();
        assertEquals(members + 1, figure("members"), "only the confirmed account counts");
        assertEquals(statisticsPageTotal(), figure("members"));
    }
}
