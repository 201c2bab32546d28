package fr.spyrales.training.library;

import fr.spyrales.common.markdown.SafeMarkdown;
import fr.spyrales.training.library.LibraryDtos.MemberRef;
import fr.spyrales.training.library.LibraryDtos.MyRating;
import fr.spyrales.training.library.LibraryDtos.ResourceProposal;
import fr.spyrales.training.library.LibraryDtos.ResourceSummary;
import fr.spyrales.training.library.LibraryDtos.ResourceView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/** Turns resources, read by the services, into the API's records. */
final class ResourceMapper {
    private ResourceMapper() {}

    /** What the caller's own marks say about the resource. */
    record Marks(boolean bookmarked, boolean done) {}

    static ResourceSummary summary(TrainingResource r, Marks marks) {
        return new ResourceSummary(
                r.id,
                r.title,
                r.url,
                r.type,
                r.programmingLanguage,
                r.level,
                topics(r),
                r.contentLanguage,
                r.durationMinutes,
                r.free,
                r.author,
                r.status,
                average(r.ratingSum, r.ratingCount),
                r.ratingCount,
                marks.bookmarked(),
                marks.done());
    }

    static ResourceView view(
            TrainingResource r,
            Marks marks,
            MemberRef proposer,
            MyRating myRating,
            boolean showNote,
            boolean canEdit,
            boolean canModerate) {
        String description = r.description == null ? "" : r.description;
        return new ResourceView(
                r.id,
                r.title,
                r.url,
                r.type,
                r.programmingLanguage,
                r.level,
                topics(r),
                r.contentLanguage,
                r.durationMinutes,
                r.free,
                r.author,
                r.status,
                average(r.ratingSum, r.ratingCount),
                r.ratingCount,
                marks.bookmarked(),
                marks.done(),
                description,
                SafeMarkdown.toHtml(description),
                proposer,
                r.proposedAt,
                r.publishedAt,
                showNote ? r.moderationNote : null,
                myRating,
                canEdit,
                canModerate);
    }

    static ResourceProposal proposal(TrainingResource r, Marks marks, MemberRef proposer) {
        return new ResourceProposal(
                r.id,
                r.title,
                r.url,
                r.type,
                r.programmingLanguage,
                r.level,
                topics(r),
                r.contentLanguage,
                r.durationMinutes,
                r.free,
                r.author,
                r.status,
                average(r.ratingSum, r.ratingCount),
                r.ratingCount,
                marks.bookmarked(),
                marks.done(),
                proposer,
                r.proposedAt,
                r.moderationNote);
    }

    /** The average of the ratings, to one decimal; none without a rating. */
    static BigDecimal average(int sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    static List<String> topics(TrainingResource r) {
        return r.topics == null ? List.of() : Arrays.asList(r.topics);
    }
}
