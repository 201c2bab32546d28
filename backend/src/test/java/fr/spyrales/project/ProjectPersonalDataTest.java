package fr.spyrales.project;

import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.project.ProjectFixtures.Team;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a member's export says of their projects, and what their erasure does to the projects and teams. */
@QuarkusTest
class ProjectPersonalDataTest {
    @Inject
    ProjectFixtures fixtures;

    @Test
    void theExportListsMyTeamsMyRequestsAndMyAttestations() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        Account lea = fixtures.member("Léa");
        fixtures.askToJoin(lea, project);
        lead.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("projects.teams[0].projectId", equalTo(project.toString()))
                .body("projects.teams[0].role", equalTo("LEAD"))
                .body("projects.attested[0].version", equalTo(ProjectAttestation.VERSION));
        lea.as()
                .get("/api/v1/me/export")
                .then()
                .body(
                        "projects.joinRequests[0].message",
                        equalTo("Bonjour, je débute en Python et j'aimerais participer."))
                .body("projects.joinRequests[0].state", equalTo("PENDING"));
    }

    @Test
    void theExportListsTheReasonsILeadGaveWithoutNamingWhoAsked() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        UUID declined = fixtures.askToJoin(fixtures.member("Tom"), project);
        lead.as()
                .body(Map.of("reason", "Nous cherchons quelqu'un qui connaît R."))
                .post(PROJECTS + "/" + project + "/join-requests/" + declined + "/decline")
                .then()
                .statusCode(200);

        lead.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("projects.answersGiven", hasSize(1))
                .body("projects.answersGiven[0].projectId", equalTo(project.toString()))
                .body("projects.answersGiven[0].state", equalTo("DECLINED"))
                .body("projects.answersGiven[0].reason", equalTo("Nous cherchons quelqu'un qui connaît R."))
                .body("projects.answersGiven[0]", not(hasKey("memberId")));
    }

    @Test
    void anErasedLastLeadHandsTheProjectToWhoJoinedFirst() {
        Team team = fixtures.team(2, Map.of());
        Account first = team.members().get(0);
        UUID declined = fixtures.askToJoin(fixtures.member("Tom"), team.project());
        team.lead()
                .as()
                .body(Map.of("reason", "Nous cherchons quelqu'un qui connaît R."))
                .post(PROJECTS + "/" + team.project() + "/join-requests/" + declined + "/decline")
                .then()
                .statusCode(200);
        Account elsewhere = fixtures.member("Omar");
        UUID other = fixtures.create(elsewhere);
        fixtures.askToJoin(team.lead(), other);

        team.lead().as().delete("/api/v1/me").then().statusCode(204);

        first.as()
                .get(PROJECTS + "/" + team.project())
                .then()
                .statusCode(200)
                .body("team", hasSize(2))
                .body("myRole", equalTo("LEAD"))
                .body("attestation.attestedBy", equalTo(MemberErased.ERASED_NAME));
        first.as()
                .get(PROJECTS + "/" + team.project() + "/join-requests")
                .then()
                .body("answerReason", hasItem(MemberErased.ERASED_TEXT));
        elsewhere.as().get(PROJECTS + "/" + other + "/join-requests").then().body("", hasSize(0));
    }

    @Test
    void aProjectWhoseWholeTeamWasTheErasedMemberIsArchived() {
        Account alone = fixtures.member("Nadia");
        UUID project = fixtures.create(alone);
        alone.as().delete("/api/v1/me").then().statusCode(204);
        fixtures.member("Paul")
                .as()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("team", equalTo(List.of()));
    }
}
