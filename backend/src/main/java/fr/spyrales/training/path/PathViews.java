package fr.spyrales.training.path;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.SearchWords;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.training.path.PathAccess.Viewer;
import fr.spyrales.training.path.PathDtos.Author;
import fr.spyrales.training.path.PathDtos.PathStep;
import fr.spyrales.training.path.PathDtos.PathSummary;
import fr.spyrales.training.path.PathDtos.PathView;
import fr.spyrales.training.path.PathDtos.Progress;
import fr.spyrales.training.path.PathDtos.StepResource;
import fr.spyrales.training.path.PathMapper.Counts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads paths: one with its steps, a page of a list, the paths I follow, the suggestions. */
@ApplicationScoped
public class PathViews {
    static final int SUGGESTIONS = 3;

    private final PathAccess access;
    private final LearningPathRepository paths;
    private final PathStepRepository steps;
    private final PathFollowRepository follows;
    private final PathSearchRepository search;
    private final StepResources resources;
    private final MemberRepository members;

    PathViews(
            PathAccess access,
            LearningPathRepository paths,
            PathStepRepository steps,
            PathFollowRepository follows,
            PathSearchRepository search,
            StepResources resources,
            MemberRepository members) {
        this.access = access;
        this.paths = paths;
        this.steps = steps;
        this.follows = follows;
        this.search = search;
        this.resources = resources;
        this.members = members;
    }

    @Transactional
    public PathView get(UUID id, Viewer viewer) {
        return view(access.visible(id, viewer), viewer);
    }

    @Transactional
    public PageResponse<PathSummary> list(PathQuery query, Viewer viewer) {
        IdPage found = search.search(query, SearchWords.of(query.q), viewer.id());
        return new PageResponse<>(summaries(found.ids(), viewer.id()), query.page, query.size, found.total());
    }

    @Transactional
    public PageResponse<PathSummary> followed(PageQuery page, Viewer viewer) {
        IdPage found = search.followedBy(viewer.id(), page.size, page.offset());
        return new PageResponse<>(summaries(found.ids(), viewer.id()), page.page, page.size, found.total());
    }

    @Transactional
    public List<PathSummary> suggestions(Viewer viewer) {
        return summaries(search.suggestions(viewer.id(), SUGGESTIONS), viewer.id());
    }

    @Transactional
    public PathStep step(UUID pathId, UUID stepId, Viewer viewer) {
        access.visible(pathId, viewer);
        LearningPathStep step = steps.findInPath(pathId, stepId).orElseThrow(PathSteps::stepNotFound);
        boolean done = follows.follows(pathId, viewer.id())
                && steps.doneIn(pathId, viewer.id()).contains(step.id);
        return PathMapper.step(step, resources.byId(step.resourceId).orElseThrow(), done);
    }

    /** The path as the viewer sees it, within the caller's transaction. */
    PathView view(LearningPath path, Viewer viewer) {
        List<LearningPathStep> ordered = steps.stepsOf(path.id);
        Map<UUID, StepResource> byId =
                resources.byIds(ordered.stream().map(s -> s.resourceId).toList());
        boolean following = follows.follows(path.id, viewer.id());
        Set<UUID> done = following ? steps.doneIn(path.id, viewer.id()) : Set.of();
        List<PathStep> shown = ordered.stream()
                .map(s -> PathMapper.step(s, byId.get(s.resourceId), done.contains(s.id)))
                .toList();
        Counts counts = new Counts(
                ordered.size(),
                paths.followerCounts(List.of(path.id)).getOrDefault(path.id, 0),
                following ? Progress.of(done.size(), ordered.size()) : null);
        return PathMapper.view(
                path, author(authors(List.of(path)), path), counts, shown, PathAccess.mayEdit(path, viewer));
    }

    /** The summaries of these paths, in this order. */
    private List<PathSummary> summaries(List<UUID> ids, UUID viewerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<LearningPath> found = paths.loadInOrder(ids);
        Map<UUID, Integer> stepCounts = paths.stepCounts(ids);
        Map<UUID, Integer> followers = paths.followerCounts(ids);
        Set<UUID> followed = follows.followedAmong(ids, viewerId);
        Map<UUID, Integer> done = followed.isEmpty() ? Map.of() : paths.doneCounts(followed, viewerId);
        Map<UUID, Author> authors = authors(found);
        return found.stream()
                .map(p -> {
                    int total = stepCounts.getOrDefault(p.id, 0);
                    Progress mine = followed.contains(p.id) ? Progress.of(done.getOrDefault(p.id, 0), total) : null;
                    return PathMapper.summary(
                            p, author(authors, p), new Counts(total, followers.getOrDefault(p.id, 0), mine));
                })
                .toList();
    }

    /** The author of the path, or null once their account was erased. */
    private static Author author(Map<UUID, Author> authors, LearningPath path) {
        return path.authorId == null ? null : authors.get(path.authorId);
    }

    private Map<UUID, Author> authors(List<LearningPath> found) {
        Map<UUID, Author> authors = new HashMap<>();
        members.displayNames(found.stream().map(p -> p.authorId).toList())
                .forEach((id, name) -> authors.put(id, new Author(id, name)));
        return authors;
    }
}
