package fr.spyrales.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.PartnerFixtures.Client;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A partner reads its own organisation's pairings and figures, and nothing of what the two people wrote. */
@QuarkusTest
class PartnerMentorshipTest {
    @Inject
    PartnerFixtures partners;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    DirectDatabase database;

    @Test
    void theClientSeesThePairingsOfItsOrganisationOnlyWithoutTheirContent() throws Exception {
        UUID organisation = UUID.randomUUID();
        MentorshipFixtures.Pair active = mentorships.pairIn(MentorshipStatus.ACCEPTED);
        MentorshipFixtures.Pair elsewhere = mentorships.pairIn(MentorshipStatus.ACCEPTED);
        try (Connection c = database.connect()) {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO organization (id, name, kind) VALUES (?, ?, 'DIRECTION')")) {
                s.setObject(1, organisation);
                s.setString(2, "Direction de test " + organisation);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE member SET organization_id = ? WHERE id = ?")) {
                s.setObject(1, organisation);
                s.setObject(2, active.mentee().id());
                s.executeUpdate();
            }
        }
        Client client = partners.create(Set.of("mentorships:read"), Map.of("organizationId", organisation));
        String token = partners.token(client);
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/partner/mentorships")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(active.id().toString()))
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].mentee.organizationId", equalTo(organisation.toString()))
                .body("items[0]", not(hasKey("message")));
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/partner/mentorships/summary")
                .then()
                .statusCode(200)
                .body("byStatus.ACCEPTED", equalTo(1))
                .body("byStatus.PENDING", equalTo(0))
                .body("activeMentees", equalTo(1))
                .body("activeMentors", equalTo(0));
        // A member's token does not open these routes; nor does a partner token without the scope.
        active.mentee().as().get("/api/v1/partner/mentorships").then().statusCode(403);
        String other = partners.token(partners.create(Set.of("events:read"), Map.of("organizationId", organisation)));
        given().header("Authorization", "Bearer " + other)
                .get("/api/v1/partner/mentorships")
                .then()
                .statusCode(403)
                .body("missingScope", equalTo("mentorships:read"));
        elsewhere.id();
    }
}
