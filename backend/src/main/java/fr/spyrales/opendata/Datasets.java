package fr.spyrales.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The door through which projects and challenges store the datasets they declare. The caller runs the guard
 * first, outside its transaction, refuses with {@link DatasetCheck#unlessRefused(String)}, then stores the check
 * in its own transaction beside its link to the dataset:
 *
 * <pre>{@code
 * DatasetCheck check = guard.check(input.reference()).unlessRefused("reference"); // no transaction open
 * // then, in the caller's transaction:
 * UUID datasetId = datasets.record(check, memberId);
 * }</pre>
 *
 * A dataset row serves one declaration: declaring the same data.gouv.fr dataset in two projects makes two rows,
 * each reviewed and removed with its declaration.
 */
@ApplicationScoped
public class Datasets {
    private final DatasetRepository datasets;

    Datasets(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /**
     * Stores a checked dataset (VERIFIED, or TO_REVIEW with why it waits) declared by this member, within the
     * caller's transaction.
     *
     * @throws IllegalArgumentException if the check is REFUSED: the guard's refusals are never stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DatasetCheck check, UUID declaredBy) {
        if (check.verdict() == DatasetVerdict.REFUSED) {
            throw new IllegalArgumentException("a refused dataset is not stored: call unlessRefused first");
        }
        OffsetDateTime now = OffsetDateTime.now();
        Dataset dataset = new Dataset();
        dataset.id = UUID.randomUUID();
        dataset.apply(check, now);
        dataset.declaredBy = declaredBy;
        dataset.declaredAt = now;
        datasets.persist(dataset);
        return dataset.id;
    }

    /** These datasets, in the order given (ids of no dataset are left out), read in one query. */
    @Transactional
    public List<DatasetView> views(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Dataset> byId =
                datasets.byIds(ids).stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(DatasetMapper::view)
                .toList();
    }

    @Transactional
    public Optional<DatasetView> view(UUID id) {
        return datasets.findByIdOptional(id).map(DatasetMapper::view);
    }

    /**
     * The declaration that owns this dataset removed it: the row is deleted (its link rows go with it), so that
     * nothing is left waiting in the review queue. Nothing happens if it is already gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(UUID id) {
        datasets.deleteById(id);
    }
}
