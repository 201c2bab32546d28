package fr.spyrales.training.path;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may see and change a path. Published and archived paths are read by every member (followers keep theirs
 * after it is archived, a goal may point to it); a draft only by its author and the animateurs, and it does not
 * exist for anyone else (404). The author and the animateurs (admins included) edit it.
 */
@ApplicationScoped
public class PathAccess {
    private final LearningPathRepository paths;

    PathAccess(LearningPathRepository paths) {
        this.paths = paths;
    }

    LearningPath visible(UUID id, Viewer viewer) {
        return paths.findByIdOptional(id).filter(p -> mayRead(p, viewer)).orElseThrow(PathAccess::notFound);
    }

    /** The path, locked for a change to it or to its steps. */
    LearningPath locked(UUID id, Viewer viewer) {
        return paths.findForUpdate(id).filter(p -> mayRead(p, viewer)).orElseThrow(PathAccess::notFound);
    }

    /** The path, share-locked: it cannot change state while a member starts following it. */
    LearningPath shareLocked(UUID id, Viewer viewer) {
        return paths.findForShare(id).filter(p -> mayRead(p, viewer)).orElseThrow(PathAccess::notFound);
    }

    /** The path, locked, when the viewer may edit it; archived paths are changed only by publishing them again. */
    LearningPath lockedForEditing(UUID id, Viewer viewer) {
        LearningPath path = locked(id, viewer);
        requireEditor(path, viewer);
        if (path.status == PathStatus.ARCHIVED) {
            throw PathRefusal.ARCHIVED.exception();
        }
        return path;
    }

    void requireEditor(LearningPath path, Viewer viewer) {
        if (!mayEdit(path, viewer)) {
            throw PathRefusal.NOT_EDITOR.exception();
        }
    }

    static boolean mayRead(LearningPath path, Viewer viewer) {
        return path.status != PathStatus.DRAFT || mayEdit(path, viewer);
    }

    static boolean mayEdit(LearningPath path, Viewer viewer) {
        return viewer.animateur() || path.isAuthor(viewer.id());
    }

    Optional<LearningPath> published(UUID id) {
        return paths.findByIdOptional(id).filter(p -> p.status == PathStatus.PUBLISHED);
    }

    static ApiException notFound() {
        return ApiException.notFound("Ce parcours n'existe pas, ou n'est pas encore publié.");
    }

    /** The caller: their id, and whether they are an animateur or an admin (who edit every path). */
    public record Viewer(UUID id, boolean animateur) {
        public static Viewer of(UUID id, Predicate<String> hasRole) {
            return new Viewer(id, hasRole.test(Roles.ANIMATEUR) || hasRole.test(Roles.ADMIN));
        }
    }
}
