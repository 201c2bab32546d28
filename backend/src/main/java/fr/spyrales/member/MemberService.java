package fr.spyrales.member;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem.FieldError;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.security.Roles;
import fr.spyrales.member.MemberDtos.MemberProfile;
import fr.spyrales.member.MemberDtos.MyProfile;
import fr.spyrales.member.MemberDtos.ProfileUpdate;
import fr.spyrales.member.MemberDtos.SkillLevelInput;
import fr.spyrales.referential.Organization;
import fr.spyrales.referential.Region;
import fr.spyrales.referential.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Profiles: reading one's own, editing it, seeing others', and the animateur role. */
@ApplicationScoped
public class MemberService {
    private final MemberRepository members;
    private final SkillRepository skills;
    private final MemberMapper mapper;
    private final MemberAccess access;
    private final AttendedEvents attendedEvents;
    private final AuditLog audit;

    MemberService(
            MemberRepository members,
            SkillRepository skills,
            MemberMapper mapper,
            MemberAccess access,
            AttendedEvents attendedEvents,
            AuditLog audit) {
        this.attendedEvents = attendedEvents;
        this.audit = audit;
        this.members = members;
        this.skills = skills;
        this.mapper = mapper;
        this.access = access;
    }

    @Transactional
    public MyProfile myProfile(UUID me) {
        return mapper.myProfile(active(me), skills.byCode());
    }

    @Transactional
    public MyProfile update(UUID me, ProfileUpdate update) {
        Member member = members.findByIdOptional(me, LockModeType.PESSIMISTIC_WRITE)
                .filter(m -> !m.isErased())
                .orElseThrow(MemberService::sessionGone);
        List<FieldError> errors = new ArrayList<>();
        setIfPresent(
                update.firstName, v -> member.firstName = required(v, "firstName", "Renseignez votre prénom.", errors));
        setIfPresent(update.lastName, v -> member.lastName = required(v, "lastName", "Renseignez votre nom.", errors));
        setIfPresent(update.displayName, v -> member.displayName = v.isBlank() ? null : v.trim());
        if (update.organizationId != null) {
            member.organization = update.organizationId
                    .map(id -> Organization.<Organization>findByIdOptional(id).orElseGet(() -> {
                        errors.add(new FieldError("organizationId", "Organisation inconnue."));
                        return null;
                    }))
                    .orElse(null);
        }
        setIfPresent(update.region, v -> {
            member.regionCode = blankToNull(v);
            if (member.regionCode != null
                    && Region.findByIdOptional(member.regionCode).isEmpty()) {
                errors.add(new FieldError("region", "Région inconnue."));
            }
        });
        if (update.serviceType != null) {
            member.serviceType = update.serviceType.orElse(null);
        }
        if (update.category != null) {
            member.category = update.category.orElse(null);
        }
        setIfPresent(update.jobTitle, v -> member.jobTitle = blankToNull(v));
        setIfPresent(update.bio, v -> member.bio = blankToNull(v));
        setIfPresent(update.availability, v -> member.availability = blankToNull(v));
        setIfPresent(update.tchapHandle, v -> member.tchapHandle = blankToNull(v));
        if (update.wantsMentor != null) {
            member.wantsMentor = update.wantsMentor;
        }
        if (update.canMentor != null) {
            member.canMentor = update.canMentor;
        }
        if (update.mentorCapacity != null) {
            member.mentorCapacity = update.mentorCapacity.shortValue();
        }
        if (update.visibility != null) {
            member.visibility = update.visibility;
        }
        if (update.skills != null) {
            replaceSkills(member, update.skills, errors);
        }
        if (update.learningSkills != null) {
            replaceLearningSkills(member, update.learningSkills, errors);
        }
        if (update.emailOptOuts != null) {
            replaceEmailOptOuts(member, update.emailOptOuts, errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, null);
        }
        if (member.displayName == null) {
            member.displayName = member.firstName + " " + member.lastName;
        }
        member.updatedAt = OffsetDateTime.now();
        return mapper.myProfile(member, skills.byCode());
    }

    /** Another member's page, as {@link MemberAccess} allows (404 otherwise). */
    @Transactional
    public MemberProfile visibleProfile(UUID id, UUID viewer, boolean viewerIsAdmin) {
        return mapper.profile(access.visible(id, viewer, viewerIsAdmin), skills.byCode(), attendedEvents.count(id));
    }

    @Transactional
    public MemberProfile setAnimateur(UUID id, boolean granted, UUID adminId) {
        Member member = members.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(m -> !m.isErased() && m.isVerified())
                .orElseThrow(() -> ApiException.notFound("Ce membre n'existe pas."));
        boolean changed = granted ? member.extraRoles.add(Roles.ANIMATEUR) : member.extraRoles.remove(Roles.ANIMATEUR);
        audit.record(
                granted ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED,
                AuditActor.member(adminId),
                AuditTarget.member(member.id),
                Roles.ANIMATEUR + (changed ? "" : granted ? " (déjà attribué)" : " (n'était pas attribué)"));
        return mapper.profile(member, skills.byCode(), attendedEvents.count(id));
    }

    private void replaceSkills(Member member, List<SkillLevelInput> wanted, List<FieldError> errors) {
        var known = skills.byCode();
        Set<String> seen = new HashSet<>();
        List<SkillLevel> next = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            SkillLevelInput input = wanted.get(i);
            if (!known.containsKey(input.code())) {
                errors.add(new FieldError("skills[" + i + "].code", "Compétence inconnue."));
            } else if (!seen.add(input.code())) {
                errors.add(new FieldError("skills[" + i + "].code", "Cette compétence figure déjà dans la liste."));
            } else {
                next.add(new SkillLevel(input.code(), input.level()));
            }
        }
        member.skills.clear();
        member.skills.addAll(next);
    }

    private void replaceLearningSkills(Member member, List<String> wanted, List<FieldError> errors) {
        var known = skills.byCode();
        Set<String> next = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String code = wanted.get(i);
            if (!known.containsKey(code)) {
                errors.add(new FieldError("learningSkills[" + i + "]", "Compétence inconnue."));
            } else if (!next.add(code)) {
                errors.add(new FieldError("learningSkills[" + i + "]", "Cette compétence figure déjà dans la liste."));
            }
        }
        member.learningSkills.clear();
        member.learningSkills.addAll(next);
    }

    /** Only mailed kinds can be turned off: the others never leave the app. */
    private static void replaceEmailOptOuts(Member member, List<NotificationKind> wanted, List<FieldError> errors) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).mailed) {
                errors.add(new FieldError(
                        "emailOptOuts[" + i + "]", "Ce type de notification n'est pas envoyé par e-mail."));
            }
        }
        member.emailOptOuts.clear();
        wanted.stream().filter(kind -> kind.mailed).forEach(member.emailOptOuts::add);
    }

    private Member active(UUID id) {
        return members.findByIdOptional(id).filter(m -> !m.isErased()).orElseThrow(MemberService::sessionGone);
    }

    private static void setIfPresent(String value, Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static String required(String value, String field, String message, List<FieldError> errors) {
        if (value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }

    private static ApiException sessionGone() {
        return new ApiException(ProblemType.UNAUTHENTICATED, "Votre session n'est plus valide. Reconnectez-vous.");
    }
}
