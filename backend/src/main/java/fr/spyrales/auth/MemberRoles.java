package fr.spyrales.auth;

import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The roles a member holds now, or nothing when the account is gone. */
@ApplicationScoped
public class MemberRoles {
    private final MemberRepository members;

    MemberRoles(MemberRepository members) {
        this.members = members;
    }

    @Transactional
    public Optional<Set<String>> ofActiveMember(UUID id) {
        return members.findByIdOptional(id).filter(m -> !m.isErased()).map(m -> Set.copyOf(m.roles()));
    }
}
