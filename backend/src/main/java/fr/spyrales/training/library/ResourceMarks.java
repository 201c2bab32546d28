package fr.spyrales.training.library;

import fr.spyrales.training.library.LibraryAccess.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A member's bookmarks (« Ma liste ») and « done » marks. Both are idempotent. A resource is bookmarked while
 * published (a withdrawn one stays in the lists that hold it) and marked done once published.
 */
@ApplicationScoped
public class ResourceMarks {
    private final LibraryAccess access;
    private final ResourceMarkRepository marks;

    ResourceMarks(LibraryAccess access, ResourceMarkRepository marks) {
        this.access = access;
        this.marks = marks;
    }

    @Transactional
    public void bookmark(UUID id, Viewer viewer) {
        TrainingResource r = access.visible(id, viewer);
        if (marks.isBookmarked(id, viewer.id())) {
            return;
        }
        if (r.status != ResourceStatus.PUBLISHED) {
            throw LibraryRefusal.NOT_BOOKMARKABLE.exception();
        }
        marks.bookmark(id, viewer.id());
    }

    @Transactional
    public void unbookmark(UUID id, Viewer viewer) {
        access.visible(id, viewer);
        marks.unbookmark(id, viewer.id());
    }

    @Transactional
    public void markDone(UUID id, Viewer viewer) {
        TrainingResource r = access.visible(id, viewer);
        if (!r.wasPublished()) {
            throw LibraryRefusal.NOT_YET_PUBLISHED.exception();
        }
        marks.markDone(id, viewer.id());
    }

    @Transactional
    public void unmarkDone(UUID id, Viewer viewer) {
        access.visible(id, viewer);
        marks.unmarkDone(id, viewer.id());
    }
}
