package fr.spyrales.opendata;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.opendata.DatasetDtos.ReviewDecision;
import fr.spyrales.opendata.DatasetDtos.ReviewInput;
import fr.spyrales.opendata.DatasetDtos.ReviewItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The animateurs' review of datasets « à vérifier », and re-checks on data.gouv.fr. A re-check asks data.gouv.fr
 * outside any transaction, then stores what it learnt under the dataset's row lock. {@link DatasetReviewed} is fired
 * once the change has committed, when a review or a re-check settled the dataset (VERIFIED or REFUSED).
 */
@ApplicationScoped
public class DatasetReviews {
    static final String CONFIRMED = "Vérifié par un·e animateur·rice : ce sont bien des données ouvertes.";
    static final String REFUSED = "Refusé par un·e animateur·rice : ce ne sont pas des données ouvertes au sens de la"
            + " règle de la communauté (voir sa note).";

    private final DatasetRepository datasets;
    private final OpenDataGuard guard;
    private final OpenDataConfig config;
    private final Instance<DatasetUsage> usages;
    private final Event<DatasetReviewed> reviewed;
    private final AuditLog audit;

    DatasetReviews(
            DatasetRepository datasets,
            OpenDataGuard guard,
            OpenDataConfig config,
            Instance<DatasetUsage> usages,
            Event<DatasetReviewed> reviewed,
            AuditLog audit) {
        this.datasets = datasets;
        this.guard = guard;
        this.config = config;
        this.usages = usages;
        this.reviewed = reviewed;
        this.audit = audit;
    }

    /** The datasets « à vérifier », oldest declaration first, each with the projects and challenges declaring it. */
    @Transactional
    public PageResponse<ReviewItem> queue(PageQuery page) {
        List<Dataset> waiting = datasets.toReview(page.page, page.size);
        List<UUID> ids = waiting.stream().map(d -> d.id).toList();
        Map<UUID, List<DatasetUser>> users = ids.isEmpty()
                ? Map.of()
                : usages.stream()
                        .flatMap(u -> u.usersOf(ids).stream())
                        .collect(Collectors.groupingBy(DatasetUser::datasetId));
        return new PageResponse<>(
                waiting.stream()
                        .map(d -> new ReviewItem(
                                DatasetMapper.view(d), d.declaredAt, users.getOrDefault(d.id, List.of())))
                        .toList(),
                page.page,
                page.size,
                datasets.countToReview());
    }

    /** An animateur confirms or refuses a dataset « à vérifier » (409 when it is not, or no longer, waiting). */
    public DatasetView review(UUID id, UUID reviewerId, ReviewInput input) {
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        if (input.decision() == ReviewDecision.REFUSE && note == null) {
            throw ReviewRefusal.NOTE_REQUIRED.exception();
        }
        DatasetView view = QuarkusTransaction.requiringNew().call(() -> {
            Dataset dataset = datasets.findForUpdate(id).orElseThrow(ReviewRefusal::notFound);
            if (dataset.state != DatasetState.TO_REVIEW) {
                throw ReviewRefusal.NOT_TO_REVIEW.exception();
            }
            boolean confirmed = input.decision() == ReviewDecision.CONFIRM;
            dataset.state = confirmed ? DatasetState.VERIFIED : DatasetState.REFUSED;
            dataset.pending = null;
            dataset.reason = confirmed ? CONFIRMED : REFUSED;
            dataset.reviewedBy = reviewerId;
            dataset.reviewedAt = OffsetDateTime.now();
            dataset.reviewNote = note;
            audit.record(
                    AuditAction.DATASET_REVIEWED,
                    AuditActor.member(reviewerId),
                    AuditTarget.of("dataset", id),
                    confirmed ? "Confirmé" : "Refusé");
            return DatasetMapper.view(dataset);
        });
        reviewed.fire(new DatasetReviewed(id, view.state(), note, reviewerId));
        return view;
    }

    /**
     * Asks data.gouv.fr again about a dataset it publishes, for an animateur or for a member whom a declaring
     * feature allows ({@link DatasetUsage#mayRecheck}: the leads of a project that declares it).
     */
    public DatasetView recheck(UUID id, UUID memberId, boolean animateur) {
        DataGouvReference reference = QuarkusTransaction.requiringNew().call(() -> {
            Dataset dataset = datasets.findByIdOptional(id).orElseThrow(ReviewRefusal::notFound);
            if (!animateur && usages.stream().noneMatch(u -> u.mayRecheck(id, memberId))) {
                throw ReviewRefusal.MAY_NOT_RECHECK.exception();
            }
            return referenceOf(dataset).orElseThrow(ReviewRefusal.NOT_ON_DATAGOUV::exception);
        });
        guard.throttle(memberId, 1);
        return settle(id, guard.check(reference.idOrSlug())).orElseThrow(ReviewRefusal::notFound);
    }

    /**
     * One run of the re-check job: claims a batch of datasets stored while data.gouv.fr did not answer, and asks
     * again about each. Safe on several instances (each claims its own rows).
     *
     * @return how many of them data.gouv.fr answered for
     */
    public int recheckUnreachable() {
        OpenDataConfig.Recheck settings = config.recheck();
        List<UUID> claimed = QuarkusTransaction.requiringNew()
                .call(() -> datasets.claimUnreachable(settings.batchSize(), settings.after()));
        int answered = 0;
        for (UUID id : claimed) {
            Optional<DataGouvReference> reference = QuarkusTransaction.requiringNew()
                    .call(() -> datasets.findByIdOptional(id).flatMap(this::referenceOf));
            if (reference.isEmpty()) {
                continue;
            }
            DatasetCheck check = guard.check(reference.get().idOrSlug());
            if (check.pending() != DatasetPending.UNREACHABLE) {
                settle(id, check);
                answered++;
            }
        }
        return answered;
    }

    /** Stores a re-check's result under the row lock; empty when the dataset was removed meanwhile. */
    private Optional<DatasetView> settle(UUID id, DatasetCheck check) {
        record Settled(DatasetView view, boolean changed) {}
        Optional<Settled> settled = QuarkusTransaction.requiringNew()
                .call(() -> datasets.findForUpdate(id).map(dataset -> {
                    boolean changed = dataset.recheckedAs(check, OffsetDateTime.now());
                    return new Settled(DatasetMapper.view(dataset), changed);
                }));
        settled.filter(s -> s.changed() && s.view().state() != DatasetState.TO_REVIEW)
                .ifPresent(s -> reviewed.fire(
                        new DatasetReviewed(id, s.view().state(), s.view().reason(), null)));
        return settled.map(Settled::view);
    }

    /** The data.gouv.fr dataset this one is: by its id, or by the page stored when data.gouv.fr did not answer. */
    private Optional<DataGouvReference> referenceOf(Dataset dataset) {
        if (dataset.datagouvId != null) {
            return Optional.of(new DataGouvReference(dataset.datagouvId));
        }
        return DataGouvReference.ofStoredPage(dataset.url, config.datagouv().baseUrl());
    }
}
