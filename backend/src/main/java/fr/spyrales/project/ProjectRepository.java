package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {
    /** A project nobody deleted. */
    Optional<Project> findLive(UUID id) {
        return findByIdOptional(id).filter(p -> !p.isDeleted());
    }

    /**
     * Locks a live project: every change to its team takes this lock first, so that two changes to one team are
     * checked one after the other (the database's triggers take the same lock).
     */
    Optional<Project> findLiveForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(p -> !p.isDeleted());
    }

    /** The page's projects with their skills, kept in the page's order. */
    List<Project> loadInOrder(List<UUID> ids) {
        Map<UUID, Project> byId = getEntityManager()
                .createQuery(
                        "select distinct p from Project p left join fetch p.skillsSought where p.id in :ids",
                        Project.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Project> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** Live projects whose last lead is this member, locked: what the member's erasure must hand over or archive. */
    List<Project> lockLedOnlyBy(UUID memberId) {
        return getEntityManager()
                .createQuery(
                        "select p from Project p where p.deletedAt is null and exists (select 1 from TeamMember t "
                                + "where t.key.projectId = p.id and t.key.memberId = :member and t.role = :lead) "
                                + "and not exists (select 1 from TeamMember o where o.key.projectId = p.id "
                                + "and o.key.memberId <> :member and o.role = :lead) order by p.id",
                        Project.class)
                .setParameter("member", memberId)
                .setParameter("lead", TeamRole.LEAD)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
