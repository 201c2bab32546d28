package fr.spyrales.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryTest {
    @Test
    void answersAreGzippedForClientsThatAcceptIt() {
        given().header("Accept-Encoding", "gzip")
                .get("/api/v1/skills")
                .then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .body("items[0].code", equalTo("python"));
    }

    @Test
    void hashedAssetsAreCachedForAYearAndThePageIsAlwaysRevalidated() {
        given().get("/assets/absent-0000.js")
                .then()
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get("/").then().header("Cache-Control", equalTo("no-cache"));
    }
}
