package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.EntryInput;
import fr.spyrales.challenge.ChallengeDtos.EntryView;
import fr.spyrales.challenge.ChallengeMapper.Reactions;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.IdPage;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Entries: a member submits, edits and withdraws their own while the challenge is open; everyone reads them once it
 * is closed; animateurs then highlight some. Every write takes a shared lock on the challenge row first and judges
 * the window by the database's clock under it; the database's trigger judges the same window in the same statement.
 */
@ApplicationScoped
public class ChallengeEntries {
    private final ChallengeAccess access;
    private final EntryRepository entries;
    private final KudosRepository kudos;
    private final EntryCommentRepository comments;
    private final ChallengeViews views;
    private final Event<ChallengeNews> news;

    ChallengeEntries(
            ChallengeAccess access,
            EntryRepository entries,
            KudosRepository kudos,
            EntryCommentRepository comments,
            ChallengeViews views,
            Event<ChallengeNews> news) {
        this.access = access;
        this.entries = entries;
        this.kudos = kudos;
        this.comments = comments;
        this.views = views;
        this.news = news;
    }

    /** An entry as saved, and whether it was new. */
    public record Saved(EntryView entry, boolean created) {}

    @Transactional
    public EntryView mine(UUID challengeId, UUID memberId) {
        Challenge challenge = access.visible(challengeId);
        return view(entries.mine(challenge.id, memberId).orElseThrow(ChallengeEntries::noEntry), memberId);
    }

    /** Submits the member's entry, or replaces it, while the challenge is open. */
    @Transactional
    public Saved putMine(UUID challengeId, UUID memberId, EntryInput input) {
        Challenge challenge = access.lockedForEntry(challengeId);
        requireOpen(challenge, access.now());
        String link = ChallengeInput.optional(input.link());
        String text = input.text() == null ? "" : input.text().strip();
        if (link == null && text.isEmpty()) {
            throw ChallengeRefusal.TEXT_OR_LINK.exception();
        }
        String blockedBy = ChallengeInput.optional(input.blockedBy());
        if (blockedBy != null && !input.vestiaire()) {
            throw ChallengeRefusal.BLOCKED_OUTSIDE_VESTIAIRE.exception();
        }
        Optional<ChallengeEntry> existing = entries.mineForUpdate(challenge.id, memberId);
        OffsetDateTime now = OffsetDateTime.now();
        ChallengeEntry entry = existing.orElseGet(() -> {
            ChallengeEntry created = new ChallengeEntry();
            created.id = UUID.randomUUID();
            created.challengeId = challenge.id;
            created.memberId = memberId;
            created.submittedAt = now;
            return created;
        });
        entry.link = link;
        entry.text = text;
        entry.language = input.language();
        entry.vestiaire = input.vestiaire();
        entry.blockedBy = blockedBy;
        entry.updatedAt = now;
        if (existing.isEmpty()) {
            entries.persist(entry);
        }
        ConstraintConflicts.check(entries::flush, ChallengeRefusal.CONSTRAINTS);
        return new Saved(view(entry, memberId), existing.isEmpty());
    }

    /** The author withdraws their entry, while the challenge is open. */
    @Transactional
    public void withdrawMine(UUID challengeId, UUID memberId) {
        Challenge challenge = access.lockedForEntry(challengeId);
        requireOpen(challenge, access.now());
        entries.delete(entries.mineForUpdate(challenge.id, memberId).orElseThrow(ChallengeEntries::noEntry));
    }

    /**
     * The entries the viewer may see: until the challenge closes, only their own (the others' count is on the
     * challenge); then all of them, highlighted first, then by kudos.
     */
    @Transactional
    public PageResponse<EntryView> list(UUID challengeId, UUID viewerId, PageQuery query) {
        Challenge challenge = access.visible(challengeId);
        boolean closed = challenge.stateAt(access.now()) == ChallengeState.CLOSED;
        IdPage found = entries.page(challenge.id, closed ? null : viewerId, query.size, query.offset());
        if (found.ids().isEmpty()) {
            return new PageResponse<>(List.of(), query.page, query.size, found.total());
        }
        return new PageResponse<>(
                views(entries.loadInOrder(found.ids()), viewerId), query.page, query.size, found.total());
    }

    /** Animateurs highlight an entry (or take the highlight back) once the challenge is closed. */
    @Transactional
    public void highlight(UUID challengeId, UUID entryId, Viewer viewer, boolean highlighted) {
        if (!viewer.animateur()) {
            throw ApiException.forbidden("Seuls les animateurs mettent des participations en avant.");
        }
        Challenge challenge = access.visible(challengeId);
        OffsetDateTime now = access.now();
        ChallengeEntry entry = access.visibleEntryForUpdate(challenge, entryId, viewer.id(), now);
        requireClosed(challenge, now);
        if (highlighted && !entry.isHighlighted()) {
            entry.highlightedAt = OffsetDateTime.now();
            entry.highlightedBy = viewer.id();
            news.fire(new ChallengeNews(ChallengeNews.Kind.HIGHLIGHTED, challenge.id, challenge.title, entry.memberId));
        } else if (!highlighted) {
            entry.highlightedAt = null;
            entry.highlightedBy = null;
        }
    }

    EntryView view(ChallengeEntry entry, UUID viewerId) {
        return views(List.of(entry), viewerId).get(0);
    }

    /** These entries as the viewer sees them, with their authors' names and their reactions read in batches. */
    List<EntryView> views(List<ChallengeEntry> page, UUID viewerId) {
        List<UUID> ids = page.stream().map(e -> e.id).toList();
        Map<UUID, String> names = views.names(page.stream().map(e -> e.memberId).toList());
        Map<UUID, Long> kudosCounts = kudos.counts(ids);
        Set<UUID> given = kudos.givenBy(viewerId, ids);
        Map<UUID, Long> commentCounts = comments.counts(ids);
        return page.stream()
                .map(e -> ChallengeMapper.entry(
                        e,
                        names.get(e.memberId),
                        new Reactions(
                                kudosCounts.getOrDefault(e.id, 0L),
                                given.contains(e.id),
                                commentCounts.getOrDefault(e.id, 0L))))
                .toList();
    }

    static void requireOpen(Challenge challenge, OffsetDateTime now) {
        switch (challenge.stateAt(now)) {
            case UPCOMING -> throw ChallengeRefusal.NOT_OPEN_YET.exception();
            case CLOSED -> throw ChallengeRefusal.CLOSED.exception();
            case OPEN -> {}
        }
    }

    static void requireClosed(Challenge challenge, OffsetDateTime now) {
        if (challenge.stateAt(now) != ChallengeState.CLOSED) {
            throw ChallengeRefusal.NOT_CLOSED_YET.exception();
        }
    }

    private static ApiException noEntry() {
        return ApiException.notFound("Vous n'avez pas de participation à ce défi.");
    }
}
