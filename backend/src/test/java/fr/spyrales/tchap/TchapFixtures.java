package fr.spyrales.tchap;

import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds Tchap rooms through the API, as animateurs would. */
@ApplicationScoped
public class TchapFixtures {
    public static final String ROOMS = "/api/v1/tchap/rooms";

    /** A room id nobody else in the test run uses. */
    public static String newRoomId() {
        return "!" + UUID.randomUUID().toString().replace("-", "").substring(0, 18) + ":agent.tchap.gouv.fr";
    }

    /**
     * What an animateur sends for a room on Tchap's homeserver; `changes` overrides or adds fields. It announces
     * nothing unless `newsTypes` says so, so that it receives no notice of other tests' news.
     */
    public static Map<String, Object> body(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Spyrales — annonces");
        body.put("homeserverUrl", "https://matrix.agent.tchap.gouv.fr");
        body.put("roomId", newRoomId());
        body.put(
                "accessToken", "syt_c3B5cmFsZXM_" + UUID.randomUUID().toString().replace("-", ""));
        body.put("newsTypes", List.of());
        body.putAll(changes);
        return body;
    }

    public UUID create(Account animateur, Map<String, Object> changes) {
        return UUID.fromString(animateur
                .as()
                .body(body(changes))
                .post(ROOMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
