package fr.spyrales.member;

import fr.spyrales.member.MemberDtos.MemberProfile;
import fr.spyrales.member.MemberDtos.MemberSkill;
import fr.spyrales.member.MemberDtos.MemberSummary;
import fr.spyrales.member.MemberDtos.MyProfile;
import fr.spyrales.member.MemberDtos.OrganizationRef;
import fr.spyrales.member.MemberDtos.SkillRef;
import fr.spyrales.referential.Organization;
import fr.spyrales.referential.Skill;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Entity → body conversions; entities never leave the service layer. No query: the caller passes the skills
 * referential ({@code SkillRepository.byCode()}) that names the member's skills.
 */
@ApplicationScoped
public class MemberMapper {

    public MyProfile myProfile(Member m, Map<String, Skill> referential) {
        return new MyProfile(
                m.id,
                m.email,
                m.firstName,
                m.lastName,
                m.displayName,
                new ArrayList<>(m.roles()),
                organization(m.organization),
                m.serviceType,
                m.regionCode,
                m.category,
                m.jobTitle,
                m.bio,
                skills(m, referential),
                learningSkills(m, referential),
                m.wantsMentor,
                m.canMentor,
                m.mentorCapacity,
                m.availability,
                m.tchapHandle,
                m.visibility,
                m.createdAt,
                m.emailOptOuts.stream().sorted().toList());
    }

    public MemberProfile profile(Member m, Map<String, Skill> referential, long eventsAttended) {
        return new MemberProfile(
                m.id,
                m.displayName,
                m.firstName,
                m.lastName,
                new ArrayList<>(m.roles()),
                organization(m.organization),
                m.serviceType,
                m.regionCode,
                m.category,
                m.jobTitle,
                m.bio,
                skills(m, referential),
                learningSkills(m, referential),
                m.wantsMentor,
                m.canMentor,
                m.mentorCapacity,
                m.availability,
                eventsAttended);
    }

    public List<MemberSummary> summaries(List<Member> members, Map<String, Skill> referential) {
        return members.stream()
                .map(m -> new MemberSummary(
                        m.id,
                        m.displayName,
                        organization(m.organization),
                        m.regionCode,
                        m.category,
                        m.jobTitle,
                        skills(m, referential),
                        m.canMentor,
                        m.wantsMentor))
                .toList();
    }

    /** Strongest skills first, then in the referential's order. */
    private static List<MemberSkill> skills(Member m, Map<String, Skill> referential) {
        return m.skills.stream()
                .map(s -> new MemberSkill(s.skillCode, referential.get(s.skillCode).name, s.level))
                .sorted(Comparator.comparingInt(MemberSkill::level)
                        .reversed()
                        .thenComparingInt(s -> referential.get(s.code()).position))
                .toList();
    }

    /** In the referential's order. */
    private static List<SkillRef> learningSkills(Member m, Map<String, Skill> referential) {
        return m.learningSkills.stream()
                .map(referential::get)
                .sorted(Comparator.comparingInt(s -> s.position))
                .map(s -> new SkillRef(s.code, s.name))
                .toList();
    }

    private static OrganizationRef organization(Organization o) {
        return o == null ? null : new OrganizationRef(o.id, o.name, o.acronym);
    }
}
