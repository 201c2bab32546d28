package fr.spyrales.tchap;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TchapRoomRepository implements PanacheRepositoryBase<TchapRoom, UUID> {
    List<TchapRoom> allByName() {
        return list("order by lower(name), id");
    }

    Optional<TchapRoom> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @SuppressWarnings("unchecked")
    List<UUID> subscribedTo(TchapNewsType type) {
        return getEntityManager()
                .createNativeQuery("SELECT id FROM tchap_room WHERE :type = ANY (news_types) ORDER BY id", UUID.class)
                .setParameter("type", type.name())
                .getResultList();
    }

    boolean existsOther(String homeserverUrl, String roomId, UUID except) {
        return count("homeserverUrl = ?1 and roomId = ?2 and id <> ?3", homeserverUrl, roomId, except) > 0;
    }
}
