package fr.spyrales.challenge;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.CommentCreate;
import fr.spyrales.challenge.ChallengeDtos.CommentView;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What members do with the entries once a challenge is closed: kudos (one per member and entry, never on one's own)
 * and kind comments. The database backs both rules (the kudos' key, triggers on the window and the author).
 */
@ApplicationScoped
public class EntryReactions {
    private final ChallengeAccess access;
    private final KudosRepository kudos;
    private final EntryCommentRepository comments;
    private final ChallengeViews views;
    private final Event<ChallengeNews> news;
    private final AuditLog audit;

    EntryReactions(
            ChallengeAccess access,
            KudosRepository kudos,
            EntryCommentRepository comments,
            ChallengeViews views,
            Event<ChallengeNews> news,
            AuditLog audit) {
        this.access = access;
        this.kudos = kudos;
        this.comments = comments;
        this.views = views;
        this.news = news;
        this.audit = audit;
    }

    /** Gives the member's kudos, once however many times it is asked. */
    @Transactional
    public void giveKudos(UUID challengeId, UUID entryId, UUID memberId) {
        Challenge challenge = access.visible(challengeId);
        OffsetDateTime now = access.now();
        ChallengeEntry entry = access.visibleEntry(challenge, entryId, memberId, now);
        if (entry.memberId.equals(memberId)) {
            throw ChallengeRefusal.OWN_ENTRY.exception();
        }
        ChallengeEntries.requireClosed(challenge, now);
        ConstraintConflicts.check(() -> kudos.give(entry.id, memberId), ChallengeRefusal.CONSTRAINTS);
    }

    /** Takes the member's kudos back; nothing happens when there were none. */
    @Transactional
    public void takeBackKudos(UUID challengeId, UUID entryId, UUID memberId) {
        Challenge challenge = access.visible(challengeId);
        ChallengeEntry entry = access.visibleEntry(challenge, entryId, memberId, access.now());
        kudos.takeBack(entry.id, memberId);
    }

    /** The entry's comments, the oldest first (none before the challenge closes). */
    @Transactional
    public PageResponse<CommentView> comments(UUID challengeId, UUID entryId, UUID viewerId, PageQuery query) {
        Challenge challenge = access.visible(challengeId);
        ChallengeEntry entry = access.visibleEntry(challenge, entryId, viewerId, access.now());
        PanacheQuery<EntryComment> page = comments.liveOf(entry.id, query.page, query.size);
        List<EntryComment> found = page.list();
        Map<UUID, String> names =
                views.names(found.stream().map(c -> c.authorId).toList());
        return new PageResponse<>(
                found.stream()
                        .map(c -> ChallengeMapper.comment(c, names.get(c.authorId)))
                        .toList(),
                query.page,
                query.size,
                page.count());
    }

    @Transactional
    public CommentView comment(UUID challengeId, UUID entryId, UUID authorId, CommentCreate body) {
        Challenge challenge = access.visible(challengeId);
        OffsetDateTime now = access.now();
        ChallengeEntry entry = access.visibleEntry(challenge, entryId, authorId, now);
        ChallengeEntries.requireClosed(challenge, now);
        EntryComment comment = new EntryComment();
        comment.id = UUID.randomUUID();
        comment.entryId = entry.id;
        comment.authorId = authorId;
        comment.body = body.body().strip();
        comment.createdAt = OffsetDateTime.now();
        comments.persist(comment);
        ConstraintConflicts.check(comments::flush, ChallengeRefusal.CONSTRAINTS);
        if (!entry.memberId.equals(authorId)) {
            news.fire(new ChallengeNews(ChallengeNews.Kind.COMMENTED, challenge.id, challenge.title, entry.memberId));
        }
        return ChallengeMapper.comment(comment, views.names(List.of(authorId)).get(authorId));
    }

    /** Its author deletes their comment, animateurs any comment: it disappears, who deleted it when is recorded. */
    @Transactional
    public void deleteComment(UUID challengeId, UUID entryId, UUID commentId, Viewer viewer) {
        Challenge challenge = access.visible(challengeId);
        ChallengeEntry entry = access.visibleEntry(challenge, entryId, viewer.id(), access.now());
        EntryComment comment = comments.liveInEntryForUpdate(entry.id, commentId)
                .orElseThrow(() -> ApiException.notFound("Ce commentaire n'existe pas ou a été supprimé."));
        if (!comment.authorId.equals(viewer.id()) && !viewer.animateur()) {
            throw ChallengeRefusal.NOT_COMMENT_AUTHOR.exception();
        }
        comment.deletedAt = OffsetDateTime.now();
        comment.deletedBy = viewer.id();
        if (!comment.authorId.equals(viewer.id())) {
            audit.record(
                    AuditAction.COMMENT_MODERATED,
                    AuditActor.member(viewer.id()),
                    AuditTarget.of("challenge_comment", comment.id),
                    "Participation " + entry.id);
        }
    }
}
