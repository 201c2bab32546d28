package fr.spyrales.opendata;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where datasets are declared, told by the features that declare them (project, challenge): opendata knows none of
 * them, they each publish an {@code @ApplicationScoped} implementation that opendata finds as
 * {@code Instance<DatasetUsage>}. Called inside the caller's transaction.
 */
public interface DatasetUsage {
    /** The declarations of these datasets that this feature holds, in one query (no order promised). */
    List<DatasetUser> usersOf(Collection<UUID> datasetIds);

    /**
     * Whether this member may have this dataset re-checked through this feature (a lead of a project that declares
     * it…). False by default: animateurs may always.
     */
    default boolean mayRecheck(UUID datasetId, UUID memberId) {
        return false;
    }
}
