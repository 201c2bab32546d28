package fr.spyrales.member;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Account erasure (RGPD right to erasure). The member's row stays as an anonymous placeholder, « Membre
 * supprimé », for the records other members keep (pairings, proposals); then every feature erases its own data
 * on {@link MemberErased}, in the same transaction.
 */
@ApplicationScoped
public class MemberErasure {
    private final MemberRepository members;
    private final PersonalDataService personalData;

    MemberErasure(MemberRepository members, PersonalDataService personalData) {
        this.members = members;
        this.personalData = personalData;
    }

    @Transactional
    public void erase(UUID memberId) {
        // Both members of a pairing leaving at the same instant would each lock their own row, then the other's
        // through the pairing's triggers: every member row this erasure touches is locked first, in id order.
        members.lockInIdOrder(members.withOpenPairingCounterparts(memberId));
        // The row lock also settles two erasures racing: the second finds the account gone.
        Member member = members.findByIdOptional(memberId, LockModeType.PESSIMISTIC_WRITE)
                .filter(m -> !m.isErased())
                .orElseThrow(() -> new ApiException(
                        ProblemType.UNAUTHENTICATED, "Votre session n'est plus valide. Reconnectez-vous."));
        MemberErased erased = new MemberErased(member.id, member.displayName, member.email);
        anonymise(member);
        // After the anonymisation: counterparts are told about « Membre supprimé », and nothing reaches the leaver.
        personalData.erase(erased);
    }

    private static void anonymise(Member member) {
        member.email = "supprime-" + member.id + "@invalid";
        member.passwordHash = null;
        member.firstName = "Membre";
        member.lastName = "supprimé";
        member.displayName = MemberErased.ERASED_NAME;
        member.organization = null;
        member.serviceType = null;
        member.regionCode = null;
        member.category = null;
        member.jobTitle = null;
        member.bio = null;
        member.wantsMentor = false;
        member.canMentor = false;
        member.mentorCapacity = 0;
        member.availability = null;
        member.tchapHandle = null;
        member.visibility = Visibility.PRIVATE;
        member.extraRoles.clear();
        member.skills.clear();
        member.learningSkills.clear();
        member.emailOptOuts.clear();
        member.erasedAt = OffsetDateTime.now();
        member.updatedAt = member.erasedAt;
    }
}
