package fr.spyrales.survey;

import fr.spyrales.common.security.Roles;
import fr.spyrales.member.Category;
import fr.spyrales.referential.Organization;
import fr.spyrales.referential.OrganizationKind;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Campaigns and answers for the survey's tests. A campaign is opened through the API (which tells every active
 * member), or written straight to the database when the test is about something else, so that it does not mail the
 * whole test database. Either way, whatever campaign another test left open is closed first: one is open at a time.
 */
@ApplicationScoped
public class SurveyFixtures {
    public static final String SURVEYS = "/api/v1/surveys";

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Sondé", m -> {});
    }

    /** A member of that category, in an organisation of that kind (null for none). */
    public Account member(String firstName, Category category, OrganizationKind kind) {
        Organization organization = kind == null
                ? null
                : QuarkusTransaction.requiringNew()
                        .call(() -> em.createQuery("from Organization o where o.kind = :kind", Organization.class)
                                .setParameter("kind", kind)
                                .setMaxResults(1)
                                .getSingleResult());
        return accounts.quickMember(firstName, "Sondé", m -> {
            m.category = category;
            m.organization = organization;
        });
    }

    public Account animateur() {
        return accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** Closes whatever campaign is open, as its animateur would have. */
    public void closeAnyOpen() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE survey_campaign SET closed_at = greatest(now(), opened_at) WHERE closed_at IS NULL")
                        .executeUpdate());
    }

    /** Opens a campaign through the API, as this animateur; returns its id. */
    public UUID open(Account animateur, String title) {
        closeAnyOpen();
        return UUID.fromString(animateur
                .as()
                .body(Map.of("title", title, "closesOn", today().plusDays(14).toString()))
                .post(SURVEYS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A campaign open now, written to the database without telling anyone; the members created before may answer. */
    public UUID openQuietly(String title) {
        closeAnyOpen();
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                INSERT INTO survey_campaign (id, title, closes_on, invited)
                                VALUES (:id, :title, (now() AT TIME ZONE 'Europe/Paris')::date + 14, 20)""")
                        .setParameter("id", id)
                        .setParameter("title", title)
                        .executeUpdate());
        return id;
    }

    /** A full answer, recommending with that score; `changes` overrides or adds fields. */
    public static Map<String, Object> answer(int recommendation, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "recommendation", recommendation,
                "lessAlone", "AGREE",
                "pythonProgress", "SOME",
                "rProgress", "NOT_USED",
                "wishes", List.of("MENTORSHIP", "EVENTS")));
        body.putAll(changes);
        return body;
    }

    public Response answer(Account member, UUID campaign, Map<String, Object> body) {
        return member.as().body(body).post(SURVEYS + "/" + campaign + "/answers");
    }

    public void answered(Account member, UUID campaign, int recommendation) {
        answer(member, campaign, answer(recommendation, Map.of())).then().statusCode(201);
    }
}
