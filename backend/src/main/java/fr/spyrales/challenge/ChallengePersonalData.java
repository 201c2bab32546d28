package fr.spyrales.challenge;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's entries to challenges, the kudos they gave, their comments, and the challenges they published.
 *
 * <p>On erasure, the member's entries are deleted, with the kudos and comments they received (an entry is its
 * author's own work: without its author's words and link nothing of it would be worth keeping), and so are the
 * kudos and comments the member gave (a comment is its author's words; a kudos only served them). The challenges
 * the member published stay: their texts are the community's exercises on open data, and their publisher, like the
 * highlights and comment deletions the member recorded as an animateur, now points to the anonymised member
 * (« Membre supprimé »). The same choice as projects: what is the community's stays, what is the member's goes.
 */
@ApplicationScoped
public class ChallengePersonalData implements PersonalDataSection<ChallengePersonalData.Challenges> {
    static final String KEY = "challenges";

    private final ChallengeRepository challenges;
    private final EntryRepository entries;
    private final KudosRepository kudos;
    private final EntryCommentRepository comments;

    ChallengePersonalData(
            ChallengeRepository challenges,
            EntryRepository entries,
            KudosRepository kudos,
            EntryCommentRepository comments) {
        this.challenges = challenges;
        this.entries = entries;
        this.kudos = kudos;
        this.comments = comments;
    }

    @Schema(
            name = "PersonalDataChallenges",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Challenges(
            @Schema(required = true, description = "Mes participations aux défis de « La Piscine ».")
            List<Entry> entries,

            @Schema(required = true, description = "Les bravos que j'ai donnés.")
            List<GivenKudos> kudosGiven,

            @Schema(required = true, description = "Mes commentaires sur les participations, supprimés compris.")
            List<Comment> comments,

            @Schema(required = true, description = "Les défis que j'ai publiés comme animateur.")
            List<Published> published) {}

    @Schema(name = "PersonalDataChallengeEntry")
    public record Entry(
            @Schema(required = true) UUID challengeId,
            @Schema(required = true) String challengeTitle,
            String link,
            @Schema(required = true) String text,
            @Schema(required = true) EntryLanguage language,
            @Schema(required = true) boolean vestiaire,
            String blockedBy,
            @Schema(required = true) boolean highlighted,
            @Schema(required = true) OffsetDateTime submittedAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(name = "PersonalDataChallengeKudos")
    public record GivenKudos(
            @Schema(required = true) UUID entryId,
            @Schema(required = true) OffsetDateTime givenAt) {}

    @Schema(name = "PersonalDataChallengeComment")
    public record Comment(
            @Schema(required = true) UUID entryId,
            @Schema(required = true) String body,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime deletedAt) {}

    @Schema(name = "PersonalDataChallengePublished")
    public record Published(
            @Schema(required = true) UUID challengeId,
            @Schema(required = true) String title,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Challenges export(UUID memberId) {
        List<ChallengeEntry> mine = entries.ofMember(memberId);
        Map<UUID, String> titles =
                challenges.titles(mine.stream().map(e -> e.challengeId).collect(Collectors.toSet()));
        return new Challenges(
                mine.stream()
                        .map(e -> new Entry(
                                e.challengeId,
                                titles.get(e.challengeId),
                                e.link,
                                e.text,
                                e.language,
                                e.vestiaire,
                                e.blockedBy,
                                e.isHighlighted(),
                                e.submittedAt,
                                e.updatedAt))
                        .toList(),
                kudos.ofMember(memberId).stream()
                        .map(k -> new GivenKudos(k.key.entryId(), k.givenAt))
                        .toList(),
                comments.ofAuthor(memberId).stream()
                        .map(c -> new Comment(c.entryId, c.body, c.createdAt, c.deletedAt))
                        .toList(),
                challenges.createdBy(memberId).stream()
                        .map(c -> new Published(c.id, c.title, c.createdAt))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        comments.deleteAllOf(id);
        kudos.deleteAllOf(id);
        entries.deleteAllOf(id);
    }
}
