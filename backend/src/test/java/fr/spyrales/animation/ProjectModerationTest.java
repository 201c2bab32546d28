package fr.spyrales.animation;

import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.notification.Inbox;
import fr.spyrales.project.ProjectFixtures;
import fr.spyrales.project.ProjectFixtures.Team;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Project reports and the console's actions on projects: a member reports a project, the animateurs see it in their
 * queue and dismiss it or archive the project; a project without an active lead is closed, or given a lead.
 */
@QuarkusTest
class ProjectModerationTest {
    private static final String REPORTS = "/api/v1/animation/project-reports";
    private static final String CONSOLE_PROJECTS = "/api/v1/animation/projects/";

    @Inject
    ProjectFixtures projects;

    @Inject
    MentorshipFixtures people;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Test
    void aReportReachesTheQueueAndItsDismissalClosesItAndTellsTheReporter() {
        Account animateur = people.animateur();
        Team team = projects.team(0, Map.of("title", "Registre des arbres remarquables"));
        Account reporter = projects.member("Léa");

        UUID report = report(reporter, team.project(), "NOT_OPEN_DATA", "Le dépôt contient un fichier nominatif.")
                .statusCode(201)
                .extract()
                .jsonPath()
                .getUUID("id");
        Map<String, Object> told = inbox.only(animateur, NotificationKind.PROJECT_REPORTED);
        assertEquals("/animation?signalements=" + team.project() + "#project-reports", told.get("link"));
        assertEquals(null, told.get("readAt"), "a decision awaits");
        assertEquals(0L, inbox.count(team.lead(), NotificationKind.PROJECT_REPORTED), "the team is not told");

        Map<String, Object> line = queueLine(animateur, report);
        assertEquals("NOT_OPEN_DATA", line.get("reason"));
        assertEquals("Le dépôt contient un fichier nominatif.", line.get("comment"));
        assertEquals(team.project().toString(), line.get("projectId"));
        assertEquals("Registre des arbres remarquables", line.get("projectTitle"));
        assertEquals(reporter.id().toString(), ((Map<?, ?>) line.get("reporter")).get("id"));
        assertTrue(animateur
                        .as()
                        .get("/api/v1/animation/queues")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("moderation.openProjectReports")
                >= 1);

        decide(animateur, report, "DISMISS", "Les données utilisées sont sous Licence Ouverte.")
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DISMISSED"))
                .body("closedReports", org.hamcrest.Matchers.equalTo(1))
                .body("projectStatus", org.hamcrest.Matchers.equalTo("RECRUITING"));
        assertTrue(queueIds(animateur).stream().noneMatch(report.toString()::equals), "the report left the queue");
        assertNotNull(
                inbox.only(animateur, NotificationKind.PROJECT_REPORTED).get("readAt"),
                "nothing about the project awaits a decision: the notice is read");
        Map<String, Object> decided = inbox.only(reporter, NotificationKind.PROJECT_REPORT_DECIDED);
        assertTrue(((String) decided.get("body")).contains("classé sans suite"), decided.toString());
        assertEquals(1L, auditRows("REPORT_DECIDED", report));

        decide(people.admin(), report, "ARCHIVE_PROJECT", "Finalement, archivons-le.")
                .statusCode(409);
        assertEquals(1L, auditRows("REPORT_DECIDED", report), "the refused decision left no audit row");
        assertEquals("RECRUITING", projectStatus(reporter, team.project()));
    }

    @Test
    void archivingTheProjectClosesEveryOpenReportOfItAndTellsEachReporterAndTheTeam() {
        Account animateur = people.animateur();
        Team team = projects.team(1, Map.of());
        Account lea = projects.member("Léa");
        Account paul = projects.member("Paul");
        UUID first = id(report(lea, team.project(), "ABANDONED", null));
        UUID second = id(report(paul, team.project(), "OTHER", "Le titre est trompeur."));

        decide(animateur, second, "ARCHIVE_PROJECT", "Projet sans activité depuis deux ans.")
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PROJECT_ARCHIVED"))
                .body("closedReports", org.hamcrest.Matchers.equalTo(2))
                .body("projectStatus", org.hamcrest.Matchers.equalTo("ARCHIVED"));

        assertEquals("ARCHIVED", projectStatus(lea, team.project()));
        List<String> open = queueIds(animateur);
        assertTrue(!open.contains(first.toString()) && !open.contains(second.toString()), open.toString());
        decide(animateur, first, "DISMISS", "Déjà traité avec l'autre.").statusCode(409);
        inbox.only(lea, NotificationKind.PROJECT_REPORT_DECIDED);
        inbox.only(paul, NotificationKind.PROJECT_REPORT_DECIDED);
        inbox.only(team.lead(), NotificationKind.PROJECT_CLOSED_BY_ANIMATION);
        inbox.only(team.members().get(0), NotificationKind.PROJECT_CLOSED_BY_ANIMATION);
        assertEquals(1L, auditRows("REPORT_DECIDED", second));
        assertEquals(1L, auditRows("PROJECT_CLOSED", team.project()));
        report(projects.member("Zoé"), team.project(), "ABANDONED", null).statusCode(409);
    }

