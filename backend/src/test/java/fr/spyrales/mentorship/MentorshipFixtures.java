package fr.spyrales.mentorship;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds pairings in any state through the API, as their members would. */
@ApplicationScoped
public class MentorshipFixtures {
    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    MentorshipHousekeeping housekeeping;

    public record Pair(Account mentee, Account mentor, UUID id) {}

    public Account mentor(int capacity) {
        return accounts.quickMember("Claire", "Mentor", m -> {
            m.canMentor = true;
            m.mentorCapacity = (short) capacity;
            m.tchapHandle = "@claire.mentor:agent.tchap.gouv.fr";
        });
    }

    public Account mentee() {
        return accounts.quickMember("Léa", "Novice", m -> m.wantsMentor = true);
    }

    public Account stranger() {
        return accounts.quickMember("Paul", "Passant", m -> {});
    }

    public UUID request(Account mentee, Account mentor) {
        return UUID.fromString(mentee.as()
                .body(Map.of(
                        "mentorId",
                        mentor.id(),
                        "message",
                        "Pouvez-vous m'aider à débuter en R ?",
                        "goals",
                        List.of("Écrire mon premier script R", "Faire un graphique avec ggplot2")))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public Pair pairIn(MentorshipStatus status) {
        Account mentor = mentor(2);
        Account mentee = mentee();
        UUID id = request(mentee, mentor);
        String path = "/api/v1/mentorships/" + id;
        switch (status) {
            case PENDING -> {}
            case ACCEPTED -> mentor.as().post(path + "/accept").then().statusCode(200);
            case PAUSED -> {
                mentor.as().post(path + "/accept").then().statusCode(200);
                mentee.as().body("{}").post(path + "/pause").then().statusCode(200);
            }
            case DECLINED ->
                mentor.as()
                        .body(Map.of("reason", "NO_TIME"))
                        .post(path + "/decline")
                        .then()
                        .statusCode(200);
            case WITHDRAWN ->
                mentee.as().body("{}").post(path + "/withdraw").then().statusCode(200);
            case EXPIRED -> {
                backdate(id, 30);
                housekeeping.expireOverdue();
            }
            case COMPLETED -> {
                mentor.as().post(path + "/accept").then().statusCode(200);
                mentee.as().body("{}").post(path + "/complete").then().statusCode(200);
            }
            case CANCELLED -> {
                mentor.as().post(path + "/accept").then().statusCode(200);
                mentor.as()
                        .body(Map.of("reason", "Changement de poste"))
                        .post(path + "/cancel")
                        .then()
                        .statusCode(200);
            }
        }
        return new Pair(mentee, mentor, id);
    }

    /** Moves a request into the past, as if it had waited that many days. */
    public void backdate(UUID id, int days) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE mentorship SET requested_at = requested_at - make_interval(days => :days) WHERE id = :id")
                        .setParameter("days", days)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    public Account animateur() {
        return withRole(accounts.quickMember("Karim", "Animateur", m -> {}), "animateur");
    }

    public Account admin() {
        return withRole(accounts.quickMember("Alex", "Admin", m -> {}), "admin");
    }

    /** Grants a role to an account; it counts from its next request. */
    public Account withRole(Account account, String role) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO member_role (member_id, role) VALUES (:id, :role)")
                        .setParameter("id", account.id())
                        .setParameter("role", role)
                        .executeUpdate());
        return account;
    }
}
