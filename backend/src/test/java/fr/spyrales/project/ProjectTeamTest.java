package fr.spyrales.project;

import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.project.ProjectFixtures.Team;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Joining a team, the leads' answers, leaving, promoting and demoting, also under concurrent requests. */
@QuarkusTest
class ProjectTeamTest {
    @Inject
    ProjectFixtures fixtures;

    @Test
    void aMemberAsksWithAMessageAndTheLeadAccepts() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        Account lea = fixtures.member("Léa");
        UUID request = fixtures.askToJoin(lea, project);

        lea.as()
                .get(PROJECTS + "/" + project)
                .then()
                .body("myRequestPending", equalTo(true))
                .body("myRole", equalTo(null));
        fixtures.member("Paul").as().get(requestPath(project, request)).then().statusCode(404);
        lead.as()
                .get(PROJECTS + "/" + project + "/join-requests")
                .then()
                .statusCode(200)
                .body("[0].message", containsString("je débute en Python"))
                .body("[0].state", equalTo("PENDING"));
        lea.as().get(PROJECTS + "/" + project + "/join-requests").then().statusCode(403);

        fixtures.accept(lead, project, request);
        lea.as().get(requestPath(project, request)).then().statusCode(200).body("state", equalTo("ACCEPTED"));
        lea.as()
                .get(PROJECTS + "/" + project)
                .then()
                .body("myRole", equalTo("MEMBER"))
                .body("myRequestPending", equalTo(false))
                .body("team", hasSize(2));
        lead.as()
                .post(requestPath(project, request) + "/accept")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.REQUEST_ANSWERED.detail));
    }

    @Test
    void theLeadDeclinesWithAReason() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        Account lea = fixtures.member("Léa");
        UUID request = fixtures.askToJoin(lea, project);
        lead.as()
                .body(Map.of("reason", " "))
                .post(requestPath(project, request) + "/decline")
                .then()
                .statusCode(400);
        lea.as()
                .body(Map.of("reason", "Je m'accepte moi-même"))
                .post(requestPath(project, request) + "/accept")
                .then()
                .statusCode(403);
        lead.as()
                .body(Map.of("reason", "L'équipe cherche surtout quelqu'un qui connaît R."))
                .post(requestPath(project, request) + "/decline")
                .then()
                .statusCode(200)
                .body("state", equalTo("DECLINED"))
                .body("answerReason", equalTo("L'équipe cherche surtout quelqu'un qui connaît R."));
        // Declined, she may ask again later.
        fixtures.askToJoin(lea, project);
    }

    @Test
    void oneRequestAtATimeAndNoneFromTheTeam() {
        Team team = fixtures.team(1, Map.of());
        Account lea = fixtures.member("Léa");
        fixtures.askToJoin(lea, team.project());
        ask(lea, team.project()).then().statusCode(409).body("detail", equalTo(ProjectRefusal.REQUEST_PENDING.detail));
        ask(team.members().get(0), team.project())
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.ALREADY_IN_TEAM.detail));
    }

    @Test
    void aFinishedProjectTakesNoNewMember() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead, Map.of("status", "DONE"));
        ask(fixtures.member("Léa"), project)
                .then()
                .statusCode(422)
                .body("detail", equalTo(ProjectRefusal.CLOSED.detail));
    }

    @Test
    void theTeamNeverGrowsPastItsMaximum() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead, Map.of("maxTeamSize", 2));
        fixtures.join(fixtures.member("Léa"), lead, project);
        UUID late = fixtures.askToJoin(fixtures.member("Tom"), project);
        lead.as()
                .post(requestPath(project, late) + "/accept")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.TEAM_FULL.detail));
        lead.as()
                .body(Map.of("maxTeamSize", 1))
                .patch(PROJECTS + "/" + project)
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.MAX_BELOW_TEAM.detail));
    }

    @Test
    void aMemberLeavesButTheLastLeadCannot() {
        Team team = fixtures.team(1, Map.of());
        Account member = team.members().get(0);
        member.as().post(PROJECTS + "/" + team.project() + "/leave").then().statusCode(204);
        member.as()
                .post(PROJECTS + "/" + team.project() + "/leave")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.NOT_IN_TEAM.detail));
        team.lead()
                .as()
                .post(PROJECTS + "/" + team.project() + "/leave")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.LAST_LEAD.detail));
    }

    @Test
    void aLeadPromotesAnotherMemberWhoMayThenLetTheFirstGo() {
        Team team = fixtures.team(2, Map.of());
        Account claire = team.members().get(0);
        claire.as()
                .post(memberPath(team.project(), team.members().get(1)) + "/promote")
                .then()
                .statusCode(403);
        fixtures.promote(team.lead(), team.project(), claire);
        team.lead()
                .as()
                .post(memberPath(team.project(), claire) + "/promote")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.ALREADY_LEAD.detail));
        claire.as()
                .post(memberPath(team.project(), team.lead()) + "/demote")
                .then()
                .statusCode(200)
                .body(
                        "team.findAll { it.role == 'LEAD' }.memberId",
                        equalTo(List.of(claire.id().toString())));
        claire.as()
                .post(memberPath(team.project(), claire) + "/demote")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ProjectRefusal.LAST_LEAD.detail));
        team.lead().as().post(PROJECTS + "/" + team.project() + "/leave").then().statusCode(204);
    }

    @Test
    void twoLeadsDemotingEachOtherAtOnceLeaveOneLead() throws Exception {
        for (int round = 0; round < 5; round++) {
            Team team = fixtures.team(1, Map.of());
            Account other = team.members().get(0);
            fixtures.promote(team.lead(), team.project(), other);
            List<Integer> statuses = Race.of(List.<Callable<Integer>>of(
                    () -> demote(team.lead(), team.project(), other),
                    () -> demote(other, team.project(), team.lead())));
            assertEquals(1, Collections.frequency(statuses, 200), "exactly one demotion wins: " + statuses);
            assertEquals(
                    1,
                    team.lead()
                            .as()
                            .get(PROJECTS + "/" + team.project())
                            .then()
                            .extract()
                            .<List<String>>path("team.findAll { it.role == 'LEAD' }.memberId")
                            .size());
        }
    }

    @Test
    void manyAcceptancesForTheLastPlaceMakeExactlyOneMember() throws Exception {
        Account lead = fixtures.member("Nadia");
        Account colead = fixtures.member("Omar");
        UUID project = fixtures.create(lead, Map.of("maxTeamSize", 3));
        fixtures.join(colead, lead, project);
        fixtures.promote(lead, project, colead);
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(fixtures.askToJoin(fixtures.member("Candidat" + i), project));
        }
        List<Callable<Integer>> accepts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Account answering = i % 2 == 0 ? lead : colead;
            UUID request = requests.get(i);
            accepts.add(() -> answering
                    .as()
                    .post(requestPath(project, request) + "/accept")
                    .statusCode());
        }
        List<Integer> statuses = Race.of(accepts);
        assertEquals(1, Collections.frequency(statuses, 200), "one place, one acceptance: " + statuses);
        assertEquals(7, Collections.frequency(statuses, 409), statuses.toString());
        lead.as().get(PROJECTS + "/" + project).then().body("team", hasSize(3));
    }

    private static int demote(Account lead, UUID project, Account member) {
        return lead.as().post(memberPath(project, member) + "/demote").statusCode();
    }

    private static io.restassured.response.Response ask(Account member, UUID project) {
        return member.as()
                .body(Map.of("message", "Puis-je participer ?"))
                .post(PROJECTS + "/" + project + "/join-requests");
    }

    private static String requestPath(UUID project, UUID request) {
        return PROJECTS + "/" + project + "/join-requests/" + request;
    }

    private static String memberPath(UUID project, Account member) {
        return PROJECTS + "/" + project + "/members/" + member.id();
    }
}
