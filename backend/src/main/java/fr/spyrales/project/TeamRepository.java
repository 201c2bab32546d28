package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The teams of projects. */
@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<TeamMember, TeamMember.Key> {
    List<TeamMember> teamOf(UUID projectId) {
        return list("key.projectId = ?1 order by role, joinedAt, key.memberId", projectId);
    }

    Optional<TeamMember> find(UUID projectId, UUID memberId) {
        return findByIdOptional(new TeamMember.Key(projectId, memberId));
    }

    long size(UUID projectId) {
        return count("key.projectId", projectId);
    }

    long leads(UUID projectId) {
        return count("key.projectId = ?1 and role = ?2", projectId, TeamRole.LEAD);
    }

    /** The team sizes of these projects. */
    Map<UUID, Integer> sizes(Collection<UUID> projectIds) {
        return getEntityManager()
                .createQuery(
                        "select t.key.projectId, count(t) from TeamMember t where t.key.projectId in :ids "
                                + "group by t.key.projectId",
                        Object[].class)
                .setParameter("ids", projectIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }

    List<TeamMember> ofMember(UUID memberId) {
        return list("key.memberId = ?1 order by joinedAt", memberId);
    }

    /** The member who joined the team first among those who are not leads: who takes over from an erased lead. */
    Optional<TeamMember> longestStandingNonLead(UUID projectId) {
        return find("key.projectId = ?1 and role = ?2 order by joinedAt, key.memberId", projectId, TeamRole.MEMBER)
                .firstResultOptional();
    }

    /**
     * Whether an administrator suspended the member (the suspension is the console's table; the team only asks
     * whether one exists, as the console's « sans responsable actif » queue does).
     */
    boolean isSuspended(UUID memberId) {
        return !getEntityManager()
                .createNativeQuery("SELECT 1 FROM member_suspension WHERE member_id = :id")
                .setParameter("id", memberId)
                .getResultList()
                .isEmpty();
    }

    void deleteAllOf(UUID memberId) {
        delete("key.memberId", memberId);
    }
}
