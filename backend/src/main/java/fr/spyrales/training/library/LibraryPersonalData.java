package fr.spyrales.training.library;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's proposals to the library, their ratings, bookmarks and « done » marks.
 *
 * <p>On erasure, the proposals that were never published are deleted; the resources that were published stay (the
 * community's, and ratings and paths point to them) and no longer name their proposer. The member's ratings are
 * removed and the averages of the resources they rated recomputed, under each resource's row lock; their bookmarks
 * and done marks are removed.
 */
@ApplicationScoped
public class LibraryPersonalData implements PersonalDataSection<LibraryPersonalData.Library> {
    static final String KEY = "library";

    private final TrainingResourceRepository resources;
    private final ResourceMarkRepository marks;

    LibraryPersonalData(TrainingResourceRepository resources, ResourceMarkRepository marks) {
        this.resources = resources;
        this.marks = marks;
    }

    @Schema(
            name = "PersonalDataLibrary",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Library(
            @Schema(required = true, description = "Les ressources que j'ai proposées.")
            List<Proposal> proposals,

            @Schema(required = true, description = "Mes notes de ressources.")
            List<Rating> ratings,

            @Schema(required = true, description = "Ma liste de ressources.")
            List<Mark> bookmarks,

            @Schema(required = true, description = "Les ressources que j'ai marquées terminées.")
            List<Mark> done) {}

    @Schema(name = "PersonalDataResourceProposal")
    public record Proposal(
            @Schema(required = true) UUID resourceId,
            @Schema(required = true) String title,
            @Schema(required = true) String url,
            @Schema(required = true) ResourceStatus status,
            @Schema(required = true) OffsetDateTime proposedAt,
            String moderationNote) {}

    @Schema(name = "PersonalDataResourceRating")
    public record Rating(
            @Schema(required = true) UUID resourceId,
            @Schema(required = true) String title,
            @Schema(required = true) int stars,
            String comment,
            @Schema(required = true) OffsetDateTime ratedAt) {}

    @Schema(name = "PersonalDataResourceMark")
    public record Mark(
            @Schema(required = true) UUID resourceId,
            @Schema(required = true) String title,
            @Schema(required = true) OffsetDateTime at) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Library export(UUID memberId) {
        List<ResourceMarkRepository.RatingRow> ratings = marks.ratingsBy(memberId);
        List<ResourceMarkRepository.MarkRow> bookmarks = marks.bookmarksOf(memberId);
        List<ResourceMarkRepository.MarkRow> done = marks.doneOf(memberId);
        Set<UUID> ids = Stream.of(
                        ratings.stream().map(ResourceMarkRepository.RatingRow::resourceId),
                        bookmarks.stream().map(ResourceMarkRepository.MarkRow::resourceId),
                        done.stream().map(ResourceMarkRepository.MarkRow::resourceId))
                .flatMap(s -> s)
                .collect(Collectors.toSet());
        Map<UUID, String> titles = resources.byIds(ids).stream().collect(Collectors.toMap(r -> r.id, r -> r.title));
        return new Library(
                resources.proposedBy(memberId).stream()
                        .map(r -> new Proposal(r.id, r.title, r.url, r.status, r.proposedAt, r.moderationNote))
                        .toList(),
                ratings.stream()
                        .sorted(java.util.Comparator.comparing(ResourceMarkRepository.RatingRow::ratedAt))
                        .map(r -> new Rating(
                                r.resourceId(), titles.get(r.resourceId()), r.stars(), r.comment(), r.ratedAt()))
                        .toList(),
                bookmarks.stream()
                        .map(m -> new Mark(m.resourceId(), titles.get(m.resourceId()), m.at()))
                        .toList(),
                done.stream()
                        .map(m -> new Mark(m.resourceId(), titles.get(m.resourceId()), m.at()))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        for (TrainingResource r : resources.lockProposedBy(id)) {
            if (r.wasPublished()) {
                r.proposedBy = null;
            } else {
                resources.delete(r);
            }
        }
        resources.flush();
        // The rated resources are locked first, in one order, as a rating locks its resource before its row.
        List<UUID> rated = marks.ratingsBy(id).stream()
                .map(ResourceMarkRepository.RatingRow::resourceId)
                .distinct()
                .sorted()
                .toList();
        rated.forEach(resources::findForUpdate);
        marks.deleteRatingsBy(id);
        rated.forEach(marks::recomputeRating);
        marks.deleteMarksOf(id);
    }
}
