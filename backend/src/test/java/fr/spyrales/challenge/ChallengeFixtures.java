package fr.spyrales.challenge;

import fr.spyrales.common.security.Roles;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds challenges and entries through the API, as animateurs and members would; moves a challenge's window in
 * the database (the clock every window is judged by), to open or close it now.
 */
@ApplicationScoped
public class ChallengeFixtures {
    public static final String CHALLENGES = "/api/v1/challenges";

    /** The stub's open dataset (Santé publique France, lov2): VERIFIED. */
    public static final String OPEN_DATASET =
            "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/";

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    /** A challenge with its participants. */
    public record Pool(UUID challenge, Account animateur, List<Account> entrants, List<UUID> entries) {}

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Nageur", m -> {});
    }

    public Account animateur() {
        return accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
    }

    public Account admin() {
        return accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
    }

    /** What an animateur sends for a challenge open now for a week; `changes` overrides or adds fields. */
    public static Map<String, Object> body(Map<String, Object> changes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Les hospitalisations par département",
                "task",
                "Quel département a connu le **pic** d'hospitalisations le plus tardif ?",
                "suggestedLevel",
                1,
                "suggestedLanguage",
                "BOTH",
                "dataset",
                Map.of("reference", OPEN_DATASET),
                "opensAt",
                now.minusHours(1).toString(),
                "closesAt",
                now.plusDays(7).toString()));
        body.putAll(changes);
        return body;
    }

    public UUID create(Account animateur, Map<String, Object> changes) {
        return UUID.fromString(animateur
                .as()
                .body(body(changes))
                .post(CHALLENGES)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A challenge open now. */
    public UUID open(Account animateur) {
        return create(animateur, Map.of());
    }

    /** A challenge that opens tomorrow. */
    public UUID upcoming(Account animateur) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return create(
                animateur,
                Map.of(
                        "opensAt", now.plusDays(1).toString(),
                        "closesAt", now.plusDays(8).toString()));
    }

    /** What a member sends for an entry; `changes` overrides or adds fields. */
    public static Map<String, Object> entry(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "link", "https://github.com/claire/piscine/blob/main/analyse.ipynb",
                "text", "Le pic le plus tardif est en Guyane.",
                "language", "PYTHON",
                "vestiaire", false));
        body.putAll(changes);
        return body;
    }

    /** The member's entry, submitted (201) or replaced (200). */
    public UUID enter(Account member, UUID challenge, Map<String, Object> changes) {
        return UUID.fromString(member.as()
                .body(entry(changes))
                .put(CHALLENGES + "/" + challenge + "/entries/me")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract()
                .path("id"));
    }

    /** An open challenge with an entry of each of `entrants` members. */
    public Pool pool(int entrants) {
        Account animateur = animateur();
        UUID challenge = open(animateur);
        List<Account> members = new java.util.ArrayList<>();
        List<UUID> entries = new java.util.ArrayList<>();
        for (int i = 0; i < entrants; i++) {
            Account member = member("Nageuse" + i);
            members.add(member);
            entries.add(enter(member, challenge, Map.of("text", "Ce que j'ai trouvé, numéro " + i + ".")));
        }
        return new Pool(challenge, animateur, members, entries);
    }

    /** The challenge closed a moment ago (after a week open), by the database's clock. */
    public void close(UUID challenge) {
        window(challenge, "now() - interval '8 days'", "now() - interval '1 millisecond'");
    }

    /** The challenge opened a moment ago, for a week. */
    public void reopen(UUID challenge) {
        window(challenge, "now() - interval '1 millisecond'", "now() + interval '7 days'");
    }

    /** Moves the challenge's window, both ends given as SQL expressions. */
    public void window(UUID challenge, String opensAt, String closesAt) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE challenge SET opens_at = " + opensAt + ", closes_at = "
                                + closesAt + " WHERE id = :id")
                        .setParameter("id", challenge)
                        .executeUpdate());
    }
}
