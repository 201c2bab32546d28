package fr.spyrales.training.library;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.training.library.LibraryAccess.Viewer;
import fr.spyrales.training.library.LibraryDtos.RatingInput;
import fr.spyrales.training.library.LibraryDtos.RatingView;
import fr.spyrales.training.library.ResourceMarkRepository.RatingRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Ratings: one per member and resource, on published resources only. The resource's rating sum and count change
 * with the rating in one transaction, under the resource's row lock, so that concurrent ratings keep them exact.
 */
@ApplicationScoped
public class ResourceRatings {
    private final LibraryAccess access;
    private final ResourceMarkRepository marks;

    ResourceRatings(LibraryAccess access, ResourceMarkRepository marks) {
        this.access = access;
        this.marks = marks;
    }

    @Transactional
    public PageResponse<RatingView> list(UUID id, PageQuery page, Viewer viewer) {
        access.visible(id, viewer);
        return new PageResponse<>(
                marks.ratingsOf(id, page.size, page.offset()).stream()
                        .map(row -> view(row, viewer))
                        .toList(),
                page.page,
                page.size,
                marks.countRatings(id));
    }

    @Transactional
    public RatingView rate(UUID id, Viewer viewer, RatingInput body) {
        TrainingResource r = access.locked(id, viewer);
        if (r.status != ResourceStatus.PUBLISHED) {
            throw LibraryRefusal.NOT_RATABLE.exception();
        }
        String comment = body.comment() == null || body.comment().isBlank()
                ? null
                : body.comment().strip();
        marks.rate(id, viewer.id(), body.stars(), comment);
        marks.recomputeRating(id);
        return marks.rating(id, viewer.id()).map(row -> view(row, viewer)).orElseThrow();
    }

    /** Idempotent: without a rating, nothing changes. */
    @Transactional
    public void deleteMine(UUID id, Viewer viewer) {
        access.locked(id, viewer);
        if (marks.deleteRating(id, viewer.id())) {
            marks.recomputeRating(id);
        }
    }

    private static RatingView view(RatingRow row, Viewer viewer) {
        return new RatingView(
                row.memberId(),
                row.displayName(),
                row.stars(),
                row.comment(),
                row.ratedAt(),
                row.memberId().equals(viewer.id()));
    }
}
