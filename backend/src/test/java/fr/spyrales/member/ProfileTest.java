package fr.spyrales.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileTest {
    @Inject
    TestAccounts accounts;

    private static String organizationId(String acronym) {
        return RestAssured.given()
                .queryParam("q", acronym)
                .queryParam("size", 100)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.acronym == '" + acronym + "' }.id");
    }

    @Test
    void aMemberFillsInTheirProfile() {
        TestAccounts.Account me = accounts.member("Noémie", "Garnier");
        String insee = organizationId("INSEE");
        me.as()
                .body(Map.ofEntries(
                        Map.entry("organizationId", insee),
                        Map.entry("serviceType", "SERVICES_DECONCENTRES"),
                        Map.entry("region", "OCC"),
                        Map.entry("category", "B"),
                        Map.entry("jobTitle", "Chargée d'études"),
                        Map.entry("bio", "J'apprends R avec les données ouvertes de Santé publique France."),
                        Map.entry(
                                "skills",
                                List.of(Map.of("code", "r", "level", 1), Map.of("code", "python", "level", 3))),
                        Map.entry("wantsMentor", true),
                        Map.entry("canMentor", true),
                        Map.entry("mentorCapacity", 2),
                        Map.entry("availability", "Le jeudi après-midi"),
                        Map.entry("tchapHandle", "@noemie.garnier:agent.finances.tchap.gouv.fr")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("organization.acronym", equalTo("INSEE"))
                .body("region", equalTo("OCC"))
                .body("skills.code", contains("python", "r"))
                .body("skills[0].name", equalTo("Python"))
                .body("mentorCapacity", equalTo(2))
                .body("emailOptOuts", hasSize(0));

        // Only what is sent changes; an empty string clears an optional field.
        me.as()
                .body(Map.of("jobTitle", "", "skills", List.of(Map.of("code", "sql", "level", 2))))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("jobTitle", nullValue())
                .body("bio", containsString("Santé publique France"))
                .body("skills", hasSize(1))
                .body("skills[0].code", equalTo("sql"));

        me.as().get("/api/v1/me").then().body("skills[0].level", equalTo(2)).body("category", equalTo("B"));

        // null clears a reference or a choice; absent leaves it alone.
        me.as()
                .body("{\"organizationId\": null, \"category\": null}")
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("organization", nullValue())
                .body("category", nullValue())
                .body("serviceType", equalTo("SERVICES_DECONCENTRES"))
                .body("region", equalTo("OCC"));
    }

    @Test
    void invalidValuesAreReportedFieldByFieldAndNothingIsSaved() {
        TestAccounts.Account me = accounts.member("Hugo", "Perrin");
        me.as()
                .body(Map.of(
                        "jobTitle",
                        "Statisticien",
                        "region",
                        "ATLANTIDE",
                        "organizationId",
                        "00000000-0000-0000-0000-000000000000",
                        "skills",
                        List.of(Map.of("code", "cobol", "level", 2), Map.of("code", "r", "level", 9)),
                        "mentorCapacity",
                        8))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("skills[1].level"))
                .body("errors.field", hasItem("mentorCapacity"))
                .body(
                        "errors.find { it.field == 'mentorCapacity' }.message",
                        equalTo("La capacité de mentorat va de 0 à 5."));

        me.as()
                .body(Map.of(
                        "jobTitle",
                        "Statisticien",
                        "region",
                        "ATLANTIDE",
                        "organizationId",
                        "00000000-0000-0000-0000-000000000000",
                        "skills",
                        List.of(
                                Map.of("code", "cobol", "level", 2),
                                Map.of("code", "r", "level", 2),
                                Map.of("code", "r", "level", 3))))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors.field", contains("organizationId", "region", "skills[0].code", "skills[2].code"))
                .body("errors.message", hasItem("Compétence inconnue."));

        me.as().get("/api/v1/me").then().body("jobTitle", nullValue()).body("skills", hasSize(0));
    }

    @Test
    void aBlankNameIsRefusedWithTheRegistrationFormsWording() {
        TestAccounts.Account me = accounts.member("Inès", "Vide");
        me.as()
                .body(Map.of("firstName", " ", "lastName", ""))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.find { it.field.endsWith('firstName') }.message",
                        org.hamcrest.Matchers.is("Renseignez votre prénom."))
                .body(
                        "errors.find { it.field.endsWith('lastName') }.message",
                        org.hamcrest.Matchers.is("Renseignez votre nom."));
        me.as()
                .body(Map.of("firstName", "x".repeat(81)))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.is("Le prénom ne doit pas dépasser 80 caractères."));
    }

    @Test
    void aTchapHandleIsATchapAgentsMatrixIdAndABlankOneClearsIt() {
        TestAccounts.Account me = accounts.member("Loïc", "Tchap");
        for (String wrong : List.of(
                "loic.tchap",
                "@loic.tchap",
                "@loic:matrix.org",
                "https://tchap.gouv.fr/#/user/@a:b",
                "@Loic.Tchap-finances.gouv.fr:agent.finances.tchap.gouv.fr",
                "@loic.tchap:tchap.gouv.fr",
                "@loic.tchap:agent.finances.tchap.gouv.fr.example.com",
                "@loic+tchap:agent.finances.tchap.gouv.fr",
                "@loïc:agent.finances.tchap.gouv.fr")) {
            me.as()
                    .body(Map.of("tchapHandle", wrong))
                    .patch("/api/v1/me")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.endsWith("tchapHandle"))
                    .body(
                            "errors[0].message",
                            org.hamcrest.Matchers.equalTo(
                                    "Saisissez votre identifiant Tchap complet, en minuscules, par exemple"
                                            + " @jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr"
                                            + " (dans Tchap : Paramètres › Général)."));
        }
        for (String right : List.of(
                "@jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr",
                "@loic_tchap=2f/x-dev-durable.gouv.fr:agent.dev-durable.tchap.gouv.fr",
                "@loic:agent.tchap.gouv.fr")) {
            me.as()
                    .body(Map.of("tchapHandle", right))
                    .patch("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("tchapHandle", org.hamcrest.Matchers.is(right));
        }
        me.as()
                .body(Map.of("tchapHandle", " @loic.tchap-finances.gouv.fr:agent.finances.tchap.gouv.fr "))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body(
                        "tchapHandle",
                        org.hamcrest.Matchers.is("@loic.tchap-finances.gouv.fr:agent.finances.tchap.gouv.fr"));
        me.as()
                .body(Map.of("tchapHandle", ""))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("tchapHandle", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void learningSkillsAreReplacedWholeShownOnThePublicPageAndChecked() {
        TestAccounts.Account me = accounts.quickMember("Noémie", "Blanc", m -> m.wantsMentor = true);
        me.as()
                .body(Map.of("learningSkills", List.of("statistiques", "r")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("learningSkills.code", contains("r", "statistiques"))
                .body("learningSkills.name", contains("R", "Statistiques"));
        accounts.quickMember("Olga", "Vidal", m -> {})
                .as()
                .get("/api/v1/members/" + me.id())
                .then()
                .statusCode(200)
                .body("learningSkills.code", contains("r", "statistiques"));

        me.as()
                .body(Map.of("learningSkills", List.of("r", "cobol", "r")))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("learningSkills[1]", "learningSkills[2]"));
        me.as()
                .body(Map.of("learningSkills", List.of("r", "python", "sql", "git", "dataviz", "shiny")))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body(
                        "errors.find { it.field == 'learningSkills' }.message",
                        equalTo("Choisissez 5 compétences à développer au plus."));
        me.as().get("/api/v1/me").then().body("learningSkills.code", contains("r", "statistiques"));

        me.as()
                .body(Map.of("learningSkills", List.of()))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("learningSkills", hasSize(0));
    }

    @Test
    void emailPreferencesAreReplacedWholeAndOnlyMailedKindsCanBeTurnedOff() {
        TestAccounts.Account me = accounts.member("Maëlle", "Roux");
        me.as().get("/api/v1/me").then().statusCode(200).body("emailOptOuts", hasSize(0));

        me.as()
                .body(Map.of("emailOptOuts", List.of("REMINDER_NO_SESSION", "FEEDBACK_ASKED", "REMINDER_NO_SESSION")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("emailOptOuts", contains("FEEDBACK_ASKED", "REMINDER_NO_SESSION"));
        // Absent: unchanged.
        me.as()
                .body(Map.of("jobTitle", "Statisticienne"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("emailOptOuts", contains("FEEDBACK_ASKED", "REMINDER_NO_SESSION"));
        // Present: replaces the whole list.
        me.as()
                .body(Map.of("emailOptOuts", List.of("MENTORSHIP_EXPIRED")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("emailOptOuts", contains("MENTORSHIP_EXPIRED"));

        // Pauses and the like are never mailed: there is nothing to turn off.
        me.as()
                .body(Map.of("emailOptOuts", List.of("MENTORSHIP_ACCEPTED", "MENTORSHIP_PAUSED")))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("emailOptOuts[1]"))
                .body("errors[0].message", equalTo("Ce type de notification n'est pas envoyé par e-mail."));
        me.as()
                .body(Map.of("emailOptOuts", List.of("EVERYTHING")))
                .patch("/api/v1/me")
                .then()
                .statusCode(400);
        me.as().get("/api/v1/me").then().body("emailOptOuts", contains("MENTORSHIP_EXPIRED"));

        me.as()
                .body(Map.of("emailOptOuts", List.of()))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("emailOptOuts", hasSize(0));
    }

    @Test
    void aMemberCannotGiveRolesToAnyone() {
        TestAccounts.Account me = accounts.member();
        TestAccounts.Account other = accounts.member();
        me.as()
                .put("/api/v1/members/" + other.id() + "/roles/animateur")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Votre rôle ne permet pas cette action."));
        me.as().put("/api/v1/members/" + me.id() + "/roles/animateur").then().statusCode(403);
        me.as()
                .delete("/api/v1/members/" + other.id() + "/roles/animateur")
                .then()
                .statusCode(403);
        // There is no way to edit someone else's profile.
        me.as()
                .body(Map.of("jobTitle", "Piraté"))
                .patch("/api/v1/members/" + other.id())
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
        other.as().get("/api/v1/me").then().body("jobTitle", nullValue());
    }

    @Test
    void anAdminGrantsAndRemovesTheAnimateurRole() {
        TestAccounts.Account admin = accounts.member("Chef", "Admin");
        setAdmin(admin, true);
        TestAccounts.Account member = accounts.member("Inès", "Faure");
        admin.as()
                .put("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(200)
                .body("roles", hasItem("animateur"));
        TestAccounts.Account again = accounts.login(member.email());
        again.as().get("/api/v1/me").then().body("roles", contains("animateur", "member"));
        admin.as()
                .delete("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(204);
        accounts.login(member.email()).as().get("/api/v1/me").then().body("roles", contains("member"));
    }

    @Test
    void rolesApplyFromTheNextRequestNotTheNextLogin() {
        TestAccounts.Account member = accounts.member();
        TestAccounts.Account other = accounts.member();
        setAdmin(member, true);
        // The token was issued before the grant, yet the role counts at once…
        member.as()
                .put("/api/v1/members/" + other.id() + "/roles/animateur")
                .then()
                .statusCode(200);
        setAdmin(member, false);
        // …and so does its removal.
        member.as()
                .delete("/api/v1/members/" + other.id() + "/roles/animateur")
                .then()
                .statusCode(403);
    }

    @Inject
    EntityManager em;

    private void setAdmin(TestAccounts.Account account, boolean admin) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                admin
                                        ? "INSERT INTO member_role (member_id, role) VALUES (:id, 'admin')"
                                        : "DELETE FROM member_role WHERE member_id = :id AND role = 'admin'")
                        .setParameter("id", account.id())
                        .executeUpdate());
    }

    @Test
    void referentialsArePublicAndPaginated() {
        RestAssured.get("/api/v1/skills?size=100")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("python"))
                .body("items[0].name", equalTo("Python"))
                .body("size", equalTo(100));
        RestAssured.get("/api/v1/regions?size=5&page=1")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("page", equalTo(1))
                .body("total", equalTo(18));
        RestAssured.get("/api/v1/organizations?q=economie")
                .then()
                .statusCode(200)
                .body("items.acronym", hasItem("MEFSIN"));
        RestAssured.get("/api/v1/organizations?size=500")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
