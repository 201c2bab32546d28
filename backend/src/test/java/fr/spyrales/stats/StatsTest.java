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

    private static long figure(String name) {
        return get("/api/v1/stats").then().statusCode(200).extract().jsonPath().getLong(name);
    }

    @Test
    void confirmedMembersAndMentorsAreCounted() {
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
        assertEquals(members + 1, figure("members"), "only the confirmed account counts");
        assertEquals(mentors + 1, figure("mentors"));
    }
}
