package fr.spyrales.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.spyrales.mail.DeliveredMails;
import io.quarkus.mailer.Mail;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates real accounts through the API, reading the links from the mails they receive. */
@ApplicationScoped
public class TestAccounts {
    public static final String PASSWORD = "Statistiques-et-tartines-42";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");

    @Inject
    DeliveredMails mails;

    @Inject
    fr.spyrales.member.MemberRepository members;

    @Inject
    fr.spyrales.auth.TokenIssuer tokens;

    public record Account(UUID id, String email, String accessToken, String refreshToken) {
        public RequestSpecification as() {
            return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
        }
    }

    /** A fresh public-sector address nobody else in the test run uses. */
    public static String newEmail() {
        return "agent." + UUID.randomUUID().toString().substring(0, 12) + "@insee.fr";
    }

    /** A client address of its own, so that throttling of one test never touches another. */
    public static String newIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", newIp());
    }

    public void register(String email, String firstName, String lastName) {
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD, "firstName", firstName, "lastName", lastName))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(202);
    }

    /** The token of the last link mailed to this address. */
    public String lastToken(String email) {
        List<Mail> received = mails.to(email);
        assertFalse(received.isEmpty(), "no mail sent to " + email);
        Matcher m = TOKEN.matcher(received.get(received.size() - 1).getText());
        if (!m.find()) {
            throw new AssertionError("no link in the last mail to " + email);
        }
        return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    public void verify(String email) {
        anonymous()
                .body(Map.of("token", lastToken(email)))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(200);
    }

    /** Moves the expiry of every mailed link and every session of this address into the past. */
    public void expireLinksAndSessions(String email) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("email_token", "refresh_token")) {
                members.getEntityManager()
                        .createNativeQuery("UPDATE " + table + " SET expires_at = now() - interval '1 minute'"
                                + " WHERE member_id = (SELECT id FROM member WHERE lower(email) = lower(:email))")
                        .setParameter("email", email)
                        .executeUpdate();
            }
        });
    }

    public Account login(String email) {
        var response = anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract();
        return new Account(
                UUID.fromString(response.path("memberId")),
                email,
                response.path("accessToken"),
                response.path("refreshToken"));
    }

    /** Registered, verified and logged in. */
    public Account member(String firstName, String lastName) {
        String email = newEmail();
        register(email, firstName, lastName);
        verify(email);
        return login(email);
    }

    public Account member() {
        return member("Camille", "Durand");
    }

    /**
     * A confirmed member written straight to the database, with a signed access token: for tests
     * about other features, where going through registration would only cost time.
     */
    public Account quickMember(
            String firstName, String lastName, java.util.function.Consumer<fr.spyrales.member.Member> profile) {
        fr.spyrales.member.Member member = new fr.spyrales.member.Member();
        member.id = UUID.randomUUID();
        member.email = newEmail();
        member.firstName = firstName;
        member.lastName = lastName;
        member.displayName = firstName + " " + lastName;
        member.emailVerifiedAt = java.time.OffsetDateTime.now();
        member.updatedAt = member.emailVerifiedAt;
        profile.accept(member);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> members.persist(member));
        return new Account(member.id, member.email, tokens.accessToken(member), null);
    }
}
