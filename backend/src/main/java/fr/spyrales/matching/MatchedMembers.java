package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberDtos.OrganizationRef;
import fr.spyrales.referential.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Members as suggestions and proposals show them, read in one query. */
@ApplicationScoped
class MatchedMembers {
    private final EntityManager em;

    MatchedMembers(EntityManager em) {
        this.em = em;
    }

    Map<UUID, MatchedMember> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> regions = Region.namesByCode();
        List<Member> members = em.createQuery(
                        "select m from Member m left join fetch m.organization where m.id in :ids", Member.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, MatchedMember> byId = new HashMap<>();
        for (Member m : members) {
            var o = m.organization;
            byId.put(
                    m.id,
                    new MatchedMember(
                            m.id,
                            m.displayName,
                            m.jobTitle,
                            o == null ? null : new OrganizationRef(o.id, o.name, o.acronym),
                            o == null ? null : (o.ministry == null ? o.name : o.ministry),
                            m.regionCode,
                            m.regionCode == null ? null : regions.get(m.regionCode)));
        }
        return byId;
    }
}
