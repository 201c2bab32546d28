package fr.spyrales.member;

import fr.spyrales.member.MemberDtos.MyProfile;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The profile in the personal data export: identity, position, skills, what the member wants to learn,
 * roles and e-mail preferences. Its erasure is {@link MemberErasure}'s first step.
 */
@ApplicationScoped
public class ProfileSection implements PersonalDataSection<MyProfile> {
    static final String KEY = "profile";

    private final MemberService members;

    ProfileSection(MemberService members) {
        this.members = members;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MyProfile export(UUID memberId) {
        return members.myProfile(memberId);
    }
}
