package fr.spyrales.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Whatever the input, the answer is a problem+json with a French detail, never a 500. */
@QuarkusTest
class ErrorHandlingTest {
    @Inject
    TestAccounts accounts;

    @Test
    void malformedJson() {
        TestAccounts.anonymous().body("{\"email\": ").post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:spyrales:problem:malformed-request"))
                .body("detail", equalTo("Le corps de la requête n'est pas un JSON valide."))
                .body("instance", equalTo("/api/v1/auth/login"))
                .body(not(containsString("Exception")));
    }

    @Test
    void missingBody() {
        TestAccounts.anonymous().post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", equalTo("Le corps de la requête est obligatoire."));
    }

    @Test
    void wrongJsonShape() {
        TestAccounts.anonymous().body("[1, 2]").post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
        TestAccounts.anonymous().body("{\"email\": {\"a\": 1}, \"password\": \"x\"}").post("/api/v1/auth/login")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void unknownFieldAndUnknownEnumValue() {
        TestAccounts.Account me = accounts.member();
        me.as().body("{\"visibility\": \"SECRET\"}").patch("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("visibility"))
                .body("errors[0].message", containsString("COMMUNITY, PRIVATE"));
        me.as().body("{\"superPouvoir\": true}").patch("/api/v1/me")
                .then().statusCode(400).body("errors[0].field", equalTo("superPouvoir"))
                .body("errors[0].message", equalTo("Ce champ n'est pas reconnu."));
        me.as().body("{\"mentorCapacity\": \"beaucoup\"}").patch("/api/v1/me")
                .then().statusCode(400).body("errors[0].field", equalTo("mentorCapacity"));
    }

    @Test
    void wrongParameterTypes() {
        TestAccounts.Account me = accounts.member();
        me.as().get("/api/v1/members/pas-un-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("paramètre de la requête est mal formé"));
        me.as().get("/api/v1/members?page=abc").then().statusCode(400).contentType("application/problem+json");
        me.as().get("/api/v1/members?organization=123").then().statusCode(400).contentType("application/problem+json");
        me.as().get("/api/v1/members?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void unknownRouteAndWrongMethod() {
        given().get("/api/v1/n-existe-pas").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Aucune ressource à cette adresse."));
        given().get("/api/v2/rien").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/skills").then().statusCode(405).contentType("application/problem+json")
                .body("detail", containsString("méthode HTTP"));
    }

    @Test
    void unsupportedMediaType() {
        given().contentType(ContentType.TEXT).body("email=a").post("/api/v1/auth/login")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }
}
