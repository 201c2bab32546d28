package fr.spyrales.training.library;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.IdPage;
import fr.spyrales.common.KeysetOrder;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.SearchWords;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.training.library.LibraryAccess.Viewer;
import fr.spyrales.training.library.LibraryDtos.FacetCount;
import fr.spyrales.training.library.LibraryDtos.MemberRef;
import fr.spyrales.training.library.LibraryDtos.MyRating;
import fr.spyrales.training.library.LibraryDtos.ResourceFacets;
import fr.spyrales.training.library.LibraryDtos.ResourceProposal;
import fr.spyrales.training.library.LibraryDtos.ResourceSearchPage;
import fr.spyrales.training.library.LibraryDtos.ResourceSummary;
import fr.spyrales.training.library.LibraryDtos.ResourceView;
import fr.spyrales.training.library.LibraryDtos.UrlCheck;
import fr.spyrales.training.library.LibraryDtos.UrlMatch;
import fr.spyrales.training.library.ResourceMapper.Marks;
import fr.spyrales.training.library.ResourceSearchRepository.Search;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What members read of the library: the search with its facets, a resource, the lists of proposals and marks. */
@ApplicationScoped
public class ResourceViews {
    private final LibraryAccess access;
    private final TrainingResourceRepository resources;
    private final ResourceSearchRepository search;
    private final ResourceMarkRepository marks;
    private final MemberRepository members;

    ResourceViews(
            LibraryAccess access,
            TrainingResourceRepository resources,
            ResourceSearchRepository search,
            ResourceMarkRepository marks,
            MemberRepository members) {
        this.access = access;
        this.resources = resources;
        this.search = search;
        this.marks = marks;
        this.members = members;
    }

    @Transactional
    public ResourceSearchPage search(ResourceQuery query, Viewer viewer) {
        Search s = search.search(query, SearchWords.of(query.q));
        KeysetOrder order = ResourceSort.of(query.sort, s.ranked()).order(s.ranked());
        // A cursor that is not this order's is refused before the counts start beside the page.
        List<Object> position = query.position(order);
        CompletableFuture<FacetCells> counting = search.facetCells(s, query);
        IdPage.Slice page = search.page(s, order, position, query.size, query.offset());
        FacetCells cells = done(counting);
        List<ResourceSummary> items = summaries(resources.loadInOrder(page.ids()), viewer);
        return new ResourceSearchPage(items, query.page, query.size, cells.total(), facets(cells, query), page.next());
    }

    /** The result of a count run beside the page; its failure is the search's. */
    private static <T> T done(CompletableFuture<T> count) {
        try {
            return count.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ResourceFacets facets(FacetCells cells, ResourceQuery query) {
        Map<String, Long> topics = cells.topics();
        ResourceSearchRepository.topics(query.topic).forEach(t -> topics.putIfAbsent(t, 0L));
        List<FacetCount> topicFacet = topics.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList();
        return new ResourceFacets(
                cells.types(), cells.languages(), cells.levels(), topicFacet, cells.contentLanguages(), cells.free());
    }

    @Transactional
    public ResourceView get(UUID id, Viewer viewer) {
        return view(access.visible(id, viewer), viewer);
    }

    /** The resource as the caller sees it; runs inside the caller's transaction. */
    ResourceView view(TrainingResource r, Viewer viewer) {
        Marks own = marksOf(viewer.id(), List.of(r.id)).apply(r.id);
        MyRating myRating = marks.rating(r.id, viewer.id())
                .map(row -> new MyRating(row.stars(), row.comment()))
                .orElse(null);
        return ResourceMapper.view(
                r,
                own,
                r.proposedBy == null ? null : names(List.of(r.proposedBy)).get(r.proposedBy),
                myRating,
                LibraryAccess.seesModerationNote(r, viewer),
                LibraryAccess.canEdit(r, viewer),
                LibraryAccess.canModerate(r, viewer));
    }

    /** Whether the address is already in the library, naming the resource when the caller may see it. */
    @Transactional
    public UrlCheck checkUrl(String url, Viewer viewer) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalidField("url", "Indiquez l'adresse à vérifier.");
        }
        String normalized = ResourceEditing.normalizedUrl(url);
        return resources
                .findLiveByNormalizedUrl(normalized)
                .map(existing -> new UrlCheck(
                        normalized,
                        LibraryAccess.canSee(existing, viewer)
                                ? new UrlMatch(existing.id, existing.title, existing.status)
                                : null,
                        true))
                .orElseGet(() -> new UrlCheck(normalized, null, false));
    }

    /** The proposals waiting for review, oldest first (animateurs). */
    @Transactional
    public PageResponse<ResourceProposal> proposals(PageQuery page, Viewer viewer) {
        if (!viewer.animateur()) {
            throw LibraryRefusal.ANIMATEURS_ONLY.exception();
        }
        var query = resources
                .find("status = ?1 order by proposedAt, id", ResourceStatus.PROPOSED)
                .page(Page.of(page.page, page.size));
        return proposalPage(query.list(), query.count(), page, viewer);
    }

    /** What the caller proposed, in any state, newest first. */
    @Transactional
    public PageResponse<ResourceProposal> mine(PageQuery page, Viewer viewer) {
        var query = resources
                .find("proposedBy = ?1 order by proposedAt desc, id", viewer.id())
                .page(Page.of(page.page, page.size));
        return proposalPage(query.list(), query.count(), page, viewer);
    }

    /** The caller's bookmarks, newest first; a withdrawn resource stays, with its state. */
    @Transactional
    public PageResponse<ResourceSummary> bookmarks(PageQuery page, Viewer viewer) {
        var ids = marks.bookmarks(viewer.id(), page.size, page.offset());
        return new PageResponse<>(
                summaries(resources.loadInOrder(ids.ids()), viewer), page.page, page.size, ids.total());
    }

    List<ResourceSummary> summaries(List<TrainingResource> list, Viewer viewer) {
        Function<UUID, Marks> own =
                marksOf(viewer.id(), list.stream().map(r -> r.id).toList());
        return list.stream()
                .map(r -> ResourceMapper.summary(r, own.apply(r.id)))
                .toList();
    }

    private PageResponse<ResourceProposal> proposalPage(
            List<TrainingResource> list, long total, PageQuery page, Viewer viewer) {
        Function<UUID, Marks> own =
                marksOf(viewer.id(), list.stream().map(r -> r.id).toList());
        Map<UUID, MemberRef> proposers =
                names(list.stream().map(r -> r.proposedBy).collect(Collectors.toSet()));
        return new PageResponse<>(
                list.stream()
                        .map(r -> ResourceMapper.proposal(r, own.apply(r.id), proposers.get(r.proposedBy)))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    private Function<UUID, Marks> marksOf(UUID memberId, Collection<UUID> ids) {
        Set<UUID> bookmarked = marks.bookmarkedAmong(memberId, ids);
        Set<UUID> done = marks.doneAmong(memberId, ids);
        return id -> new Marks(bookmarked.contains(id), done.contains(id));
    }

    /** The members by id, named for display (an erased member is not named: their id is emptied on erasure). */
    Map<UUID, MemberRef> names(Collection<UUID> ids) {
        Map<UUID, MemberRef> named = new java.util.HashMap<>();
        members.displayNames(ids).forEach((id, name) -> named.put(id, new MemberRef(id, name)));
        return named;
    }
}
