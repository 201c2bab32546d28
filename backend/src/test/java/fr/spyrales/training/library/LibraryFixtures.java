package fr.spyrales.training.library;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds resources of the library through the API, as members and animateurs would. */
@ApplicationScoped
public class LibraryFixtures {
    public static final String RESOURCES = "/api/v1/resources";

    @Inject
    TestAccounts accounts;

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Bibliothèque", m -> {});
    }

    public Account animateur(String firstName) {
        return accounts.quickMember(firstName, "Animation", m -> m.extraRoles.add("animateur"));
    }

    /** An address nobody else in the test run proposes. */
    public static String uniqueUrl() {
        return "https://formation.example.fr/cours/" + UUID.randomUUID();
    }

    /** What a member sends, at a fresh address; `changes` overrides or adds fields. */
    public static Map<String, Object> body(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title", "Économétrie appliquée avec R",
                "url", uniqueUrl(),
                "type", "COURSE",
                "programmingLanguage", "R",
                "level", "INTERMEDIATE",
                "topics", List.of("econometrie", "r"),
                "contentLanguage", "FR",
                "durationMinutes", 240,
                "free", true,
                "description", "Un cours **complet**, avec des exercices corrigés."));
        body.put("author", "Insee");
        body.putAll(changes);
        return body;
    }

    public UUID propose(Account proposer, Map<String, Object> changes) {
        return UUID.fromString(proposer.as()
                .body(body(changes))
                .post(RESOURCES)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public void publish(Account animateur, UUID resource) {
        animateur.as().post(RESOURCES + "/" + resource + "/publish").then().statusCode(200);
    }

    public void reject(Account animateur, UUID resource) {
        animateur
                .as()
                .body(Map.of("reason", "Ce contenu est payant sans que ce soit indiqué."))
                .post(RESOURCES + "/" + resource + "/reject")
                .then()
                .statusCode(200);
    }

    public void withdraw(Account animateur, UUID resource) {
        animateur
                .as()
                .body(Map.of("reason", "Le lien ne fonctionne plus."))
                .post(RESOURCES + "/" + resource + "/withdraw")
                .then()
                .statusCode(200);
    }

    /** A resource published at once by an animateur (their proposals skip the review). */
    public UUID published(Map<String, Object> changes) {
        return propose(animateur("Karim"), changes);
    }

    /** A member's proposal, waiting for review; answers the proposer and the resource. */
    public Proposed proposed(Map<String, Object> changes) {
        Account proposer = member("Léa");
        return new Proposed(proposer, propose(proposer, changes));
    }

    public record Proposed(Account proposer, UUID resource) {}
}
