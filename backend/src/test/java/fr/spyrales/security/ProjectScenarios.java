package fr.spyrales.security;

import fr.spyrales.project.ProjectFixtures;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Contexts of the project operations: a fresh project whose owner is its lead, with a team member, a second lead
 * (who may be demoted, and lets the owner leave) and a request to join waiting for an answer.
 */
@ApplicationScoped
public class ProjectScenarios {
    @Inject
    ProjectFixtures projects;

    @Inject
    Cast cast;

    /** The project, its lead (the owner), a plain team member, a second lead and a pending request. */
    record Context(UUID project, Account lead, Account teamMember, Account coLead, UUID request) {}

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry(
                        "createProject",
                        (caller, row) -> Call.by(cast.who(caller)).body(ProjectFixtures.body(Map.of()))),
                Map.entry(
                        "listProjects",
                        (caller, row) -> Call.by(cast.who(caller)).query("q", "épidémie")),
                Map.entry("getProject", onProject((c, call) -> call)),
                Map.entry(
                        "updateProject",
                        onProject((c, call) -> call.body(Map.of("summary", "Un résumé revu par l'équipe.")))),
                Map.entry("deleteProject", onProject((c, call) -> call)),
                Map.entry(
                        "requestToJoinProject",
                        onProject((c, call) -> call.body(Map.of("message", "Puis-je rejoindre l'équipe ?")))),
                Map.entry("listProjectJoinRequests", onProject((c, call) -> call)),
                Map.entry("getProjectJoinRequest", onProject((c, call) -> call.path("requestId", c.request()))),
                Map.entry("acceptProjectJoinRequest", onProject((c, call) -> call.path("requestId", c.request()))),
                Map.entry(
                        "declineProjectJoinRequest",
                        onProject((c, call) -> call.path("requestId", c.request())
                                .body(Map.of("reason", "L'équipe est au complet pour l'instant.")))),
                Map.entry("leaveProject", onProject((c, call) -> call)),
                Map.entry(
                        "promoteProjectMember",
                        onProject((c, call) ->
                                call.path("memberId", c.teamMember().id()))),
                Map.entry(
                        "demoteProjectMember",
                        onProject((c, call) -> call.path("memberId", c.coLead().id()))),
                Map.entry(
                        "checkDataset",
                        (caller, row) -> Call.by(cast.who(caller)).body(Map.of("reference", ProjectFixtures.COVID_ID))),
                Map.entry("listProjectDatasets", onDataset(ProjectFixtures.COVID_ID, (c, d, call) -> call)),
                Map.entry(
                        "addProjectDataset",
                        onProject((c, call) -> call.body(Map.of("reference", ProjectFixtures.COVID_ID)))),
                Map.entry(
                        "removeProjectDataset",
                        onDataset(ProjectFixtures.COVID_ID, (c, d, call) -> call.path("datasetId", d))),
                Map.entry("listDatasetReviews", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry(
                        "reviewDataset",
                        onDataset(
                                ProjectFixtures.OTHER_OPEN,
                                (c, d, call) -> call.path("id", d)
                                        .body(Map.of(
                                                "decision", "CONFIRM", "note", "Licence lue : elle est ouverte.")))),
                Map.entry("recheckDataset", onDataset(ProjectFixtures.COVID_ID, (c, d, call) -> call.path("id", d))),
                Map.entry("reportProject", onProject((c, call) -> call.body(Map.of("reason", "ABANDONED")))),
                Map.entry("listProjectReports", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("decideProjectReport", (caller, row) -> {
                    Account reporter = projects.member("Léa");
                    UUID report = UUID.fromString(reporter.as()
                            .body(Map.of("reason", "NOT_OPEN_DATA", "comment", "Un fichier nominatif est publié."))
                            .post(ProjectFixtures.PROJECTS + "/" + projects.create(projects.member("Nadia"))
                                    + "/reports")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, reporter)))
                            .path("id", report)
                            .body(Map.of("decision", "DISMISS", "note", "Les données sont sous Licence Ouverte."));
                }),
                Map.entry(
                        "closeProjectFromConsole",
                        onProject((c, call) -> call.body(Map.of("reason", "Plus aucune activité depuis un an.")))),
                Map.entry(
                        "appointProjectLead",
                        onProject((c, call) -> call.body(
                                Map.of("memberId", c.teamMember().id(), "reason", "Elle connaît le mieux le code.")))));
    }

    @FunctionalInterface
    interface OnDataset {
        Call complete(Context context, UUID dataset, Call call);
    }

    /** On a project that declares this data.gouv.fr dataset (its lead is the owner). */
    private Scenario onDataset(String reference, OnDataset complete) {
        return onProject(
                (c, call) -> complete.complete(c, projects.addDataset(c.lead(), c.project(), reference), call));
    }

    private Scenario onProject(java.util.function.BiFunction<Context, Call, Call> complete) {
        return (caller, row) -> {
            Context context = context();
            Account who = cast.who(caller, Map.of(Caller.OWNER, context.lead()));
            return complete.apply(context, Call.by(who).path("id", context.project()));
        };
    }

    private Context context() {
        ProjectFixtures.Team team = projects.team(2, Map.of());
        Account coLead = team.members().get(1);
        projects.promote(team.lead(), team.project(), coLead);
        UUID request = projects.askToJoin(projects.member("Léa"), team.project());
        return new Context(team.project(), team.lead(), team.members().get(0), coLead, request);
    }
}
