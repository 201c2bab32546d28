package fr.spyrales.project;

import fr.spyrales.opendata.DatasetUsage;
import fr.spyrales.opendata.DatasetUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Tells opendata's review queue which live projects declare a dataset, and lets their leads have it re-checked. */
@ApplicationScoped
public class ProjectDatasetUsage implements DatasetUsage {
    private final ProjectDatasetRepository links;

    ProjectDatasetUsage(ProjectDatasetRepository links) {
        this.links = links;
    }

    @Override
    public List<DatasetUser> usersOf(Collection<UUID> datasetIds) {
        if (datasetIds.isEmpty()) {
            return List.of();
        }
        return links.usersOf(datasetIds).stream()
                .map(r -> new DatasetUser((UUID) r[0], DatasetUser.PROJECT, (UUID) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public boolean mayRecheck(UUID datasetId, UUID memberId) {
        return links.leadsAProjectDeclaring(datasetId, memberId);
    }
}
