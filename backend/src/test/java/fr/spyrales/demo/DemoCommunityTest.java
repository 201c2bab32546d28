package fr.spyrales.demo;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.MemberRepository;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoCommunityTest {
    @Inject
    DemoCommunity demo;

    @Inject
    MemberRepository members;

    @Test
    void loadsAboutEightyAgentsOnce() {
        demo.load();
        long agents = members.count("demo", true);
        assertTrue(agents >= 75 && agents <= 90, "demo agents: " + agents);
        assertEquals(2, members.count("demo = true and ?1 member of extraRoles", "animateur"));
        assertTrue(members.count("demo = true and canMentor = true") >= 20);
        assertTrue(members.count("demo = true and wantsMentor = true") >= 20);

        assertEquals(0, demo.load());
        assertEquals(agents, members.count("demo", true));
    }

    @Test
    void aDemoAgentLogsInWithTheDemoPassword() {
        demo.load();
        TestAccounts.anonymous()
                .body(Map.of("email", "lea.moreau@justice.gouv.fr", "password", "Demo-Spyrales-2026"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("roles", hasItem("member"));
    }
}
