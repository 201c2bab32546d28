package fr.spyrales.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {
    /**
     * The active members, as a condition on the `member` table aliased `m` in native SQL: a confirmed address, an
     * account not erased and not suspended by an admin (a suspended member cannot sign in: writing to them, or counting
     * them among those who could answer, makes no sense). Whoever writes to « every member » (the satisfaction survey:
     * its invitations, its notification and mail, its response rate's denominator) selects them with it.
     */
    public static final String ACTIVE_SQL = "m.email_verified_at IS NOT NULL AND m.erased_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = m.id)";

    /**
     * The display names of these members, read in one query (null ids skipped). Every feature that names the authors
     * of what it lists asks here rather than loading the members.
     */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        List<UUID> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!present.isEmpty()) {
            getEntityManager()
                    .createQuery("select m.id, m.displayName from Member m where m.id in :ids", Object[].class)
                    .setParameter("ids", present)
                    .getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    public Optional<Member> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Serialises the transactions that concern one address (registration races), without
     * depending on whether a row exists yet. Released at commit.
     */
    public void lockEmail(String email) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:email, 0))")
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

    /** The confirmed members who hold this role and whose account still exists. */
    public java.util.List<Member> activeWithRole(String role) {
        return list(
                "select m from Member m join m.extraRoles r where r = ?1 and m.erasedAt is null "
                        + "and m.emailVerifiedAt is not null",
                role);
    }

    /** Locks a member's row until the end of the transaction and returns their mentoring capacity. */
    public int lockAndReadCapacity(UUID id) {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT mentor_capacity FROM member WHERE id = :id FOR UPDATE")
                        .setParameter("id", id)
                        .getSingleResult())
                .intValue();
    }

    /** Of these addresses, the ones an account uses, lower-cased. */
    public java.util.Set<String> takenEmails(java.util.Collection<String> emails) {
        return Set.copyOf(getEntityManager()
                .createQuery("SELECT lower(m.email) FROM Member m WHERE lower(m.email) IN :emails", String.class)
                .setParameter("emails", emails)
                .getResultList());
    }

    /** Locks these members' rows until the end of the transaction, in id order (the order every writer locks in). */
    public java.util.List<Member> lockInIdOrder(java.util.Collection<UUID> ids) {
        return find("id in ?1 order by id", ids)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * The member and the other members of their open pairings (requested, under way or paused): the member rows an
     * erasure locks, its own and, through the pairings' triggers, the others'.
     */
    public List<UUID> withOpenPairingCounterparts(UUID id) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT CAST(:id AS uuid)
                        UNION SELECT mentor_id FROM mentorship
                               WHERE mentee_id = :id AND status IN ('PENDING', 'ACCEPTED', 'PAUSED')
                        UNION SELECT mentee_id FROM mentorship
                               WHERE mentor_id = :id AND status IN ('PENDING', 'ACCEPTED', 'PAUSED')
                        """, UUID.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Demo agents other than the named ones, in a stable order (the demo community's cast for its projects). */
    /** Demo agents who want a mentor, but not those named, in a stable order. */
    public java.util.List<Member> demoMenteesExcept(java.util.Collection<String> emails, int limit) {
        return find("demo = true and wantsMentor = true and email not in ?1 order by email", emails)
                .page(0, limit)
                .list();
    }

    public java.util.List<Member> demoAgentsExcept(java.util.Collection<String> emails, int limit) {
        return find("demo = true and email not in ?1 order by email", emails)
                .page(0, limit)
                .list();
    }
}
