package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests to join a project's team. */
@ApplicationScoped
public class JoinRequestRepository implements PanacheRepositoryBase<JoinRequest, UUID> {
    boolean hasPending(UUID projectId, UUID memberId) {
        return count("projectId = ?1 and memberId = ?2 and state = ?3", projectId, memberId, JoinRequestState.PENDING)
                > 0;
    }

    /** The project's requests, pending ones first, then the newest. */
    List<JoinRequest> ofProject(UUID projectId) {
        return list(
                "projectId = ?1 order by case when state = ?2 then 0 else 1 end, createdAt desc, id",
                projectId,
                JoinRequestState.PENDING);
    }

    Optional<JoinRequest> findInProjectForUpdate(UUID projectId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(r -> r.projectId.equals(projectId));
    }

    List<JoinRequest> ofMember(UUID memberId) {
        return list("memberId = ?1 order by createdAt, id", memberId);
    }

    /** The answers this lead gave with a reason. */
    List<JoinRequest> reasonsGivenBy(UUID leadId) {
        return list("answeredBy = ?1 and answerReason is not null order by answeredAt, id", leadId);
    }

    void deleteAllOf(UUID memberId) {
        delete("memberId", memberId);
    }
}