    @Test
    void theAnimateursNoticesOfAReportedProjectStayUnreadUntilNoReportOfItIsOpen() {
        Account animateur = people.animateur();
        Account other = people.animateur();
        Team team = projects.team(0, Map.of());
        UUID first = id(report(projects.member("Léa"), team.project(), "ABANDONED", null));
        UUID second = id(report(projects.member("Paul"), team.project(), "OTHER", "Le titre est trompeur."));

        decide(animateur, first, "DISMISS", "Le projet avance encore.").statusCode(200);
        assertEquals(2, unreadReportNotices(animateur), "one report of the project is still open");
        assertEquals(2, unreadReportNotices(other));

        decide(animateur, second, "DISMISS", "Le titre a été corrigé.").statusCode(200);
        assertEquals(0, unreadReportNotices(animateur));
        assertEquals(0, unreadReportNotices(other), "read for every animateur, not only the one who decided");
    }

    private long unreadReportNotices(Account animateur) {
        List<Map<String, Object>> notices =
                inbox.page(animateur).getList("items.findAll { it.kind == 'PROJECT_REPORTED' && it.readAt == null }");
        return notices.size();
    }

    @Test
    void aMemberReportsAProjectOnceAtATimeAndSaysWhatTheProblemIsForOther() throws Exception {
        Account animateur = people.animateur();
        UUID project = projects.create(projects.member("Nadia"));
        Account lea = projects.member("Léa");

        report(lea, project, "OTHER", null).statusCode(400);
        report(lea, project, "OTHER", "   ").statusCode(400);
        report(lea, project, "INAPPROPRIATE", "x".repeat(1001)).statusCode(400);
        UUID first = id(report(lea, project, "INAPPROPRIATE", null));
        report(lea, project, "ABANDONED", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("déjà signalé"));

        decide(animateur, first, "DISMISS", "Rien d'inapproprié.").statusCode(200);
        report(lea, project, "ABANDONED", null).statusCode(201);

        Account paul = projects.member("Paul");
        List<Integer> statuses = Race.of(List.<Callable<Integer>>of(
                () -> report(paul, project, "ABANDONED", null).extract().statusCode(),
                () -> report(paul, project, "NOT_OPEN_DATA", null).extract().statusCode()));
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(1, Collections.frequency(statuses, 409), statuses.toString());
    }

    @Test
    void aMemberNeitherReadsTheQueueNorDecidesNorActsOnAProject() {
        Team team = projects.team(1, Map.of());
        Account lea = projects.member("Léa");
        UUID report = id(report(lea, team.project(), "ABANDONED", null));

        lea.as().get(REPORTS).then().statusCode(403);
        decide(lea, report, "DISMISS", "Je me suis trompée.").statusCode(403);
        team.lead()
                .as()
                .body(Map.of("reason", "Je clos mon projet."))
                .post(CONSOLE_PROJECTS + team.project() + "/closure")
                .then()
                .statusCode(403);
        appoint(team.lead(), team.project(), team.members().get(0), "Je me fais aider.")
                .statusCode(403);
        assertEquals(0L, auditRows("REPORT_DECIDED", report));
        assertEquals("RECRUITING", projectStatus(lea, team.project()));
    }

    @Test
    void aLeadIsAppointedAmongTheActiveTeamWithOneAuditRowAndTheProjectLeavesTheQueue() {
        Account animateur = people.animateur();
        Team team = projects.team(2, Map.of());
        Account paul = team.members().get(0);
        withoutActiveLead(team);

        Map<String, Object> line = projectLine(animateur, team.project());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> appointable = (List<Map<String, Object>>) line.get("appointable");
        assertEquals(
                List.of(paul.id().toString(), team.members().get(1).id().toString()),
                appointable.stream().map(m -> m.get("id")).toList());

        Account outsider = projects.member("Zoé");
        appoint(animateur, team.project(), outsider, "Zoé reprend le projet.")
                .statusCode(409)
                .contentType("application/problem+json");
        appoint(animateur, team.project(), team.lead(), "Nadia revient.").statusCode(409);
        assertEquals(0L, auditRows("PROJECT_LEAD_APPOINTED", team.project()), "refusals leave no audit row");

        appoint(animateur, team.project(), paul, "Paul connaît le mieux le code.")
                .statusCode(200)
                .body("leads.id", org.hamcrest.Matchers.hasItem(paul.id().toString()));
        assertEquals(1L, auditRows("PROJECT_LEAD_APPOINTED", team.project()));
        Map<String, Object> told = inbox.only(paul, NotificationKind.PROJECT_LEAD_APPOINTED);
        assertTrue(((String) told.get("body")).contains("Paul connaît le mieux le code."), told.toString());
        assertTrue(projectQueueIds(animateur).stream().noneMatch(team.project().toString()::equals));

        appoint(animateur, team.project(), paul, "Encore une fois.").statusCode(409);
        assertEquals(1L, auditRows("PROJECT_LEAD_APPOINTED", team.project()));
    }

