package fr.spyrales.project;

import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.opendata.DatasetCheck;
import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.DatasetReviewed;
import fr.spyrales.opendata.DatasetState;
import fr.spyrales.opendata.DatasetView;
import fr.spyrales.opendata.Datasets;
import fr.spyrales.opendata.OpenDataGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The datasets a project declares. Each one is checked by the open-data guard before any transaction opens (the
 * guard may wait a few seconds for data.gouv.fr), then stored through opendata's {@link Datasets} beside the
 * project's link, under the project's row lock: only leads add and remove, at most {@link #MAX_DATASETS}, one
 * data.gouv.fr dataset once (the database backs both).
 */
@ApplicationScoped
public class ProjectDatasets {
    static final int MAX_DATASETS = 20;

    /** At most this many datasets in the request that creates a project. */
    static final int MAX_AT_CREATION = 10;

    private static final Logger LOG = Logger.getLogger(ProjectDatasets.class);

    private final ProjectAccess access;
    private final ProjectDatasetRepository links;
    private final TeamRepository teams;
    private final Datasets datasets;
    private final OpenDataGuard guard;
    private final Event<ProjectTeamNews> news;

    ProjectDatasets(
            ProjectAccess access,
            ProjectDatasetRepository links,
            TeamRepository teams,
            Datasets datasets,
            OpenDataGuard guard,
            Event<ProjectTeamNews> news) {
        this.access = access;
        this.links = links;
        this.teams = teams;
        this.datasets = datasets;
        this.guard = guard;
        this.news = news;
    }

    /** A project's datasets, for any member who sees the project. */
    @Transactional
    public List<DatasetView> list(UUID projectId) {
        access.visible(projectId);
        return of(projectId);
    }

    /** A lead declares a dataset: 422 when it is not open data, and then nothing is stored. */
    public DatasetView add(UUID projectId, UUID memberId, DatasetInput input) {
        QuarkusTransaction.requiringNew().run(() -> {
            access.visible(projectId);
            access.requireLead(projectId, memberId);
        });
        guard.throttle(memberId, 1);
        DatasetCheck check = guard.check(input);
        check.unlessRefused(input.fieldOf(check));
        return QuarkusTransaction.requiringNew().call(() -> {
            access.locked(projectId);
            access.requireLead(projectId, memberId);
            if (links.countOf(projectId) >= MAX_DATASETS) {
                throw ProjectRefusal.TOO_MANY_DATASETS.exception();
            }
            UUID datasetId = declare(projectId, check, memberId);
            ConstraintConflicts.check(links::flush, ProjectRefusal.CONSTRAINTS);
            return datasets.view(datasetId).orElseThrow();
        });
    }

    /** A lead takes a dataset out of the project; the dataset goes with its declaration. */
    @Transactional
    public void remove(UUID projectId, UUID datasetId, UUID memberId) {
        access.locked(projectId);
        access.requireLead(projectId, memberId);
        ProjectDataset link =
                links.find(projectId, datasetId).orElseThrow(ProjectRefusal.DATASET_NOT_DECLARED::exception);
        links.delete(link);
        links.flush();
        datasets.discard(datasetId);
    }

    /**
     * The checks of the datasets given when creating a project, run before its transaction: one problem naming each
     * refused one ({@code datasets[i]}) refuses the whole creation.
     */
    List<DatasetCheck> checkAtCreation(UUID creator, List<DatasetInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        guard.throttle(creator, inputs.size());
        return DatasetCheck.unlessAnyRefused(inputs.stream().map(guard::check).toList(), "datasets");
    }

    /** Stores a checked dataset and links it to the project, within the caller's transaction. */
    UUID declare(UUID projectId, DatasetCheck check, UUID memberId) {
        if (check.datagouvId() != null && links.declares(projectId, check.datagouvId())) {
            throw ProjectRefusal.DATASET_ALREADY_DECLARED.exception();
        }
        UUID datasetId = datasets.record(check, memberId);
        links.persist(ProjectDataset.of(projectId, datasetId, memberId));
        return datasetId;
    }

    /** A project's datasets, in the order they were added, within the caller's transaction. */
    List<DatasetView> of(UUID projectId) {
        return datasets.views(
                links.ofProject(projectId).stream().map(l -> l.datasetId).toList());
    }

    /** How many datasets of each of these projects wait for a review, in two queries. */
    Map<UUID, Integer> toReview(Collection<UUID> projectIds) {
        List<ProjectDataset> declared = links.ofProjects(projectIds);
        Map<UUID, DatasetState> states = datasets
                .views(declared.stream().map(l -> l.datasetId).toList())
                .stream()
                .collect(Collectors.toMap(DatasetView::id, DatasetView::state));
        return declared.stream()
                .filter(l -> states.get(l.datasetId) == DatasetState.TO_REVIEW)
                .collect(Collectors.groupingBy(l -> l.projectId, Collectors.summingInt(l -> 1)));
    }

    /**
     * The leads hear that a dataset of their project was confirmed or refused (after the review committed: a failure
     * here is logged, the review stands).
     */
    void onReviewed(@Observes DatasetReviewed reviewed) {
        if (reviewed.state() == DatasetState.TO_REVIEW) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> tellLeads(reviewed));
        } catch (RuntimeException e) {
            LOG.warnf(
                    e,
                    "The leads of the project declaring dataset %s were not told of its review",
                    reviewed.datasetId());
        }
    }

    private void tellLeads(DatasetReviewed reviewed) {
        Optional<ProjectDataset> link = links.findByIdOptional(reviewed.datasetId());
        if (link.isEmpty()) {
            return;
        }
        Optional<Project> project = access.live(link.get().projectId);
        if (project.isEmpty()) {
            return;
        }
        List<UUID> leads = teams.teamOf(project.get().id).stream()
                .filter(TeamMember::isLead)
                .map(TeamMember::memberId)
                .toList();
        news.fire(new ProjectTeamNews(
                reviewed.state() == DatasetState.VERIFIED
                        ? ProjectTeamNews.Kind.DATASET_VERIFIED
                        : ProjectTeamNews.Kind.DATASET_REFUSED,
                project.get().id,
                project.get().title,
                leads,
                reviewed.reviewerId() == null ? null : reviewed.note()));
    }
}
