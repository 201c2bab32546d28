package fr.spyrales.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a visitor of the demo finds: the COVID-19 project with its verified dataset, « La Piscine » under way, the
 * library and the two beginners' paths, the agenda (a past webinar with its replay, a full one with a waitlist, a
 * workshop and the next « Rencontres »).
 */
@QuarkusTest
class DemoActivityTest {
    private static final String COVID_PROJECT =
            "Suivi de l'épidémie de COVID-19 avec les données de Santé publique France";

    @Inject
    DemoCommunity demo;

    @Inject
    DemoActivity activity;

    @Inject
    TestAccounts accounts;

    @Inject
    DemoConfig config;

    private static boolean loaded;

    /** The demo is loaded once per run, as at a start: each test reads it, whichever runs first. */
    private synchronized void loadOnce() {
        if (!loaded) {
            demo.load();
            activity.load();
            loaded = true;
        }
    }

    @Test
    void theDemoShowsProjectsChallengesLibraryPathsAndEventsMadeByTheRules() {
        loadOnce();
        Account visitor = accounts.quickMember("Dominique", "Visiteur", m -> {});

        String covid = visitor.as()
                .queryParam("q", "épidémie COVID Santé publique France")
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("items.title", hasItem(COVID_PROJECT))
                .extract()
                .path("items.find { it.title == \"" + COVID_PROJECT + "\" }.id");
        visitor.as()
                .get("/api/v1/projects/" + covid)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("datasets.title", contains("Données hospitalières relatives à l'épidémie de COVID-19"))
                .body("datasets[0].state", equalTo("VERIFIED"))
                .body("datasets[0].licence", equalTo("lov2"))
                .body("datasets[0].producer", equalTo("Santé publique France"))
                .body("team.displayName", hasItems("Claire Fontaine", "Karim Benali"))
                .body("team.findAll { it.role == 'LEAD' }.displayName", hasItems("Claire Fontaine", "Karim Benali"));

        String past = visitor.as()
                .queryParam("period", "past")
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Les passages aux urgences pendant la première vague"))
                .body(
                        "items.find { it.title == 'Les passages aux urgences pendant la première vague' }.datasetTitle",
                        equalTo(
                                "Données des urgences hospitalières et de SOS médecins relatives à l'épidémie de COVID-19"))
                .extract()
                .path("items.find { it.title == 'Les passages aux urgences pendant la première vague' }.id");
        List<Boolean> highlighted = visitor.as()
                .get("/api/v1/challenges/" + past + "/entries")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .extract()
                .path("items.highlighted");
        assertEquals(List.of(true, false, false), highlighted, "the highlighted entry comes first");

        String current = visitor.as()
                .queryParam("period", "current")
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Où naît-on de moins en moins ?"))
                .extract()
                .path("items.find { it.title == 'Où naît-on de moins en moins ?' }.id");
        visitor.as()
                .get("/api/v1/challenges/" + current)
                .then()
                .statusCode(200)
                .body("entryCount", equalTo(1))
                .body("dataset.state", equalTo("VERIFIED"));
        visitor.as()
                .get("/api/v1/challenges/" + current + "/entries")
                .then()
                .statusCode(200)
                .body("items", empty());

        visitor.as()
                .queryParam("q", "tidyverse")
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(4))
                .body("items.find { it.title == 'Introduction à R et au tidyverse' }.ratingCount", equalTo(2))
                .body("items.find { it.title == 'Introduction à R et au tidyverse' }.contentLanguage", equalTo("FR"));
        visitor.as()
                .queryParam("size", 100)
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("total", equalTo(45))
                .body("items.url", not(hasItem("https://docs.pola.rs/user-guide/")));
        String beginR = visitor.as()
                .get("/api/v1/me/path-suggestions")
                .then()
                .statusCode(200)
                .body("title", hasItems("Débuter avec R", "Débuter avec Python"))
                .extract()
                .path("find { it.title == 'Débuter avec R' }.id");
        visitor.as()
                .get("/api/v1/paths/" + beginR)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("steps", hasSize(5))
                .body("steps[1].resource.title", equalTo("Introduction à R et au tidyverse"))
                .body("followerCount", equalTo(3));

