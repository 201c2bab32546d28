package fr.spyrales.member;

import fr.spyrales.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may see a member's profile: the member, admins, and everyone once the address is confirmed and the
 * profile shared with the community. An erased member is seen by nobody. Everyone else is told the member does
 * not exist (404), so that private profiles cannot be discovered by guessing identifiers.
 */
@ApplicationScoped
public class MemberAccess {
    private final MemberRepository members;

    MemberAccess(MemberRepository members) {
        this.members = members;
    }

    Member visible(UUID id, UUID viewer, boolean viewerIsAdmin) {
        return members.findByIdOptional(id)
                .filter(m -> canSee(m, viewer, viewerIsAdmin))
                .orElseThrow(() -> ApiException.notFound("Ce membre n'existe pas ou ne partage pas son profil."));
    }

    static boolean canSee(Member member, UUID viewer, boolean viewerIsAdmin) {
        if (member.isErased()) {
            return false;
        }
        return member.id.equals(viewer)
                || viewerIsAdmin
                || (member.isVerified() && member.visibility == Visibility.COMMUNITY);
    }
}