    @Test
    void closingAProjectArchivesItTellsTheTeamAndIsRefusedOnceClosedWithoutAnAuditRow() {
        Account animateur = people.animateur();
        Team team = projects.team(1, Map.of());
        withoutActiveLead(team);

        close(animateur, team.project(), "Plus aucune activité, équipe injoignable.")
                .statusCode(200)
                .body("projectStatus", org.hamcrest.Matchers.equalTo("ARCHIVED"));
        assertEquals("ARCHIVED", projectStatus(team.members().get(0), team.project()));
        assertEquals(1L, auditRows("PROJECT_CLOSED", team.project()));
        Map<String, Object> told = inbox.only(team.members().get(0), NotificationKind.PROJECT_CLOSED_BY_ANIMATION);
        assertTrue(((String) told.get("body")).contains("équipe injoignable"), told.toString());
        assertTrue(projectQueueIds(animateur).stream().noneMatch(team.project().toString()::equals));

        close(people.admin(), team.project(), "Une seconde fois.")
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1L, auditRows("PROJECT_CLOSED", team.project()), "the refused closure left no audit row");
        close(animateur, team.project(), "ab").statusCode(400);
        close(animateur, UUID.randomUUID(), "Projet inconnu.").statusCode(404);
    }

    private ValidatableResponse report(Account who, UUID project, String reason, String comment) {
        Map<String, Object> body =
                comment == null ? Map.of("reason", reason) : Map.of("reason", reason, "comment", comment);
        return who.as().body(body).post(PROJECTS + "/" + project + "/reports").then();
    }

    private ValidatableResponse decide(Account who, UUID report, String decision, String note) {
        return who.as()
                .body(Map.of("decision", decision, "note", note))
                .post(REPORTS + "/" + report + "/decision")
                .then();
    }

    private ValidatableResponse close(Account who, UUID project, String reason) {
        return who.as()
                .body(Map.of("reason", reason))
                .post(CONSOLE_PROJECTS + project + "/closure")
                .then();
    }

    private ValidatableResponse appoint(Account who, UUID project, Account member, String reason) {
        return who.as()
                .body(Map.of("memberId", member.id(), "reason", reason))
                .post(CONSOLE_PROJECTS + project + "/lead")
                .then();
    }

    private static UUID id(ValidatableResponse created) {
        return created.statusCode(201).extract().jsonPath().getUUID("id");
    }

    private Map<String, Object> queueLine(Account animateur, UUID report) {
        List<Map<String, Object>> items = animateur
                .as()
                .queryParam("size", 100)
                .get(REPORTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(l -> l.get("id").equals(report.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("report not in the queue: " + items));
    }

    private List<String> queueIds(Account animateur) {
        JsonPath page = animateur
                .as()
                .queryParam("size", 100)
                .get(REPORTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return page.getList("items.id", String.class);
    }

    /** The lead is suspended and the project last changed years ago: first in « sans responsable actif ». */
    private void withoutActiveLead(Team team) {
        people.admin()
                .as()
                .body(Map.of("reason", "Messages répétés hors charte"))
                .post("/api/v1/animation/members/" + team.lead().id() + "/suspend")
                .then()
                .statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE project SET updated_at = now() - interval '20 years'"
                                + " - make_interval(secs => random()) WHERE id = :id")
                        .setParameter("id", team.project())
                        .executeUpdate());
    }

    private Map<String, Object> projectLine(Account animateur, UUID project) {
        List<Map<String, Object>> items = animateur
                .as()
                .get("/api/v1/animation/queues")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("projectsWithoutLead.items");
        return items.stream()
                .filter(l -> l.get("id").equals(project.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("project not in the queue: " + items));
    }

    private List<String> projectQueueIds(Account animateur) {
        return animateur
                .as()
                .get("/api/v1/animation/queues")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("projectsWithoutLead.items.id", String.class);
    }

    private String projectStatus(Account who, UUID project) {
        return who.as()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private long auditRows(String action, UUID target) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM audit_event WHERE action = :action AND target_id = :target")
                                .setParameter("action", action)
                                .setParameter("target", target.toString())
                                .getSingleResult())
                        .longValue());
    }
}