        visitor.as()
                .queryParam("when", "PAST")
                .queryParam("size", 100)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                // Other classes' ended events may carry the fixtures' default title: the demo's has its 10 registrants.
                .body(
                        "items.find { it.title == 'Débuter avec le tidyverse' && it.confirmedCount == 10 }.hasReplay",
                        equalTo(true));
        String rencontres = visitor.as()
                .queryParam("size", 100)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.title == 'pandas pour les statisticiens : de SAS à Python' }.seatsLeft",
                        equalTo(0))
                .body(
                        "items.find { it.title == 'pandas pour les statisticiens : de SAS à Python' }.waitlistCount",
                        equalTo(3))
                .body("items.find { it.type == 'WORKSHOP' }.seatsLeft", equalTo(11))
                .extract()
                .path("items.find { it.type == 'MEETUP' && it.title.startsWith('Rencontres Spyrales') }.id");
        String ics = visitor.as()
                .get("/api/v1/events/" + rencontres + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                List.of("event-" + rencontres + "@spyrales.fr"), fr.spyrales.event.calendar.CalendarFixtures.uids(ics));
    }

    /** A demo login's access token, with the demo password. */
    private String demoLogin(String email) {
        return TestAccounts.anonymous()
                .body(Map.of("email", email, "password", config.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    /** A request of its own for each call: a specification keeps the parameters it was given. */
    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static JsonPath mine(String token, String role, String... statuses) {
        return as(token)
                .queryParam("role", role)
                .queryParam("status", (Object[]) statuses)
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theDemoShowsPairingsInEveryState() {
        loadOnce();

        for (String mentor : List.of("claire.fontaine@insee.fr", "karim.benali@developpement-durable.gouv.fr")) {
            String login = demoLogin(mentor);
            assertEquals(1, mine(login, "MENTOR", "PENDING").getInt("total"), mentor + ": a request to answer");
            assertEquals(
                    mentor.startsWith("claire") ? 1 : 2,
                    mine(login, "MENTOR", "COMPLETED").getInt("total"),
                    mentor + ": completed pairings");
        }
        assertEquals(
                1,
                mine(demoLogin("claire.fontaine@insee.fr"), "MENTOR", "ACCEPTED")
                        .getInt("total"),
                "Claire mentors Léa");

        String lea = demoLogin("lea.moreau@justice.gouv.fr");
        JsonPath underWay = mine(lea, "MENTEE", "ACCEPTED");
        assertEquals(List.of("Claire Fontaine"), underWay.getList("items.counterpart.displayName"));
        String withClaire = underWay.getString("items[0].id");
        as(lea).get("/api/v1/mentorships/" + withClaire + "/goals")
                .then()
                .statusCode(200)
                .body("progress.total", equalTo(3))
                .body("progress.done", equalTo(1));
        as(lea).get("/api/v1/mentorships/" + withClaire + "/sessions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        as(lea).get("/api/v1/mentorships/" + withClaire + "/next-session")
                .then()
                .statusCode(200)
                .body("durationMinutes", equalTo(60))
                .body("videoUrl", startsWith("https://webconf.numerique.gouv.fr/"));
        as(lea).get("/api/v1/me/overview")
                .then()
                .statusCode(200)
                .body(
                        "mentorships.find { it.otherParty.displayName == 'Claire Fontaine' }.nextSession.startsAt",
                        notNullValue());

        JsonPath completed = mine(lea, "MENTEE", "COMPLETED");
        assertEquals(List.of("Karim Benali"), completed.getList("items.counterpart.displayName"));
        as(lea).get("/api/v1/mentorships/" + completed.getString("items[0].id") + "/feedback")
                .then()
                .statusCode(200)
                .body("mine.rating", equalTo(5))
                .body("theirs.rating", equalTo(5));
    }
}
