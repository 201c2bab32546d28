package fr.spyrales.training.path;

import fr.spyrales.common.security.Roles;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds library resources and learning paths through the API, as animateurs, mentors and members would. */
@ApplicationScoped
public class PathFixtures {
    public static final String PATHS = "/api/v1/paths";
    public static final String RESOURCES = "/api/v1/resources";

    @Inject
    TestAccounts accounts;

    /** A path with its author and its steps, in order. */
    public record Built(UUID path, Account author, List<UUID> steps, List<UUID> resources) {}

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Apprenant", m -> {});
    }

    /** A member who said in their profile that they can mentor: they may write paths. */
    public Account mentor(String firstName) {
        return accounts.quickMember(firstName, "Mentor", m -> {
            m.canMentor = true;
            m.mentorCapacity = (short) 2;
        });
    }

    public Account animateur() {
        return accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
    }

    /** A resource published at once, as an animateur proposes it. */
    public UUID publishedResource(Account animateur, String title) {
        return propose(animateur, title);
    }

    /** A resource proposed by a member, waiting for the animateurs. */
    public UUID proposedResource(Account member, String title) {
        return propose(member, title);
    }

    public void withdraw(Account animateur, UUID resource) {
        animateur
                .as()
                .body(Map.of("reason", "Le lien ne mène plus au cours."))
                .post(RESOURCES + "/" + resource + "/withdraw")
                .then()
                .statusCode(200);
    }

    private UUID propose(Account who, String title) {
        return UUID.fromString(who.as()
                .body(Map.of(
                        "title",
                        title,
                        "url",
                        "https://exemple.gouv.fr/cours/" + UUID.randomUUID(),
                        "type",
                        "COURSE",
                        "programmingLanguage",
                        "R",
                        "level",
                        "BEGINNER",
                        "topics",
                        List.of("statistiques"),
                        "contentLanguage",
                        "FR",
                        "durationMinutes",
                        60,
                        "free",
                        true))
                .post(RESOURCES)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** What an author sends; `changes` overrides or adds fields. */
    public static Map<String, Object> body(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title", "Débuter en analyse de données avec R",
                "goal", "Importer un fichier de l'Insee, le nettoyer et en tirer un premier graphique.",
                "level", "BEGINNER",
                "programmingLanguage", "R",
                "skills", List.of("statistiques", "dataviz"),
                "estimatedMinutes", 600));
        body.putAll(changes);
        return body;
    }

    public UUID draft(Account author, Map<String, Object> changes) {
        return UUID.fromString(author.as()
                .body(body(changes))
                .post(PATHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public UUID addStep(Account author, UUID path, UUID resource) {
        return UUID.fromString(author.as()
                .body(Map.of("resourceId", resource, "note", "Lisez surtout le **chapitre 2**."))
                .post(PATHS + "/" + path + "/steps")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public void publish(Account author, UUID path) {
        author.as().post(PATHS + "/" + path + "/publish").then().statusCode(200);
    }

    /** A draft by a new mentor, with {@code steps} published resources (added by a new animateur). */
    public Built draftWithSteps(int steps, Map<String, Object> changes) {
        Account author = mentor("Claire");
        Account animateur = animateur();
        UUID path = draft(author, changes);
        List<UUID> ids = new ArrayList<>();
        List<UUID> resources = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            UUID resource = publishedResource(animateur, "Cours de statistiques n° " + i + " " + UUID.randomUUID());
            resources.add(resource);
            ids.add(addStep(author, path, resource));
        }
        return new Built(path, author, ids, resources);
    }

    public Built published(int steps, Map<String, Object> changes) {
        Built built = draftWithSteps(steps, changes);
        publish(built.author(), built.path());
        return built;
    }

    public void follow(Account member, UUID path) {
        member.as().post(PATHS + "/" + path + "/follow").then().statusCode(204);
    }

    public void tick(Account member, UUID path, UUID step) {
        member.as().put(PATHS + "/" + path + "/steps/" + step + "/done").then().statusCode(204);
    }

    /** The step ids of the path, in the order of their positions, as its editor reads them. */
    public List<String> order(Account reader, UUID path) {
        return reader.as()
                .get(PATHS + "/" + path)
                .then()
                .statusCode(200)
                .extract()
                .path("steps.id");
    }
}
