package fr.spyrales.training.path;

import fr.spyrales.training.path.PathDtos.StepResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The library's resources as the steps of a path show them, read by ids in one query. */
@ApplicationScoped
class StepResources {
    private final EntityManager em;

    StepResources(EntityManager em) {
        this.em = em;
    }

    Map<UUID, StepResource> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, title, url, type, level, programming_language, duration_minutes, status"
                                + " FROM training_resource WHERE id IN (:ids)",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, StepResource> found = new HashMap<>();
        for (Object[] r : rows) {
            found.put(
                    (UUID) r[0],
                    new StepResource(
                            (UUID) r[0],
                            (String) r[1],
                            (String) r[2],
                            ResourceType.valueOf((String) r[3]),
                            ResourceLevel.valueOf((String) r[4]),
                            ProgrammingLanguage.valueOf((String) r[5]),
                            r[6] == null ? null : ((Number) r[6]).intValue(),
                            ResourceStatus.valueOf((String) r[7])));
        }
        return found;
    }

    Optional<StepResource> byId(UUID id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }
}
