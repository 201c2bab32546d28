package fr.spyrales.auth;

import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The roles a member holds now, or nothing when the account is gone or suspended. */
@ApplicationScoped
public class MemberRoles {
    private final MemberRepository members;
    private final AccountSuspensions suspensions;

    MemberRoles(MemberRepository members, AccountSuspensions suspensions) {
        this.members = members;
        this.suspensions = suspensions;
    }

    @Transactional
    public Optional<Set<String>> ofActiveMember(UUID id) {
        return members.findByIdOptional(id)
                .filter(m -> !m.isErased() && !suspensions.isSuspended(m.id))
                .map(m -> Set.copyOf(m.roles()));
    }
}
