package fr.spyrales.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.ApiContract;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever the input, the answer is a problem+json with a French detail, never a 500. */
@QuarkusTest
class ErrorHandlingTest {
    @Inject
    TestAccounts accounts;

    @Test
    void malformedJson() {
        TestAccounts.anonymous()
                .body("{\"email\": ")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:spyrales:problem:malformed-request"))
                .body("detail", equalTo("Le corps de la requête n'est pas un JSON valide."))
                .body("instance", equalTo("/api/v1/auth/login"))
                .body(not(containsString("Exception")));
    }

    @Test
    void missingBody() {
        TestAccounts.anonymous()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].message", equalTo("Le corps de la requête est obligatoire."));
    }

    @Test
    void wrongJsonShape() {
        TestAccounts.anonymous()
                .body("[1, 2]")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        TestAccounts.anonymous()
                .body("{\"email\": {\"a\": 1}, \"password\": \"x\"}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void unknownFieldAndUnknownEnumValue() {
        TestAccounts.Account me = accounts.member();
        me.as()
                .body("{\"visibility\": \"SECRET\"}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("visibility"))
                .body("errors[0].message", containsString("COMMUNITY, PRIVATE"));
        me.as()
                .body("{\"superPouvoir\": true}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("superPouvoir"))
                .body("errors[0].message", equalTo("Ce champ n'est pas reconnu."));
        me.as()
                .body("{\"mentorCapacity\": \"beaucoup\"}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mentorCapacity"));
    }

    @Test
    void wrongParameterTypes() {
        TestAccounts.Account me = accounts.member();
        me.as()
                .get("/api/v1/members/pas-un-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("Identifiant mal formé."));
        me.as().get("/api/v1/members?page=abc").then().statusCode(400).contentType("application/problem+json");
        me.as()
                .get("/api/v1/members?organization=123")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("organization"));
        me.as().get("/api/v1/members?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        // A yes/no filter takes true or false: any other word is refused, not read as false.
        me.as()
                .get("/api/v1/members?canMentor=peut-etre")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("canMentor"))
                .body("errors[0].message", containsString("true ou false"));
        me.as().get("/api/v1/members?wantsMentor=TRUE").then().statusCode(200);
        // A level is a whole number: 3.9 is not silently saved as 3.
        me.as()
                .body(Map.of("skills", List.of(Map.of("code", "r", "level", 3.9))))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("skills[0].level"));
        me.as().get("/api/v1/me").then().body("skills", hasSize(0));
    }

    @Test
    void theNulCharacterIsRefusedWhereverItComesFrom() {
        TestAccounts.Account me = accounts.member();
        me.as()
                .body(Map.of("jobTitle", "Chargée\0d'études"))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("jobTitle"))
                .body("errors[0].message", containsString("Caractère non accepté"));
        me.as()
                .body(Map.of("learningSkills", List.of("r\0")))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("learningSkills[0]"));
        me.as().get("/api/v1/me").then().body("jobTitle", nullValue());
        me.as()
                .urlEncodingEnabled(false)
                .get("/api/v1/members?region=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"));
        given().urlEncodingEnabled(false)
                .get("/api/v1/organizations?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "a\0b@insee.fr", "password", "x"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // Even in a parameter the operation does not take: the contract says that any request may get a 400.
        me.as()
                .urlEncodingEnabled(false)
                .get("/api/v1/me?inconnu=%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("inconnu"));
        assertTrue(ApiContract.committed().documents(ApiContract.committed().operation("getMyProfile"), 400));
    }

    @Test
    void controlCharactersThatTrimmingWouldEraseAreRefused() {
        TestAccounts.Account me = accounts.member();
        // "\u0001" passes « not blank », then trims to "": it used to break a CHECK constraint (500).
        me.as()
                .body(Map.of("firstName", "\u0001"))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("firstName"));
        me.as()
                .body(Map.of("bio", "Ligne 1\n\tLigne 2"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("bio", equalTo("Ligne 1\n\tLigne 2"));
    }

    @Test
    void ambiguousBodiesAreRefused() {
        TestAccounts.Account me = accounts.member();
        me.as()
                .body("{\"jobTitle\":\"a\",\"jobTitle\":\"b\"}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // A record body (Jackson used to fail there with an empty 500).
        given().contentType(ContentType.JSON)
                .body("{\"token\":\"a\",\"token\":\"b\"}")
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        me.as()
                .body("{\"jobTitle\":\"a\"} {\"jobTitle\":\"b\"}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        me.as()
                .body("{\"wantsMentor\":\"true\"}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wantsMentor"));
        me.as().get("/api/v1/me").then().body("jobTitle", nullValue()).body("wantsMentor", equalTo(false));
    }

    @Test
    void textFieldsTakeTextAndBodiesAreUtf8() {
        // Found by the contract fuzzer: a number or true/false was saved as text ("false" as a goal title, a last
        // name of 19 digits), a number was read as an enum's index, PRIVATE followed by U+001F as PRIVATE (Jackson
        // trims enum names, dates and identifiers), and an overlong UTF-8 sequence as a "/".
        TestAccounts.Account me = accounts.member();
        me.as()
                .body("{\"jobTitle\": 123}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("jobTitle"))
                .body("errors[0].message", equalTo("Texte attendu (entre guillemets)."));
        me.as()
                .body("{\"lastName\": false}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lastName"));
        me.as()
                .body("{\"visibility\": 0}")
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
        me.as()
                .body(Map.of("visibility", "PRIVATE\u001f"))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
        me.as()
                .body(Map.of("organizationId", " " + java.util.UUID.randomUUID()))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"))
                .body("errors[0].message", equalTo("Identifiant mal formé."));
        byte[] overlongSlash = {
            '{', '"', 'j', 'o', 'b', 'T', 'i', 't', 'l', 'e', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, '"', '}'
        };
        me.as()
                .body(overlongSlash)
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
        me.as()
                .body("{\"jobTitle\": \"Chargée d'études\"}".getBytes(StandardCharsets.UTF_16))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("detail", containsString("UTF-8"));
        me.as()
                .get("/api/v1/me")
                .then()
                .body("jobTitle", nullValue())
                .body("lastName", equalTo("Durand"))
                .body("visibility", equalTo("COMMUNITY"));
    }

    @Test
    void aPageBeyondAnyOffsetIsRefused() {
        TestAccounts.Account me = accounts.member();
        for (String list : List.of("/api/v1/members", "/api/v1/mentorships", "/api/v1/me/notifications")) {
            me.as()
                    .queryParam("page", Integer.MAX_VALUE)
                    .get(list)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"));
        }
        given().queryParam("page", 10_000_000)
                .queryParam("size", 100)
                .get("/api/v1/skills")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aBodyTooLargeIsAProblemToo() {
        // Announced, not sent: the server refuses at the headers, and a client still sending would see a broken pipe.
        String answer =
                rawRequest("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 20000000\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json") && answer.contains("trop volumineux"), answer);
    }

    @Test
    void unknownRouteAndWrongMethod() {
        given().get("/api/v1/n-existe-pas")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Aucune ressource à cette adresse."));
        given().get("/api/v2/rien").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/skills")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("detail", containsString("méthode HTTP"));
    }

    @Test
    void unsupportedMediaType() {
        given().contentType(ContentType.TEXT)
                .body("email=a")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertTrue(ApiContract.committed().documents(ApiContract.committed().operation("login"), 415));
    }

    @Test
    void onlyOperationsThatReadABodyCareAboutItsFormat() {
        // Found by the contract fuzzer: a stray text body on a GET or a bodiless action used to get an undocumented
        // 415.
        TestAccounts.Account me = accounts.member();
        me.as()
                .contentType(ContentType.TEXT)
                .body("x")
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200);
        me.as()
                .contentType(ContentType.XML)
                .body("<a/>")
                .post("/api/v1/mentorships/" + java.util.UUID.randomUUID() + "/accept")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        me.as()
                .contentType(ContentType.TEXT)
                .body("x")
                .post("/api/v1/mentorships/" + java.util.UUID.randomUUID() + "/pause")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    private static String rawRequest(String head) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
