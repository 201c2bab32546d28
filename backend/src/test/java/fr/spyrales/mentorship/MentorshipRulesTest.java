package fr.spyrales.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentorshipRulesTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    MentorshipHousekeeping housekeeping;

    @Inject
    EntityManager em;

    private static Map<String, Object> requestTo(Account mentor) {
        return Map.of("mentorId", mentor.id(), "message", "Bonjour !", "goals", List.of("Progresser en R"));
    }

    @Test
    void aRequestCreatesAPendingPairingWithItsGoals() {
        Account mentor = fixtures.mentor(1);
        Account mentee = fixtures.mentee();
        var created = mentee.as()
                .body(Map.of(
                        "mentorId",
                        mentor.id(),
                        "message",
                        "Bonjour, je débute en R.",
                        "goals",
                        List.of("Lire un CSV", "Faire un graphique", "Publier un rapport Quarto")))
                .post("/api/v1/mentorships");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/mentorships/"))
                .body("status", equalTo("PENDING"))
                .body("myRole", equalTo("MENTEE"))
                .body("goals.total", equalTo(3))
                .body("goals.done", equalTo(0))
                .body("allowedActions", equalTo(List.of("WITHDRAW")))
                .body("history[0].toStatus", equalTo("PENDING"));
        String id = created.path("id");
        mentor.as()
                .get("/api/v1/mentorships/" + id)
                .then()
                .statusCode(200)
                .body("allowedActions", equalTo(List.of("ACCEPT", "DECLINE")));
    }

    @Test
    void requestsThatBreakARuleAreRefused() {
        Account mentor = fixtures.mentor(1);
        Account mentee = fixtures.mentee();
        mentee.as()
                .body(Map.of("mentorId", mentee.id(), "message", "Moi ?", "goals", List.of("x")))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(422)
                .body("detail", containsString("vous-même"));

        Account notMentoring = accounts.quickMember("Pas", "Mentor", m -> {});
        mentee.as()
                .body(requestTo(notMentoring))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(422)
                .body("detail", containsString("ne propose pas d'accompagnement"));

        Account suspended = fixtures.mentor(1);
        fixtures.admin()
                .as()
                .body(Map.of("reason", "Messages hors charte"))
                .post("/api/v1/animation/members/" + suspended.id() + "/suspend")
                .then()
                .statusCode(200);
        mentee.as()
                .get("/api/v1/mentorships/eligibility?mentorId=" + suspended.id())
                .then()
                .statusCode(200)
                .body("rule", equalTo("NOT_MENTORING"));
        mentee.as()
                .body(requestTo(suspended))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(422)
                .body("detail", containsString("ne propose pas d'accompagnement"));

        Account hidden = accounts.quickMember("Profil", "Privé", m -> {
            m.canMentor = true;
            m.mentorCapacity = 2;
            m.visibility = fr.spyrales.member.Visibility.PRIVATE;
        });
        mentee.as().body(requestTo(hidden)).post("/api/v1/mentorships").then().statusCode(404);

        Account notSeeking = accounts.quickMember("Pas", "Demandeur", m -> {});
        notSeeking
                .as()
                .body(requestTo(mentor))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(422)
                .body("detail", containsString("souhaitez être accompagné"));

        mentee.as()
                .body(Map.of("mentorId", mentor.id(), "message", "", "goals", List.of()))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("goals"))
                .body("errors.field", hasItem("message"));
        mentee.as()
                .body(Map.of("mentorId", mentor.id(), "message", "Bonjour", "goals", List.of("a", "b", "c", "d")))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("goals"));

        fixtures.request(mentee, mentor);
        mentee.as()
                .body(requestTo(mentor))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(409)
                .body("detail", containsString("déjà en cours"));
    }

    @Test
    void theRequestButtonKnowsBeforehandWhyARequestWouldBeRefused() {
        Account mentor = fixtures.mentor(1);
        Account mentee = fixtures.mentee();
        String eligibility = "/api/v1/mentorships/eligibility?mentorId=";
        mentee.as()
                .get(eligibility + mentor.id())
                .then()
                .statusCode(200)
                .body("allowed", equalTo(true))
                .body("rule", nullValue())
                .body("reason", nullValue());
        mentee.as()
                .get(eligibility + mentee.id())
                .then()
                .statusCode(200)
                .body("allowed", equalTo(false))
                .body("rule", equalTo("SELF"));
        Account notMentoring = accounts.quickMember("Pas", "Mentor", m -> {});
        mentee.as()
                .get(eligibility + notMentoring.id())
                .then()
                .statusCode(200)
                .body("rule", equalTo("NOT_MENTORING"))
                .body("reason", containsString("ne propose pas d'accompagnement"));
        Account notSeeking = accounts.quickMember("Pas", "Demandeur", m -> {});
        notSeeking.as().get(eligibility + mentor.id()).then().body("rule", equalTo("MENTEE_NOT_LOOKING"));

        UUID request = fixtures.request(mentee, mentor);
        mentee.as()
                .get(eligibility + mentor.id())
                .then()
                .body("allowed", equalTo(false))
                .body("rule", equalTo("ALREADY_OPEN"))
                .body("reason", containsString("déjà en cours"));
        mentor.as().post("/api/v1/mentorships/" + request + "/accept").then().statusCode(200);
        fixtures.mentee()
                .as()
                .get(eligibility + mentor.id())
                .then()
                .body("rule", equalTo("MENTOR_FULL"))
                .body("reason", containsString("autant de personnes que possible"));

        mentee.as().get(eligibility + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        mentee.as()
                .get("/api/v1/mentorships/eligibility")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("mentorId"));
        mentee.as().get(eligibility + "pas-un-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMenteeHasAtMostThreePendingRequestsAndOneActivePairing() {
        Account mentee = fixtures.mentee();
        List<Account> mentors = List.of(fixtures.mentor(1), fixtures.mentor(1), fixtures.mentor(1), fixtures.mentor(1));
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(fixtures.request(mentee, mentors.get(i)));
        }
        mentee.as()
                .body(requestTo(mentors.get(3)))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(422)
                .body("detail", containsString("3 demandes en attente"));

        // The first mentor accepts: the other requests are withdrawn for the mentee, and their mentors told why.
        mentors.get(0)
                .as()
                .post("/api/v1/mentorships/" + requests.get(0) + "/accept")
                .then()
                .statusCode(200);
        mentors.get(1)
                .as()
                .get("/api/v1/mentorships/" + requests.get(1))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("history[-1].reason", equalTo("ANOTHER_MENTOR_ACCEPTED"))
                .body("history[-1].actorId", equalTo(null));
        mentee.as()
                .body(requestTo(mentors.get(3)))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(409)
                .body("detail", containsString("déjà un mentorat en cours"));
    }

    @Test
    void aFullMentorCannotBeAskedNorAcceptMore() {
        Account mentor = fixtures.mentor(1);
        Account first = fixtures.mentee();
        Account second = fixtures.mentee();
        UUID firstRequest = fixtures.request(first, mentor);
        UUID secondRequest = fixtures.request(second, mentor);
        mentor.as()
                .post("/api/v1/mentorships/" + firstRequest + "/accept")
                .then()
                .statusCode(200);
        mentor.as()
                .post("/api/v1/mentorships/" + secondRequest + "/accept")
                .then()
                .statusCode(409)
                .body("detail", containsString("capacité"));
        fixtures.mentee()
                .as()
                .body(requestTo(mentor))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(422)
                .body("detail", containsString("autant de personnes que possible"));
        // Pausing keeps the place: resuming another pairing would exceed it.
        mentor.as()
                .body("{}")
                .post("/api/v1/mentorships/" + firstRequest + "/pause")
                .then()
                .statusCode(200);
        mentor.as()
                .post("/api/v1/mentorships/" + secondRequest + "/accept")
                .then()
                .statusCode(409);
        // ...and the paused pairing gets it back: a full mentor can always resume.
        mentor.as()
                .body("{}")
                .post("/api/v1/mentorships/" + firstRequest + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void decliningForAnotherReasonNeedsAFewWords() {
        Account mentor = fixtures.mentor(1);
        UUID request = fixtures.request(fixtures.mentee(), mentor);
        String path = "/api/v1/mentorships/" + request;
        mentor.as()
                .body(Map.of("reason", "OTHER", "comment", "  "))
                .post(path + "/decline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("comment"))
                .body("errors[0].message", containsString("Autre"));
        mentor.as().get(path).then().body("status", equalTo("PENDING"));
        mentor.as()
                .body(Map.of("reason", "OTHER", "comment", "Je change de service le mois prochain."))
                .post(path + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
    }

    @Test
    void twentyRacingAcceptsForOneFreePlaceMakeExactlyOnePairing() throws Exception {
        Account mentor = fixtures.mentor(1);
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(fixtures.request(fixtures.mentee(), mentor));
        }
        List<Integer> statuses = Race.of(requests.stream()
                .<Callable<Integer>>map(id -> () -> mentor.as()
                        .post("/api/v1/mentorships/" + id + "/accept")
                        .statusCode())
                .toList());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        long active = ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM mentorship WHERE mentor_id = :id AND status IN ('ACCEPTED', 'PAUSED')")
                        .setParameter("id", mentor.id())
                        .getSingleResult())
                .longValue();
        assertEquals(1, active);
    }

    @Test
    void unansweredRequestsExpireAfterFourteenDays() {
        Account mentor = fixtures.mentor(2);
        UUID old = fixtures.request(fixtures.mentee(), mentor);
        UUID recent = fixtures.request(fixtures.mentee(), mentor);
        fixtures.backdate(old, 15);
        fixtures.backdate(recent, 13);
        housekeeping.expireOverdue();
        housekeeping.expireOverdue(); // idempotent
        mentor.as()
                .get("/api/v1/mentorships/" + old)
                .then()
                .body("status", equalTo("EXPIRED"))
                .body("history", hasSize(2))
                .body("history[1].reason", equalTo("NO_ANSWER"));
        mentor.as().get("/api/v1/mentorships/" + recent).then().body("status", equalTo("PENDING"));
    }

    @Test
    void pairingsPastTheirPlannedEndAreCompletedByTheProgramme() {
        MentorshipFixtures.Pair due = fixtures.pairIn(MentorshipStatus.PAUSED);
        MentorshipFixtures.Pair running = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE mentorship SET planned_end_date = current_date - 1 WHERE id = :id")
                        .setParameter("id", due.id())
                        .executeUpdate());
        housekeeping.completeDue();
        housekeeping.completeDue(); // idempotent
        due.mentee()
                .as()
                .get("/api/v1/mentorships/" + due.id())
                .then()
                .body("status", equalTo("COMPLETED"))
                .body("history[-1].reason", equalTo("PLANNED_END_REACHED"))
                .body("history[-1].actorId", equalTo(null));
        due.mentor().as().get("/api/v1/me/notifications").then().body("items.kind", hasItem("FEEDBACK_ASKED"));
        running.mentee().as().get("/api/v1/mentorships/" + running.id()).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void eitherPartyCanPushBackThePlannedEndSoTheProgrammeDoesNotCloseThePairing() {
        MentorshipFixtures.Pair pair = fixtures.pairIn(MentorshipStatus.PAUSED);
        String path = "/api/v1/mentorships/" + pair.id();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE mentorship SET planned_end_date = current_date WHERE id = :id")
                        .setParameter("id", pair.id())
                        .executeUpdate());
        java.time.LocalDate later = java.time.LocalDate.now().plusWeeks(6);

        pair.mentee()
                .as()
                .body(Map.of("plannedEndDate", later.toString()))
                .patch(path)
                .then()
                .statusCode(200)
                .body("plannedEndDate", equalTo(later.toString()))
                .body("status", equalTo("PAUSED"))
                .body("history[-1].reason", equalTo("END_DATE_CHANGED"))
                .body("history[-1].fromStatus", equalTo("PAUSED"))
                .body("history[-1].toStatus", equalTo("PAUSED"))
                .body("history[-1].actorId", equalTo(pair.mentee().id().toString()))
                .body("history[-1].comment", containsString("Fin prévue le"));
        pair.mentor()
                .as()
                .get("/api/v1/me/notifications")
                .then()
                .body("items[0].kind", equalTo("MENTORSHIP_END_DATE_CHANGED"))
                .body("items[0].body", containsString("Fin prévue le"));
        // Tomorrow, the daily job leaves it alone.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE mentorship SET planned_end_date = planned_end_date - 1 WHERE id = :id AND planned_end_date > current_date + 1")
                        .setParameter("id", pair.id())
                        .executeUpdate());
        housekeeping.completeDue();
        pair.mentor().as().get(path).then().body("status", equalTo("PAUSED"));

        int history = pair.mentor()
                .as()
                .get(path)
                .then()
                .extract()
                .jsonPath()
                .getList("history")
                .size();
        // The last one was read as a date (Jackson trims it) until the contract fuzzer sent it.
        for (String refused : List.of(
                java.time.LocalDate.now().toString(),
                java.time.LocalDate.now().plusYears(2).toString(),
                later.plusDays(1) + "\u001f")) {
            pair.mentor()
                    .as()
                    .body(Map.of("plannedEndDate", refused))
                    .patch(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("plannedEndDate"));
        }
        pair.mentor()
                .as()
                .body("{}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("plannedEndDate"));
        fixtures.animateur()
                .as()
                .body(Map.of("plannedEndDate", later.plusDays(1).toString()))
                .patch(path)
                .then()
                .statusCode(403);
        fixtures.stranger()
                .as()
                .body(Map.of("plannedEndDate", later.plusDays(1).toString()))
                .patch(path)
                .then()
                .statusCode(404);
        pair.mentor()
                .as()
                .get(path)
                .then()
                .body("plannedEndDate", equalTo(later.minusDays(1).toString()))
                .body("history", hasSize(history));

        MentorshipFixtures.Pair pending = fixtures.pairIn(MentorshipStatus.PENDING);
        pending.mentee()
                .as()
                .body(Map.of("plannedEndDate", later.toString()))
                .patch("/api/v1/mentorships/" + pending.id())
                .then()
                .statusCode(409)
                .body("detail", containsString("pas encore commencé"));
    }

    @Test
    void membersListTheirOwnPairingsByRoleAndStatus() {
        Account mentor = fixtures.mentor(3);
        Account menteeA = fixtures.mentee();
        Account menteeB = fixtures.mentee();
        UUID a = fixtures.request(menteeA, mentor);
        fixtures.request(menteeB, mentor);
        mentor.as().post("/api/v1/mentorships/" + a + "/accept").then().statusCode(200);

        mentor.as()
                .queryParam("role", "MENTOR")
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].myRole", equalTo("MENTOR"));
        mentor.as()
                .queryParam("role", "MENTOR")
                .queryParam("status", "ACCEPTED")
                .get("/api/v1/mentorships")
                .then()
                .body("total", equalTo(1))
                .body("items[0].counterpart.id", equalTo(menteeA.id().toString()))
                .body("items[0].counterpart.contact.email", equalTo(menteeA.email()));
        mentor.as()
                .queryParam("role", "MENTEE")
                .get("/api/v1/mentorships")
                .then()
                .body("total", equalTo(0));
        menteeB.as()
                .get("/api/v1/mentorships")
                .then()
                .body("total", equalTo(1))
                .body("items[0].counterpart.contact", equalTo(null));
        mentor.as()
                .queryParam("status", "PLUTOT")
                .get("/api/v1/mentorships")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("PENDING"));
        // Values are read in any case, as integrators may write them.
        mentor.as()
                .queryParam("role", "mentor")
                .queryParam("status", "accepted")
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        mentor.as()
                .queryParam("role", "chef")
                .get("/api/v1/mentorships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", containsString("MENTOR, MENTEE"));
    }

    @Test
    void erasingAnAccountEndsItsOpenMentorships() {
        Account mentor = fixtures.mentor(2);
        Account active = fixtures.mentee();
        Account waiting = fixtures.mentee();
        UUID pairing = fixtures.request(active, mentor);
        UUID request = fixtures.request(waiting, mentor);
        mentor.as().post("/api/v1/mentorships/" + pairing + "/accept").then().statusCode(200);

        mentor.as().delete("/api/v1/me").then().statusCode(204);

        active.as()
                .get("/api/v1/mentorships/" + pairing)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history[-1].reason", equalTo("ACCOUNT_DELETED"))
                .body("mentor.displayName", equalTo("Membre supprimé"))
                .body("mentor.contact", equalTo(null));
        waiting.as().get("/api/v1/mentorships/" + request).then().body("status", equalTo("DECLINED"));
        // The counterparts are told, without the leaver's name.
        active.as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("MENTORSHIP_CANCELLED"))
                .body("items.title.join(' ')", org.hamcrest.Matchers.not(containsString("Claire")));
    }

    @Test
    void bothMembersOfAPairingErasingTheirAccountsAtOnceAreBothErased() throws Exception {
        for (int round = 0; round < 3; round++) {
            Account mentor = fixtures.mentor(1);
            Account mentee = fixtures.mentee();
            UUID pairing = fixtures.request(mentee, mentor);
            mentor.as()
                    .post("/api/v1/mentorships/" + pairing + "/accept")
                    .then()
                    .statusCode(200);

            List<Integer> statuses = Race.of(List.<Callable<Integer>>of(
                    () -> mentor.as().delete("/api/v1/me").statusCode(),
                    () -> mentee.as().delete("/api/v1/me").statusCode()));

            assertEquals(List.of(204, 204), statuses, "round " + round);
            assertEquals(
                    "CANCELLED",
                    em.createNativeQuery("SELECT status FROM mentorship WHERE id = :id")
                            .setParameter("id", pairing)
                            .getSingleResult());
        }
    }

    @Test
    void theExportHoldsMyMentorshipsAndNotifications() {
        Account mentor = fixtures.mentor(1);
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);
        mentor.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("mentorships.items[0].id", equalTo(id.toString()))
                .body("mentorships.items[0].myRole", equalTo("MENTOR"))
                .body("notifications.items[0].mentorshipId", equalTo(id.toString()));
    }
}
