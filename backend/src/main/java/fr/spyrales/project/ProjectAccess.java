package fr.spyrales.project;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may do what with a project. Every member sees the live projects; a deleted project does not exist for
 * anyone (404). Leads edit their project and answer the requests to join it; animateurs may archive it; admins
 * delete it.
 */
@ApplicationScoped
public class ProjectAccess {
    private final ProjectRepository projects;
    private final TeamRepository teams;

    ProjectAccess(ProjectRepository projects, TeamRepository teams) {
        this.projects = projects;
        this.teams = teams;
    }

    Project visible(UUID id) {
        return projects.findLive(id).orElseThrow(ProjectAccess::notFound);
    }

    /** The project when nobody deleted it, without refusing. */
    java.util.Optional<Project> live(UUID id) {
        return projects.findLive(id);
    }

    /** The title of the project when nobody deleted it: for the features that link to a project (events). */
    public java.util.Optional<String> liveTitle(UUID id) {
        return projects.findLive(id).map(p -> p.title);
    }

    /** The project, locked for a change to it or to its team. */
    Project locked(UUID id) {
        return projects.findLiveForUpdate(id).orElseThrow(ProjectAccess::notFound);
    }

    boolean isLead(UUID projectId, UUID memberId) {
        return teams.find(projectId, memberId).map(TeamMember::isLead).orElse(false);
    }

    void requireLead(UUID projectId, UUID memberId) {
        if (!isLead(projectId, memberId)) {
            throw ProjectRefusal.NOT_LEAD.exception();
        }
    }

    static ApiException notFound() {
        return ApiException.notFound("Ce projet n'existe pas ou a été supprimé.");
    }

    /** The caller: their id, and whether they are an animateur (who may archive) or an admin (who may delete). */
    public record Viewer(UUID id, boolean animateur, boolean admin) {
        public static Viewer of(UUID id, Predicate<String> hasRole) {
            return new Viewer(
                    id, hasRole.test(Roles.ANIMATEUR) || hasRole.test(Roles.ADMIN), hasRole.test(Roles.ADMIN));
        }
    }
}
