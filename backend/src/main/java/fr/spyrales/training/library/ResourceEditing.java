package fr.spyrales.training.library;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.referential.SkillRepository;
import fr.spyrales.training.library.LibraryAccess.Viewer;
import fr.spyrales.training.library.LibraryDtos.ResourceInput;
import fr.spyrales.training.library.LibraryDtos.ResourceUpdate;
import fr.spyrales.training.library.LibraryDtos.ResourceView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Proposes, edits and deletes resources. A member's proposal waits for an animateur; an animateur's is published at
 * once. An address is in the library once (after normalisation): the service looks for it first, and the unique
 * index on the normalised address settles two proposals racing for it — the second is told which resource holds it.
 */
@ApplicationScoped
public class ResourceEditing {
    /** The detail the unique index's violation gets before it is turned into the caller's own refusal. */
    private static final String URL_TAKEN = "training_resource_url_key";

    private final LibraryAccess access;
    private final TrainingResourceRepository resources;
    private final SkillRepository skills;
    private final ResourceViews views;
    private final jakarta.enterprise.event.Event<CommunityNews> news;

    ResourceEditing(
            LibraryAccess access,
            TrainingResourceRepository resources,
            SkillRepository skills,
            ResourceViews views,
            jakarta.enterprise.event.Event<CommunityNews> news) {
        this.access = access;
        this.resources = resources;
        this.skills = skills;
        this.views = views;
        this.news = news;
    }

    public ResourceView propose(Viewer viewer, ResourceInput body) {
        return propose(viewer, body, null);
    }

    /**
     * A proposal; {@code partnerClient} names the partner client that sent it (a client is no member: the proposal
     * then has no member proposer, and is moderated like a member's).
     */
    public ResourceView propose(Viewer viewer, ResourceInput body, UUID partnerClient) {
        String normalized = normalizedUrl(body.url());
        String[] topics = topics(body.topics());
        return refusingDuplicates(normalized, viewer, () -> store(viewer, body, normalized, topics, partnerClient));
    }

    private ResourceView store(
            Viewer viewer, ResourceInput body, String normalized, String[] topics, UUID partnerClient) {
        resources.findLiveByNormalizedUrl(normalized).ifPresent(existing -> {
            throw LibraryRefusal.duplicate(existing, LibraryAccess.canSee(existing, viewer));
        });
        OffsetDateTime now = OffsetDateTime.now();
        TrainingResource r = new TrainingResource();
        r.id = UUID.randomUUID();
        r.title = body.title().strip();
        r.url = body.url().strip();
        r.normalizedUrl = normalized;
        r.type = body.type();
        r.programmingLanguage = body.programmingLanguage();
        r.level = body.level();
        r.topics = topics;
        r.contentLanguage = body.contentLanguage();
        r.durationMinutes = body.durationMinutes();
        r.free = body.free();
        r.author = blankToNull(body.author());
        r.description = body.description() == null ? "" : body.description();
        r.proposedBy = partnerClient == null ? viewer.id() : null;
        r.proposedByClient = partnerClient;
        r.proposedAt = now;
        r.updatedAt = now;
        if (viewer.animateur() && partnerClient == null) {
            r.status = ResourceStatus.PUBLISHED;
            r.publishedAt = now;
            r.moderatedBy = viewer.id();
            r.moderatedAt = now;
        } else {
            r.status = ResourceStatus.PROPOSED;
        }
        resources.persist(r);
        ConstraintConflicts.check(resources::flush, Map.of(URL_TAKEN, URL_TAKEN));
        if (r.status == ResourceStatus.PUBLISHED) {
            news.fire(CommunityNews.of(CommunityNews.Type.RESOURCE_PUBLISHED, r.id));
        }
        return views.view(r, viewer);
    }

    /**
     * The proposer edits while the resource is proposed or rejected (a rejected one goes back to review); animateurs
     * always. A new address is checked for duplicates like a proposal.
     */
    public ResourceView update(UUID id, Viewer viewer, ResourceUpdate body) {
        String normalized = body.url() == null ? null : normalizedUrl(body.url());
        String[] topics = body.topics() == null ? null : topics(body.topics());
        return refusingDuplicates(normalized, viewer, () -> apply(id, viewer, body, normalized, topics));
    }

