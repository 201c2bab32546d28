package fr.spyrales.training.library;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.training.library.LibraryAccess.Viewer;
import fr.spyrales.training.library.LibraryDtos.ResourceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The animateurs' review: publish a proposal (or a withdrawn resource again), reject a proposal, withdraw a
 * published resource. Each change takes the resource's row lock, so that two animateurs acting at once are checked
 * one after the other. Nobody publishes their own proposal.
 */
@ApplicationScoped
public class ResourceModeration {
    private final LibraryAccess access;
    private final ResourceViews views;
    private final Event<ResourceModerated> moderated;
    private final Event<CommunityNews> news;
    private final AuditLog audit;

    ResourceModeration(
            LibraryAccess access,
            ResourceViews views,
            Event<ResourceModerated> moderated,
            Event<CommunityNews> news,
            AuditLog audit) {
        this.access = access;
        this.views = views;
        this.moderated = moderated;
        this.news = news;
        this.audit = audit;
    }

    @Transactional
    public ResourceView publish(UUID id, Viewer viewer) {
        TrainingResource r = moderated(id, viewer);
        if (r.isProposedBy(viewer.id())) {
            throw LibraryRefusal.OWN_PROPOSAL.exception();
        }
        if (r.status != ResourceStatus.PROPOSED && r.status != ResourceStatus.WITHDRAWN) {
            throw LibraryRefusal.NOT_PUBLISHABLE.exception();
        }
        OffsetDateTime now = OffsetDateTime.now();
        r.status = ResourceStatus.PUBLISHED;
        boolean firstPublication = r.publishedAt == null;
        if (firstPublication) {
            r.publishedAt = now;
        }
        r.moderationNote = null;
        record(r, viewer, now, "Publiée");
        tellProposer(r, ResourceModerated.Kind.PUBLISHED, null);
        if (firstPublication) { // a withdrawn resource put back is not news
            news.fire(CommunityNews.of(CommunityNews.Type.RESOURCE_PUBLISHED, r.id));
        }
        return views.view(r, viewer);
    }

    @Transactional
    public ResourceView reject(UUID id, Viewer viewer, String reason) {
        TrainingResource r = moderated(id, viewer);
        if (r.status != ResourceStatus.PROPOSED) {
            throw LibraryRefusal.NOT_REJECTABLE.exception();
        }
        r.status = ResourceStatus.REJECTED;
        r.moderationNote = reason.strip();
        record(r, viewer, OffsetDateTime.now(), "Refusée");
        tellProposer(r, ResourceModerated.Kind.REJECTED, r.moderationNote);
        return views.view(r, viewer);
    }

    @Transactional
    public ResourceView withdraw(UUID id, Viewer viewer, String reason) {
        TrainingResource r = moderated(id, viewer);
        if (r.status != ResourceStatus.PUBLISHED) {
            throw LibraryRefusal.NOT_WITHDRAWABLE.exception();
        }
        r.status = ResourceStatus.WITHDRAWN;
        r.moderationNote = reason.strip();
        record(r, viewer, OffsetDateTime.now(), "Retirée");
        return views.view(r, viewer);
    }

    /** The resource, locked, when the caller is an animateur (404 first when they may not see it). */
    private TrainingResource moderated(UUID id, Viewer viewer) {
        TrainingResource r = access.locked(id, viewer);
        if (!viewer.animateur()) {
            throw LibraryRefusal.ANIMATEURS_ONLY.exception();
        }
        return r;
    }

    private void record(TrainingResource r, Viewer viewer, OffsetDateTime now, String decision) {
        audit.record(
                AuditAction.RESOURCE_REVIEWED,
                AuditActor.member(viewer.id()),
                AuditTarget.of("resource", r.id),
                decision);
        r.moderatedBy = viewer.id();
        r.moderatedAt = now;
        r.updatedAt = now;
    }

    private void tellProposer(TrainingResource r, ResourceModerated.Kind kind, String reason) {
        if (r.proposedBy != null) {
            moderated.fire(new ResourceModerated(kind, r.id, r.title, r.proposedBy, reason));
        }
    }
}
