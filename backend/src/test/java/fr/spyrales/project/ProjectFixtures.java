package fr.spyrales.project;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds projects and teams through the API, as their members would. */
@ApplicationScoped
public class ProjectFixtures {
    public static final String PROJECTS = "/api/v1/projects";

    @Inject
    TestAccounts accounts;

    /** A project with its lead, and the members it took in. */
    public record Team(UUID project, Account lead, List<Account> members) {}

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Projet", m -> {});
    }

    /** What a creator sends, with the attestation; `changes` overrides or adds fields. */
    public static Map<String, Object> body(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title", "Suivi de l'épidémie de COVID-19",
                "summary", "Des tableaux de bord à partir des données hospitalières de Santé publique France.",
                "description", "## Objectif\n\nSuivre les **hospitalisations** par département.",
                "topics", List.of("Santé", "épidémiologie"),
                "languages", "PYTHON",
                "welcomesBeginners", true,
                "status", "RECRUITING",
                "repositoryUrl", "https://github.com/spyrales/suivi-covid",
                "skillsSought", List.of(Map.of("skillCode", "python", "level", 2)),
                "openDataAttestation", true));
        body.putAll(changes);
        return body;
    }

    public UUID create(Account lead, Map<String, Object> changes) {
        return UUID.fromString(lead.as()
                .body(body(changes))
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public UUID create(Account lead) {
        return create(lead, Map.of());
    }

    public UUID askToJoin(Account member, UUID project) {
        return UUID.fromString(member.as()
                .body(Map.of("message", "Bonjour, je débute en Python et j'aimerais participer."))
                .post(PROJECTS + "/" + project + "/join-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public void accept(Account lead, UUID project, UUID request) {
        lead.as()
                .post(PROJECTS + "/" + project + "/join-requests/" + request + "/accept")
                .then()
                .statusCode(200);
    }

    /** The member asks and the lead accepts. */
    public void join(Account member, Account lead, UUID project) {
        accept(lead, project, askToJoin(member, project));
    }

    public void promote(Account lead, UUID project, Account member) {
        lead.as()
                .post(PROJECTS + "/" + project + "/members/" + member.id() + "/promote")
                .then()
                .statusCode(200);
    }

    /** data.gouv.fr's COVID-19 hospital data under Licence Ouverte (VERIFIED), by its id, as the stub serves it. */
    public static final String COVID_ID = "5e7e104ace2080d9162b61d8";

    /** A dataset under a licence its producer wrote (« other-open »): it waits for an animateur. */
    public static final String OTHER_OPEN = "decisions-de-justice-anonymisees";

    /** The lead declares a data.gouv.fr dataset; answers its id. */
    public UUID addDataset(Account lead, UUID project, String reference) {
        return UUID.fromString(lead.as()
                .body(Map.of("reference", reference))
                .post(PROJECTS + "/" + project + "/datasets")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A project whose lead took in `others` members. */
    public Team team(int others, Map<String, Object> changes) {
        Account lead = member("Nadia");
        UUID project = create(lead, changes);
        List<Account> members = new java.util.ArrayList<>();
        for (int i = 0; i < others; i++) {
            Account member = member("Membre" + i);
            join(member, lead, project);
            members.add(member);
        }
        return new Team(project, lead, members);
    }
}