    private ResourceView apply(UUID id, Viewer viewer, ResourceUpdate body, String normalized, String[] topics) {
        TrainingResource r = access.locked(id, viewer);
        if (!LibraryAccess.canEdit(r, viewer)) {
            throw LibraryRefusal.NOT_EDITABLE.exception();
        }
        // Edited after a rejection by its proposer: back to the animateurs, and the address is taken again.
        boolean backToReview = r.status == ResourceStatus.REJECTED && r.isProposedBy(viewer.id());
        String target = normalized == null ? r.normalizedUrl : normalized;
        // Looked up before any change: the lookup would otherwise flush the change first.
        if (backToReview || !target.equals(r.normalizedUrl)) {
            resources
                    .findLiveByNormalizedUrl(target)
                    .filter(existing -> !existing.id.equals(r.id))
                    .ifPresent(existing -> {
                        throw LibraryRefusal.duplicate(existing, LibraryAccess.canSee(existing, viewer));
                    });
        }
        if (normalized != null) {
            r.url = body.url().strip();
            r.normalizedUrl = normalized;
        }
        if (backToReview) {
            r.status = ResourceStatus.PROPOSED;
            r.moderationNote = null;
        }
        if (body.title() != null) {
            r.title = body.title().strip();
        }
        if (body.type() != null) {
            r.type = body.type();
        }
        if (body.programmingLanguage() != null) {
            r.programmingLanguage = body.programmingLanguage();
        }
        if (body.level() != null) {
            r.level = body.level();
        }
        if (topics != null) {
            r.topics = topics;
        }
        if (body.contentLanguage() != null) {
            r.contentLanguage = body.contentLanguage();
        }
        if (body.durationMinutes() != null) {
            r.durationMinutes = body.durationMinutes() == 0 ? null : body.durationMinutes();
        }
        if (body.free() != null) {
            r.free = body.free();
        }
        if (body.description() != null) {
            r.description = body.description();
        }
        if (body.author() != null) {
            r.author = blankToNull(body.author());
        }
        r.updatedAt = OffsetDateTime.now();
        ConstraintConflicts.check(resources::flush, Map.of(URL_TAKEN, URL_TAKEN));
        return views.view(r, viewer);
    }

    /**
     * The proposer or an animateur deletes a resource that was never published; one that was is only withdrawn
     * (ratings and paths point to it).
     */
    @Transactional
    public void delete(UUID id, Viewer viewer) {
        TrainingResource r = access.locked(id, viewer);
        if (!r.isProposedBy(viewer.id()) && !viewer.animateur()) {
            throw LibraryRefusal.NOT_DELETABLE.exception();
        }
        if (r.wasPublished()) {
            throw LibraryRefusal.PUBLISHED_NEVER_DELETED.exception();
        }
        resources.delete(r);
    }

    /**
     * Runs the write in its own transaction; when the unique index refuses the address (another proposal took it
     * meanwhile), tells the caller which resource holds it, read afresh after the failed transaction.
     */
    private ResourceView refusingDuplicates(String normalized, Viewer viewer, Supplier<ResourceView> write) {
        try {
            return QuarkusTransaction.requiringNew().call(write::get);
        } catch (ApiException e) {
            if (!URL_TAKEN.equals(e.getMessage())) {
                throw e;
            }
            ApiException refusal = QuarkusTransaction.requiringNew()
                    .call(() -> java.util.Optional.ofNullable(normalized)
                            .flatMap(resources::findLiveByNormalizedUrl)
                            .map(existing -> LibraryRefusal.duplicate(existing, LibraryAccess.canSee(existing, viewer)))
                            .orElseGet(LibraryRefusal.DUPLICATE_UNDER_REVIEW::exception));
            throw refusal;
        }
    }

    static String normalizedUrl(String url) {
        return ResourceUrls.normalize(url)
                .orElseThrow(() -> ApiException.invalidField("url", "Cette adresse n'est pas valide."));
    }

    /** Skill codes of the referential, trimmed and in lower case, without duplicates. */
    private String[] topics(List<String> topics) {
        Set<String> known = skills.byCode().keySet();
        String[] codes = topics.stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toArray(String[]::new);
        for (String code : codes) {
            if (!known.contains(code)) {
                throw ApiException.invalidField(
                        "topics", "Thème inconnu : « " + code + " ». Choisissez parmi les compétences (GET /skills).");
            }
        }
        return codes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
