package fr.spyrales.training.library;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may see and change a resource. Published and withdrawn resources are seen by every member; a proposed or
 * rejected one only by its proposer and the animateurs (404 for everyone else, so identifiers cannot be probed).
 * The proposer edits while it is proposed or rejected; animateurs always, and they moderate others' proposals.
 */
@ApplicationScoped
class LibraryAccess {
    private final TrainingResourceRepository resources;

    LibraryAccess(TrainingResourceRepository resources) {
        this.resources = resources;
    }

    TrainingResource visible(UUID id, Viewer viewer) {
        return resources.findByIdOptional(id).filter(r -> canSee(r, viewer)).orElseThrow(LibraryAccess::notFound);
    }

    /** The resource, locked for a change to it or to its ratings. */
    TrainingResource locked(UUID id, Viewer viewer) {
        return resources.findForUpdate(id).filter(r -> canSee(r, viewer)).orElseThrow(LibraryAccess::notFound);
    }

    static boolean canSee(TrainingResource resource, Viewer viewer) {
        return resource.status == ResourceStatus.PUBLISHED
                || resource.status == ResourceStatus.WITHDRAWN
                || viewer.animateur()
                || resource.isProposedBy(viewer.id());
    }

    static boolean canEdit(TrainingResource resource, Viewer viewer) {
        return viewer.animateur()
                || (resource.isProposedBy(viewer.id())
                        && (resource.status == ResourceStatus.PROPOSED || resource.status == ResourceStatus.REJECTED));
    }

    static boolean canModerate(TrainingResource resource, Viewer viewer) {
        return viewer.animateur() && !resource.isProposedBy(viewer.id());
    }

    /** The moderation note is for the proposer and the animateurs. */
    static boolean seesModerationNote(TrainingResource resource, Viewer viewer) {
        return viewer.animateur() || resource.isProposedBy(viewer.id());
    }

    static ApiException notFound() {
        return ApiException.notFound("Cette ressource n'existe pas ou n'est pas visible.");
    }

    /** The caller: their id, and whether they moderate the library (animateurs and admins). */
    public record Viewer(UUID id, boolean animateur) {
        public static Viewer of(UUID id, Predicate<String> hasRole) {
            return new Viewer(id, hasRole.test(Roles.ANIMATEUR) || hasRole.test(Roles.ADMIN));
        }
    }
}
