package fr.spyrales.project;

import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static fr.spyrales.project.ProjectFixtures.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, reading, editing, archiving and deleting a project. */
@QuarkusTest
class ProjectTest {
    @Inject
    ProjectFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void aMemberCreatesAProjectAndBecomesItsLeadWithTheAttestationRecorded() {
        Account creator = fixtures.member("Claire");
        creator.as()
                .body(body(Map.of()))
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .header("Location", containsString(PROJECTS + "/"))
                .body("status", equalTo("RECRUITING"))
                .body("topics", equalTo(List.of("santé", "épidémiologie")))
                .body("team[0].memberId", equalTo(creator.id().toString()))
                .body("team[0].role", equalTo("LEAD"))
                .body("myRole", equalTo("LEAD"))
                .body("attestation.attestedBy", equalTo("Claire Projet"))
                .body("attestation.version", equalTo(ProjectAttestation.VERSION))
                .body("attestation.text", equalTo(ProjectAttestation.TEXT))
                .body("skillsSought[0].skillCode", equalTo("python"))
                .body("descriptionHtml", containsString("<strong>hospitalisations</strong>"));
    }

    @Test
    void withoutTheAttestationNoProjectIsCreated() {
        Account creator = fixtures.member("Claire");
        creator.as()
                .body(body(Map.of("openDataAttestation", false)))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("detail", containsString("données ouvertes"));
        Map<String, Object> missing = new java.util.HashMap<>(body(Map.of()));
        missing.remove("openDataAttestation");
        creator.as()
                .body(missing)
                .post(PROJECTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("openDataAttestation")));
    }

    @Test
    void httpAddressesAreRefused() {
        Account creator = fixtures.member("Claire");
        for (String field : List.of("repositoryUrl", "tchapRoomUrl")) {
            creator.as()
                    .body(body(Map.of(field, "http://github.com/spyrales/suivi")))
                    .post(PROJECTS)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(containsString(field)))
                    .body("errors.message", hasItem(equalTo("Indiquez une adresse en https://.")));
        }
        UUID project = fixtures.create(creator);
        creator.as()
                .body(Map.of("repositoryUrl", "javascript:alert(1)"))
                .patch(PROJECTS + "/" + project)
                .then()
                .statusCode(400);
    }

    @Test
    void anUnknownSkillIsRefused() {
        fixtures.member("Claire")
                .as()
                .body(body(Map.of("skillsSought", List.of(Map.of("skillCode", "cobol-avance", "level", 2)))))
                .post(PROJECTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("skillsSought"));
    }

    @Test
    void aHostileDescriptionComesOutHarmless() {
        Account creator = fixtures.member("Claire");
        UUID project = fixtures.create(
                creator,
                Map.of(
                        "description",
                        "<script>alert(1)</script> <img src=x onerror=alert(1)> [clic](javascript:alert(1))"));
        creator.as()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("description", containsString("<script>"))
                .body("descriptionHtml", not(containsString("<script")))
                .body("descriptionHtml", not(containsString("<img")))
                .body("descriptionHtml", not(containsString("href=\"javascript:")));
    }

    @Test
    void onlyLeadsEdit() {
        ProjectFixtures.Team team = fixtures.team(1, Map.of());
        Account teamMember = team.members().get(0);
        teamMember
                .as()
                .body(Map.of("title", "Un autre titre"))
                .patch(PROJECTS + "/" + team.project())
                .then()
                .statusCode(403);
        fixtures.member("Paul")
                .as()
                .body(Map.of("title", "Un autre titre"))
                .patch(PROJECTS + "/" + team.project())
                .then()
                .statusCode(403);
        team.lead()
                .as()
                .body(Map.of("title", "Suivi hebdomadaire des hospitalisations", "repositoryUrl", ""))
                .patch(PROJECTS + "/" + team.project())
                .then()
                .statusCode(200)
                .body("title", equalTo("Suivi hebdomadaire des hospitalisations"))
                .body("repositoryUrl", nullValue());
    }

    @Test
    void animateursArchiveButChangeNothingElse() {
        UUID project = fixtures.create(fixtures.member("Claire"));
        Account animateur = accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add("animateur"));
        animateur
                .as()
                .body(Map.of("status", "ARCHIVED", "title", "Repris par l'animation"))
                .patch(PROJECTS + "/" + project)
                .then()
                .statusCode(403);
        animateur
                .as()
                .body(Map.of("status", "ARCHIVED"))
                .patch(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void onlyAdminsDeleteAndADeletedProjectIsGoneForEveryone() {
        Account lead = fixtures.member("Claire");
        UUID project = fixtures.create(lead);
        lead.as().delete(PROJECTS + "/" + project).then().statusCode(403);
        Account admin = accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add("admin"));
        admin.as().delete(PROJECTS + "/" + project).then().statusCode(204);
        lead.as().get(PROJECTS + "/" + project).then().statusCode(404);
        admin.as().get(PROJECTS + "/" + project).then().statusCode(404);
        lead.as()
                .body(Map.of("title", "Encore là ?"))
                .patch(PROJECTS + "/" + project)
                .then()
                .statusCode(404);
    }

    @Test
    void theListSearchesInFrenchWithoutAccentsAndFilters() {
        String word = "Zorglub" + UUID.randomUUID().toString().substring(0, 6);
        Account lead = fixtures.member("Claire");
        UUID health = fixtures.create(
                lead,
                Map.of("title", "Épidémiologie des hôpitaux " + word, "topics", List.of("santé"), "languages", "R"));
        UUID energy = fixtures.create(
                lead,
                Map.of(
                        "title",
                        "Consommation d'énergie " + word,
                        "topics",
                        List.of("énergie"),
                        "welcomesBeginners",
                        false,
                        "skillsSought",
                        List.of(Map.of("skillCode", "r", "level", 3))));
        lead.as()
                .queryParam("q", "hopitaux " + word.toLowerCase())
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(health.toString()))
                .body("items[0].teamSize", equalTo(1));
        lead.as()
                .queryParam("q", word)
                .queryParam("topic", "Énergie")
                .get(PROJECTS)
                .then()
                .body("items.id", equalTo(List.of(energy.toString())));
        lead.as()
                .queryParam("q", word)
                .queryParam("language", "R")
                .get(PROJECTS)
                .then()
                .body("items.id", equalTo(List.of(health.toString())));
        lead.as()
                .queryParam("q", word)
                .queryParam("beginnersWelcome", true)
                .get(PROJECTS)
                .then()
                .body("items.id", equalTo(List.of(health.toString())));
        lead.as()
                .queryParam("q", word)
                .queryParam("skill", "r")
                .get(PROJECTS)
                .then()
                .body("items.id", equalTo(List.of(energy.toString())));
        lead.as()
                .queryParam("q", word)
                .queryParam("sort", "title,asc")
                .get(PROJECTS)
                .then()
                .body("items.id", equalTo(List.of(energy.toString(), health.toString())));
        lead.as().queryParam("sort", "nimporte").get(PROJECTS).then().statusCode(400);
    }

    @Test
    void projectsThatNeedMySkillsSeekWhatIHaveAtTheirLevelOrWhatIWantToLearnAsABeginner() {
        String word = "Besoin" + UUID.randomUUID().toString().substring(0, 6);
        Account lead = fixtures.member("Claire");
        fixtures.create(
                lead,
                Map.of("title", "Énergie " + word, "skillsSought", List.of(Map.of("skillCode", "python", "level", 4))));
        UUID needsPython = fixtures.create(
                lead,
                Map.of("title", "Justice " + word, "skillsSought", List.of(Map.of("skillCode", "python", "level", 2))));
        UUID teachesR = fixtures.create(
                lead,
                Map.of(
                        "title",
                        "Agriculture " + word,
                        "welcomesBeginners",
                        true,
                        "skillsSought",
                        List.of(Map.of("skillCode", "r", "level", 3))));
        Account me = accounts.quickMember("Léa", "Curieuse", m -> {
            m.skills.add(new fr.spyrales.member.SkillLevel("python", 3));
            m.learningSkills.add("r");
        });
        me.as()
                .queryParam("q", word)
                .queryParam("needsMySkills", true)
                .queryParam("sort", "title,asc")
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(teachesR.toString(), needsPython.toString())));
        me.as().queryParam("q", word).get(PROJECTS).then().body("total", equalTo(3));
    }

    @Test
    void aMembersProjectsAreThoseOfTheirTeamsAndMyPendingRequestsAreListedApart() {
        String word = "Equipes" + UUID.randomUUID().toString().substring(0, 6);
        Account lead = fixtures.member("Claire");
        Account lea = fixtures.member("Léa");
        UUID leads = fixtures.create(lea, Map.of("title", "Agriculture " + word));
        UUID joined = fixtures.create(lead, Map.of("title", "Justice " + word));
        fixtures.join(lea, lead, joined);
        UUID asked = fixtures.create(lead, Map.of("title", "Énergie " + word));
        fixtures.askToJoin(lea, asked);
        UUID declined = fixtures.create(lead, Map.of("title", "Élections " + word));
        UUID declinedRequest = fixtures.askToJoin(lea, declined);
        lead.as()
                .body(Map.of("reason", "L'équipe est au complet."))
                .post(PROJECTS + "/" + declined + "/join-requests/" + declinedRequest + "/decline")
                .then()
                .statusCode(200);

        lead.as()
                .queryParam("q", word)
                .queryParam("member", lea.id())
                .queryParam("sort", "title,asc")
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(leads.toString(), joined.toString())));
        lea.as()
                .queryParam("q", word)
                .queryParam("myRequestPending", true)
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(asked.toString())));
        lead.as()
                .queryParam("q", word)
                .queryParam("myRequestPending", true)
                .get(PROJECTS)
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void titlesSortAsAFrenchReaderExpectsWhateverTheirAccents() {
        String word = "Alphabet" + UUID.randomUUID().toString().substring(0, 6);
        Account lead = fixtures.member("Hugo");
        UUID justice = fixtures.create(lead, Map.of("title", "Justice " + word));
        UUID elections = fixtures.create(lead, Map.of("title", "Élections " + word));
        UUID agriculture = fixtures.create(lead, Map.of("title", "agriculture " + word));
        lead.as()
                .queryParam("q", word)
                .queryParam("sort", "title,asc")
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(agriculture.toString(), elections.toString(), justice.toString())));
        lead.as()
                .queryParam("q", word)
                .queryParam("sort", "title,desc")
                .get(PROJECTS)
                .then()
                .body("items.id", equalTo(List.of(justice.toString(), elections.toString(), agriculture.toString())));
    }

    @Test
    void archivedProjectsLeaveTheListUnlessAsked() {
        String word = "Archivum" + UUID.randomUUID().toString().substring(0, 6);
        Account lead = fixtures.member("Claire");
        UUID project = fixtures.create(lead, Map.of("title", "Élections " + word));
        lead.as()
                .body(Map.of("status", "ARCHIVED"))
                .patch(PROJECTS + "/" + project)
                .then()
                .statusCode(200);
        lead.as().queryParam("q", word).get(PROJECTS).then().body("total", equalTo(0));
        lead.as()
                .queryParam("q", word)
                .queryParam("status", "ARCHIVED")
                .get(PROJECTS)
                .then()
                .body("total", equalTo(1))
                .body("items[0].createdAt", notNullValue());
    }
}
