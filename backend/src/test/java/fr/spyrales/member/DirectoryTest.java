package fr.spyrales.member;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each test works on members carrying a surname of its own, so tests never see each other's data. */
@QuarkusTest
class DirectoryTest {
    @Inject
    TestAccounts accounts;

    private String tribe;

    @BeforeEach
    void newTribe() {
        StringBuilder name = new StringBuilder("Zq");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        tribe = name.toString();
    }

    private TestAccounts.Account member(String firstName, Map<String, Object> profile) {
        TestAccounts.Account account = accounts.member(firstName, tribe);
        account.as().body(profile).patch("/api/v1/me").then().statusCode(200);
        return account;
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesPrefixes() {
        TestAccounts.Account viewer = member("Élodie", Map.of("jobTitle", "Chargée d'études statistiques"));
        viewer.as()
                .queryParam("q", "elodie " + tribe.toLowerCase())
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].displayName", equalTo("Élodie " + tribe));
        viewer.as()
                .queryParam("q", "ÉLOD " + tribe)
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(1));
        viewer.as()
                .queryParam("q", "statistique " + tribe)
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(1));
        viewer.as()
                .queryParam("q", "Bernadette " + tribe)
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void aMatchInTheJobTitleRanksAboveAMatchInTheBio() {
        TestAccounts.Account viewer = member("Aaron", Map.of("bio", "J'apprends Quarto le soir, pour mes rapports."));
        member("Zoé", Map.of("jobTitle", "Formatrice Quarto"));
        viewer.as()
                .queryParam("q", tribe + " quarto")
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Zoé " + tribe, "Aaron " + tribe));
        // Without a search, the order is alphabetical.
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("sort", "name,asc")
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Aaron " + tribe, "Zoé " + tribe));
    }

    @Test
    void aStopWordIsStillThePrefixOfAName() {
        TestAccounts.Account viewer = member("Léa", Map.of());
        member("Bastien", Map.of());
        // « le » and « la » are French stop words: they used to vanish from the search, so « le » never found Léa.
        viewer.as()
                .queryParam("q", "le " + tribe)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Léa " + tribe));
        viewer.as().queryParam("q", "la " + tribe).get("/api/v1/members").then().body("total", equalTo(0));
    }

    @Test
    void skillsAreSearchableAndFilterable() {
        TestAccounts.Account novice =
                member("Jules", Map.of("skills", List.of(Map.of("code", "r", "level", 1)), "wantsMentor", true));
        member(
                "Agathe",
                Map.of(
                        "skills",
                        List.of(Map.of("code", "r", "level", 4), Map.of("code", "cartographie", "level", 3)),
                        "canMentor",
                        true,
                        "mentorCapacity",
                        2));
        TestAccounts.Account bastien =
                member("Bastien", Map.of("skills", List.of(Map.of("code", "python", "level", 3))));

        novice.as()
                .queryParam("q", tribe + " cartographie")
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe));
        novice.as()
                .queryParam("q", tribe)
                .queryParam("skill", "r")
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe, "Jules " + tribe));
        novice.as()
                .queryParam("q", tribe)
                .queryParam("skill", "r")
                .queryParam("minLevel", 3)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe));
        // At least this level in any skill; it follows a level changed since.
        novice.as()
                .queryParam("q", tribe)
                .queryParam("minLevel", 3)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe, "Bastien " + tribe));
        bastien.as()
                .body(Map.of("skills", List.of(Map.of("code", "python", "level", 2))))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        novice.as()
                .queryParam("q", tribe)
                .queryParam("minLevel", 3)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe));
        novice.as()
                .queryParam("q", tribe)
                .queryParam("minLevel", 2)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe, "Bastien " + tribe));
        novice.as()
                .queryParam("q", tribe)
                .queryParam("canMentor", true)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Agathe " + tribe))
                .body("items[0].skills[0].code", equalTo("r"));
        novice.as()
                .queryParam("q", tribe)
                .queryParam("wantsMentor", true)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Jules " + tribe));
    }

    @Test
    void organisationAndRegionFilters() {
        String dares = io.restassured.RestAssured.get("/api/v1/organizations?q=DARES")
                .then()
                .extract()
                .path("items[0].id");
        TestAccounts.Account viewer = member("Yasmine", Map.of("organizationId", dares, "region", "BRE"));
        member("Romain", Map.of("region", "BRE"));
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("organization", dares)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Yasmine " + tribe))
                .body("items[0].organization.acronym", equalTo("DARES"));
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("region", "BRE")
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(2));
    }

    @Test
    void paginationAndSorting() {
        TestAccounts.Account viewer = member("Anaïs", Map.of());
        for (String name : List.of("Bruno", "Céline", "Damien", "Eva")) {
            member(name, Map.of());
        }
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .queryParam("sort", "name,asc")
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.displayName", contains("Céline " + tribe, "Damien " + tribe));
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("size", 2)
                .queryParam("page", 9)
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(5))
                .body("items", hasSize(0));
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("sort", "name,desc")
                .queryParam("size", 1)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", contains("Eva " + tribe));
        viewer.as()
                .queryParam("sort", "age,asc")
                .get("/api/v1/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void privateAndUnverifiedMembersAreHidden() {
        TestAccounts.Account visible = member("Gaspard", Map.of());
        TestAccounts.Account hidden = member("Hortense", Map.of("visibility", "PRIVATE"));
        accounts.register(TestAccounts.newEmail(), "Ignace", tribe);

        visible.as()
                .queryParam("q", tribe)
                .get("/api/v1/members")
                .then()
                .body("items.displayName", containsInAnyOrder("Gaspard " + tribe));
        visible.as()
                .get("/api/v1/members/" + hidden.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // One always sees oneself.
        hidden.as().get("/api/v1/members/" + hidden.id()).then().statusCode(200);
        hidden.as()
                .get("/api/v1/members/" + visible.id())
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Gaspard " + tribe));
    }

    /**
     * Pages of 16 members or fewer hid a loss: from 17 on, the page came back with one skill for almost every member.
     * Each member here has 2 to 5 skills, and every page size the UI or a client uses must carry them all.
     */
    @ParameterizedTest
    @ValueSource(ints = {17, 20, 100})
    void aFullPageCarriesEverySkillOfEveryMember(int size) {
        List<String> codes = List.of("python", "r", "sql", "statistiques", "dataviz", "git", "quarto");
        Map<String, List<String>> declared = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
            List<String> own = codes.subList(i % 3, i % 3 + 2 + i % 4);
            TestAccounts.Account agent = accounts.quickMember(
                    String.format("Agent%03d", i),
                    tribe,
                    m -> own.forEach(code -> m.skills.add(new SkillLevel(code, 1 + own.indexOf(code) % 4))));
            declared.put(agent.id().toString(), own);
        }
        List<Map<String, Object>> items = accounts.quickMember("Lecteur", "Annuaire", m -> {})
                .as()
                .queryParam("q", tribe)
                .queryParam("size", size)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(size))
                .body("items", hasSize(size))
                .extract()
                .path("items");
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<String> shown = ((List<Map<String, Object>>) item.get("skills"))
                    .stream().map(s -> (String) s.get("code")).toList();
            assertThat(
                    item.get("displayName") + " shows " + shown,
                    shown,
                    containsInAnyOrder(declared.get(item.get("id")).toArray()));
        }
    }

    @Test
    void theDirectoryIsForMembersOnly() {
        io.restassured.RestAssured.get("/api/v1/members")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
