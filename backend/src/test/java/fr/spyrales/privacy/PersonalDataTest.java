package fr.spyrales.privacy;

import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataTest {
    @Inject
    TestAccounts accounts;

    @Test
    void exportContainsEverythingAboutMe() {
        TestAccounts.Account me = accounts.member("Maëlle", "Le Goff");
        me.as().body(Map.of("bio", "Je cartographie les données de la qualité de l'air.",
                "skills", List.of(Map.of("code", "cartographie", "level", 3)))).patch("/api/v1/me").then().statusCode(200);
        me.as().get("/api/v1/me/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("profile.email", equalTo(me.email()))
                .body("profile.bio", containsString("qualité de l'air"))
                .body("profile.skills[0].code", equalTo("cartographie"))
                .body("account.emailVerifiedAt", notNullValue())
                .body("sessions", hasSize(greaterThanOrEqualTo(1)))
                .body("mailLinks[0].purpose", equalTo("VERIFY"));
    }

    @Test
    void erasureRemovesPersonalDataAndClosesSessions() {
        String lastName = "Bertrand-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.Account me = accounts.member("Loïc", lastName);
        TestAccounts.Account other = accounts.member();
        me.as().body(Map.of("bio", "Une présentation personnelle", "tchapHandle", "@loic:agent.tchap.gouv.fr"))
                .patch("/api/v1/me").then().statusCode(200);

        me.as().delete("/api/v1/me").then().statusCode(204);

        // The access token stops working at once, and so does the session.
        me.as().get("/api/v1/me").then().statusCode(401);
        anonymous().body(Map.of("refreshToken", me.refreshToken())).post("/api/v1/auth/refresh").then().statusCode(401);
        anonymous().body(Map.of("email", me.email(), "password", TestAccounts.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(401);
        // Nobody finds the person any more.
        other.as().queryParam("q", "Loïc " + lastName).get("/api/v1/members").then().body("total", equalTo(0));
        other.as().get("/api/v1/members/" + me.id()).then().statusCode(404);
        // The address is free again.
        accounts.member("Loïc", lastName);
    }
}
