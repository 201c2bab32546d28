package fr.spyrales.audit;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.security.Roles;
import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each security event and privileged action writes exactly one row, in the transaction of the action: a refused or
 * rolled-back action writes none, except the failures the log is there for (a failed login, a dead reset link),
 * which stay although their transaction rolls back. The database itself keeps the log append-only.
 */
@QuarkusTest
class AuditTrailTest {
    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    DirectDatabase database;

    /** A row as the tests read it. */
    record Row(
            String action,
            String outcome,
            UUID actor,
            UUID subject,
            String targetType,
            String targetId,
            String ip,
            String detail) {}

    @SuppressWarnings("unchecked")
    private List<Row> rows(String where, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("SELECT action, outcome, actor_member_id, subject_member_id, target_type,"
                    + " target_id, host(ip_address), detail FROM audit_event WHERE " + where + " ORDER BY id");
            parameters.forEach(query::setParameter);
            return ((List<Object[]>) query.getResultList())
                    .stream()
                            .map(r -> new Row(
                                    (String) r[0],
                                    (String) r[1],
                                    (UUID) r[2],
                                    (UUID) r[3],
                                    (String) r[4],
                                    (String) r[5],
                                    (String) r[6],
                                    (String) r[7]))
                            .toList();
        });
    }

    private List<Row> about(UUID member) {
        return rows("subject_member_id = :id OR actor_member_id = :id", Map.of("id", member));
    }

    private List<Row> fromAddress(String ip) {
        return rows("ip_address = CAST(:ip AS inet)", Map.of("ip", ip));
    }

    private static io.restassured.specification.RequestSpecification from(String ip) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", ip);
    }

    @Test
    void aPasswordLoginWritesOneSuccessNamingTheAccountAndTheAddress() {
        String email = TestAccounts.newEmail();
        accounts.register(email, "Inès", "Lefèvre");
        accounts.verify(email);
        String ip = TestAccounts.newIp();
        String memberId = from(ip).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("memberId");

        List<Row> rows = fromAddress(ip);
        assertEquals(1, rows.size(), rows.toString());
        Row login = rows.get(0);
        assertEquals("LOGIN", login.action());
        assertEquals("SUCCESS", login.outcome());
        assertEquals(UUID.fromString(memberId), login.subject());
        assertEquals(UUID.fromString(memberId), login.actor());
        assertEquals(ip, login.ip());
    }

    @Test
    void aFailedLoginIsKeptAlthoughItsTransactionRollsBackAndNamesAKnownAccountOnly() {
        Account known = accounts.member("Noé", "Garnier");
        String ip = TestAccounts.newIp();
        from(ip).body(Map.of("email", known.email(), "password", "pas-le-bon-mot-de-passe"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        String unknown = TestAccounts.newEmail();
        from(ip).body(Map.of("email", unknown, "password", "pas-le-bon-mot-de-passe"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);

        List<Row> rows = fromAddress(ip);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("LOGIN", rows.get(0).action());
        assertEquals("FAILURE", rows.get(0).outcome());
        assertEquals(known.id(), rows.get(0).subject());
        assertNull(rows.get(0).actor());
        assertEquals("FAILURE", rows.get(1).outcome());
        assertNull(rows.get(1).subject(), "an unknown address names no account");
        assertNull(rows.get(1).targetId());
        // The address typed is written nowhere in the log.
        assertTrue(rows("detail ILIKE :needle OR target_id ILIKE :needle", Map.of("needle", "%" + unknown + "%"))
                .isEmpty());
    }

    @Test
    void logoutAReusedRefreshTokenAndAPasswordResetAreSecurityEventsOfTheAccount() {
        Account member = accounts.member("Lou", "Perrin");
        // The refresh token is rotated once, then the old one comes back: the family is revoked.
        String first = member.refreshToken();
        String second = TestAccounts.anonymous()
                .body(Map.of("refreshToken", first))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("refreshToken");
        TestAccounts.anonymous()
                .body(Map.of("refreshToken", first))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        TestAccounts.anonymous()
                .body(Map.of("refreshToken", second))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        TestAccounts.anonymous()
                .body(Map.of("email", member.email()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
        TestAccounts.anonymous()
                .body(Map.of("token", accounts.lastToken(member.email()), "password", "un-nouveau-mot-de-passe-solide"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);

        List<String> actions = about(member.id()).stream()
                .map(r -> r.action() + " " + r.outcome())
                .toList();
        assertEquals(
                List.of(
                        "LOGIN SUCCESS",
                        "TOKEN_FAMILY_REVOKED SUCCESS",
                        "LOGOUT SUCCESS",
                        "PASSWORD_RESET_REQUESTED SUCCESS",
                        "PASSWORD_RESET SUCCESS"),
                actions);
    }

    @Test
    void aDeadResetLinkIsRecordedAsAFailure() {
        String ip = TestAccounts.newIp();
        from(ip).body(Map.of(
                        "token", "nimporte-quoi-" + UUID.randomUUID(), "password", "un-nouveau-mot-de-passe-solide"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(400);
        List<Row> rows = fromAddress(ip);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("PASSWORD_RESET", rows.get(0).action());
        assertEquals("FAILURE", rows.get(0).outcome());
    }

    @Test
    void aRoleChangeWritesOneRowNamingTheAdminAndTheMemberAndARefusedOneNone() {
        Account admin = accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
        Account member = accounts.quickMember("Yanis", "Roux", m -> {});
        admin.as()
                .put("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(200);
        admin.as()
                .delete("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(204);
        // Refused by the service (no such member): its transaction rolls back, nothing is written.
        UUID nobody = UUID.randomUUID();
        admin.as().put("/api/v1/members/" + nobody + "/roles/animateur").then().statusCode(404);
        // Refused at the door: not an admin.
        member.as()
                .put("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(403);

        List<Row> rows = rows("actor_member_id = :admin", Map.of("admin", admin.id()));
        assertEquals(
                List.of("ROLE_GRANTED", "ROLE_REVOKED"),
                rows.stream().map(Row::action).toList());
        for (Row row : rows) {
            assertEquals(member.id(), row.subject());
            assertEquals("member", row.targetType());
            assertEquals(member.id().toString(), row.targetId());
        }
        assertTrue(rows("target_id = :id", Map.of("id", nobody.toString())).isEmpty());
        assertEquals(2, about(member.id()).size());
    }

    @Test
    void aRowWrittenByAnActionThatRollsBackIsGoneWithIt() {
        String marker = "rolled-back-" + UUID.randomUUID();
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    audit.record(AuditAction.ROLE_GRANTED, AuditActor.nobody(), AuditTarget.none(), marker);
                    // The action fails after its audit call: a constraint refuses its write.
                    em.createNativeQuery(
                                    "INSERT INTO audit_event (category, action, outcome) VALUES ('NOPE', 'X', 'Y')")
                            .executeUpdate();
                }));
        assertTrue(rows("detail = :marker", Map.of("marker", marker)).isEmpty());
    }

    @Test
    void recordRefusesToWriteOutsideATransactionAndRecordFailureWritesInItsOwn() {
        String marker = "outside-" + UUID.randomUUID();
        assertThrows(
                TransactionalException.class,
                () -> audit.record(AuditAction.LOGIN, AuditActor.nobody(), AuditTarget.none(), marker));
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    audit.recordFailure(AuditAction.LOGIN, AuditActor.nobody(), AuditTarget.none(), marker);
                    throw new RuntimeException("the action fails");
                }));
        List<Row> rows = rows("detail = :marker", Map.of("marker", marker));
        assertEquals(1, rows.size());
        assertEquals("FAILURE", rows.get(0).outcome());
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteARow() throws SQLException {
        String marker = "append-only-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(AuditAction.LOGIN, AuditActor.nobody(), AuditTarget.none(), marker));
        try (Connection c = database.connect()) {
            for (String sql : List.of(
                    "UPDATE audit_event SET outcome = 'FAILURE' WHERE detail = ?",
                    "DELETE FROM audit_event WHERE detail = ?")) {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.setString(1, marker);
                    SQLException refused = assertThrows(SQLException.class, statement::executeUpdate, sql);
                    assertEquals("42501", refused.getSQLState(), refused.getMessage());
                }
            }
            // Claiming to be the purge does not open a young row either.
            c.setAutoCommit(false);
            try (var set = c.createStatement()) {
                set.execute("SET LOCAL spyrales.audit_purge = 'on'");
            }
            try (PreparedStatement statement = c.prepareStatement("DELETE FROM audit_event WHERE detail = ?")) {
                statement.setString(1, marker);
                assertThrows(SQLException.class, statement::executeUpdate);
            }
            c.rollback();
        }
        List<Row> rows = rows("detail = :marker", Map.of("marker", marker));
        assertEquals(1, rows.size());
        assertEquals("SUCCESS", rows.get(0).outcome());
    }

    @Test
    void aMemberExportingHisDataIsASecurityEventOfHisAccount() {
        Account member = accounts.quickMember("Jade", "Morel", m -> {});
        member.as().get("/api/v1/me/export").then().statusCode(200);
        List<Row> rows = about(member.id());
        assertEquals(1, rows.size());
        assertEquals("PERSONAL_DATA_EXPORTED", rows.get(0).action());
        member.as()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actionLabel", equalTo("Export de mes données personnelles"));
        assertFalse(rows.get(0).detail() != null && rows.get(0).detail().contains(member.email()));
    }
}
