package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The datasets projects declare (the links; the datasets themselves belong to opendata). */
@ApplicationScoped
public class ProjectDatasetRepository implements PanacheRepositoryBase<ProjectDataset, UUID> {
    /** A project's datasets, in the order they were added. */
    List<ProjectDataset> ofProject(UUID projectId) {
        return list("projectId = ?1 order by addedAt, datasetId", projectId);
    }

    /** The datasets of these projects. */
    List<ProjectDataset> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1 order by addedAt, datasetId", projectIds);
    }

    Optional<ProjectDataset> find(UUID projectId, UUID datasetId) {
        return findByIdOptional(datasetId).filter(l -> l.projectId.equals(projectId));
    }

    /** Whether the project already declares this data.gouv.fr dataset. */
    boolean declares(UUID projectId, String datagouvId) {
        return count("projectId = ?1 and datagouvId = ?2", projectId, datagouvId) > 0;
    }

    long countOf(UUID projectId) {
        return count("projectId", projectId);
    }

    /** The links of these datasets held by live projects, with the projects' titles: [datasetId, projectId, title]. */
    List<Object[]> usersOf(Collection<UUID> datasetIds) {
        return getEntityManager()
                .createQuery(
                        "select l.datasetId, p.id, p.title from ProjectDataset l, Project p "
                                + "where p.id = l.projectId and p.deletedAt is null and l.datasetId in :ids",
                        Object[].class)
                .setParameter("ids", datasetIds)
                .getResultList();
    }

    /** Whether this member leads a live project that declares this dataset. */
    boolean leadsAProjectDeclaring(UUID datasetId, UUID memberId) {
        return getEntityManager()
                        .createQuery(
                                "select count(l) from ProjectDataset l, Project p, TeamMember t "
                                        + "where l.datasetId = :dataset and p.id = l.projectId and p.deletedAt is null "
                                        + "and t.key.projectId = p.id and t.key.memberId = :member and t.role = :lead",
                                Long.class)
                        .setParameter("dataset", datasetId)
                        .setParameter("member", memberId)
                        .setParameter("lead", TeamRole.LEAD)
                        .getSingleResult()
                > 0;
    }

    void forgetAdder(UUID memberId) {
        update("addedBy = null where addedBy = ?1", memberId);
    }

    List<ProjectDataset> addedBy(UUID memberId) {
        return list("addedBy = ?1 order by addedAt, datasetId", memberId);
    }
}
