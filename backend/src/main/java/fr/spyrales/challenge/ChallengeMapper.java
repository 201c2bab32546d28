package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeDtos.ChallengeSummary;
import fr.spyrales.challenge.ChallengeDtos.ChallengeView;
import fr.spyrales.challenge.ChallengeDtos.CommentView;
import fr.spyrales.challenge.ChallengeDtos.EntryView;
import fr.spyrales.common.markdown.SafeMarkdown;
import fr.spyrales.opendata.DatasetView;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Challenges, entries and comments into records; names and counts are read by the services and passed in. */
final class ChallengeMapper {
    /** Challenges are published, opened and closed at the community's time: dates are shown at Paris time. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ChallengeMapper() {}

    /** What the viewer's standing is in a challenge, read at the database's clock. */
    record Standing(ChallengeState state, long entryCount, boolean myEntry) {}

    static ChallengeView view(Challenge c, DatasetView dataset, Standing standing, String publishedBy) {
        return new ChallengeView(
                c.id,
                c.title,
                c.task,
                SafeMarkdown.toHtml(c.task),
                c.suggestedLevel,
                c.suggestedLanguage,
                dataset,
                paris(c.opensAt),
                paris(c.closesAt),
                standing.state(),
                standing.entryCount(),
                standing.myEntry(),
                publishedBy,
                c.createdAt,
                c.updatedAt);
    }

    static ChallengeSummary summary(Challenge c, String datasetTitle, Standing standing) {
        return new ChallengeSummary(
                c.id,
                c.title,
                c.suggestedLevel,
                c.suggestedLanguage,
                datasetTitle,
                paris(c.opensAt),
                paris(c.closesAt),
                standing.state(),
                standing.entryCount(),
                standing.myEntry());
    }

    /** What others did with an entry: its kudos (and whether the viewer gave theirs), its comments. */
    record Reactions(long kudos, boolean kudosGivenByMe, long comments) {}

    static EntryView entry(ChallengeEntry e, String authorName, Reactions reactions) {
        return new EntryView(
                e.id,
                e.challengeId,
                e.memberId,
                authorName,
                e.link,
                e.text,
                e.language,
                e.vestiaire,
                e.blockedBy,
                e.isHighlighted(),
                reactions.kudos(),
                reactions.kudosGivenByMe(),
                reactions.comments(),
                e.submittedAt,
                e.updatedAt);
    }

    static CommentView comment(EntryComment c, String authorName) {
        return new CommentView(c.id, c.entryId, c.authorId, authorName, c.body, c.createdAt);
    }

    static OffsetDateTime paris(OffsetDateTime instant) {
        return instant.atZoneSameInstant(PARIS).toOffsetDateTime();
    }
}
